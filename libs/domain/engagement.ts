import { AccessWindow, endWindow, MAX_WINDOW_DAYS, WindowEndReason, windowCloses, windowOpen, windowPastClose } from './access-window';
import { Bod2604Inputs, remediationDueAt, remediationTier, RemediationTier } from './bod-26-04';
import { DAY_MS } from './duration';
import { mayRevokeGrant } from './grant';
import { canActForOtherSide, Nomination, NominationSide, NominationStatus, openAcceptances, pendingAccessEnds, sideOf } from './nominations';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DesignationOutcome, EngagementStage } from './engagement-stage';
import { EngagementCommandType, targetStage } from './engagement-transitions';
import { Actor, hasRole, Role } from './roles';

/**
 * What the engagement workflow remembers. Confidential text (summaries, rationales, statements,
 * finding descriptions) never lives here: it goes straight to the encrypted read model through an activity.
 */
export interface EngagementState {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly submittedBy: string;
  readonly stage: EngagementStage;
  /** Increases by one with every persisted event; doubles as the activity idempotency key. */
  readonly version: number;
  readonly submittedAt: number;
  readonly determinationDueAt: number;
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
  readonly benchmarkCount: number;
  readonly recommendedBy?: string;
  readonly recommendation?: DesignationOutcome;
  readonly determinedBy?: string;
  readonly determination?: DesignationOutcome;
  readonly overdue: boolean;
  readonly window?: AccessWindow;
  readonly accessDeclinedAt?: number;
  /** Findings recorded during the window, so responses can name only real ones. */
  readonly findingIds?: readonly string[];
  readonly releasedAt?: number;
  /** Every nomination of trusted partners, with its status; the partners themselves live in the read model. */
  readonly nominations?: readonly Nomination[];
  /** The partner terms in force, and every version ever published (a version is never reused). */
  readonly termsVersion?: string;
  readonly termsVersions?: readonly string[];
}

export enum FindingResponseStatus {
  Acknowledged = 'ACKNOWLEDGED',
  Fixed = 'FIXED',
  Disputed = 'DISPUTED',
}

export type EngagementCommand =
  | { readonly type: EngagementCommandType.AssignReviewers; readonly actor: Actor; readonly reviewerIds: readonly string[] }
  | { readonly type: EngagementCommandType.Attest; readonly actor: Actor }
  | { readonly type: EngagementCommandType.RecordBenchmark; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Recommend; readonly actor: Actor; readonly outcome: DesignationOutcome }
  | { readonly type: EngagementCommandType.Determine; readonly actor: Actor; readonly outcome: DesignationOutcome }
  | {
      readonly type: EngagementCommandType.OpenWindow;
      readonly actor: Actor;
      readonly days: number;
      readonly dayMs?: number;
      readonly remindBeforeMs?: readonly number[];
    }
  | { readonly type: EngagementCommandType.EndWindow; readonly actor: Actor }
  | { readonly type: EngagementCommandType.DeclineAccess; readonly actor: Actor }
  | { readonly type: EngagementCommandType.RecordFinding; readonly actor: Actor; readonly findingId: string; readonly inputs: Bod2604Inputs }
  | {
      readonly type: EngagementCommandType.RespondToFinding;
      readonly actor: Actor;
      readonly findingId: string;
      readonly status: FindingResponseStatus;
    }
  | { readonly type: EngagementCommandType.Release; readonly actor: Actor; readonly releasedAt?: number }
  | {
      readonly type: EngagementCommandType.Nominate;
      readonly actor: Actor;
      readonly nominationId: string;
      readonly answerWithinMs: number;
      readonly accessEndsAt?: number;
    }
  | { readonly type: EngagementCommandType.ApproveNomination; readonly actor: Actor; readonly nominationId: string; readonly acceptWithinMs?: number }
  | { readonly type: EngagementCommandType.DeclineNomination; readonly actor: Actor; readonly nominationId: string }
  | { readonly type: EngagementCommandType.PublishTerms; readonly actor: Actor; readonly version: string }
  | { readonly type: EngagementCommandType.RevokeGrants; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Close; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Withdraw; readonly actor: Actor };

export enum AttestationCapacity {
  Reviewer = 'REVIEWER',
  Authority = 'AUTHORITY',
}

interface EventBase {
  readonly at: number;
  readonly actorSub: string;
  readonly fromStage: EngagementStage;
  readonly toStage: EngagementStage;
}

export type EngagementEvent =
  | (EventBase & { readonly type: 'REVIEWERS_ASSIGNED'; readonly reviewerIds: readonly string[] })
  | (EventBase & { readonly type: 'ATTESTED'; readonly capacity: AttestationCapacity })
  | (EventBase & { readonly type: 'BENCHMARK_RECORDED' })
  | (EventBase & { readonly type: 'RECOMMENDED'; readonly outcome: DesignationOutcome })
  | (EventBase & { readonly type: 'DETERMINED'; readonly outcome: DesignationOutcome })
  | (EventBase & { readonly type: 'WINDOW_OPENED'; readonly closesAt: number; readonly remindBeforeMs?: readonly number[] })
  | (EventBase & { readonly type: 'WINDOW_ENDED'; readonly reason: WindowEndReason.Expired | WindowEndReason.EndedEarly })
  | (EventBase & { readonly type: 'ACCESS_DECLINED' })
  | (EventBase & {
      readonly type: 'FINDING_RECORDED';
      readonly findingId: string;
      readonly tier: RemediationTier;
      readonly remediationDueAt: number | null;
    })
  | (EventBase & { readonly type: 'FINDING_RESPONDED'; readonly findingId: string; readonly status: FindingResponseStatus })
  | (EventBase & { readonly type: 'RELEASED'; readonly releasedAt: number })
  | (EventBase & { readonly type: 'CLOSED' })
  | (EventBase & {
      readonly type: 'PARTNERS_NOMINATED';
      readonly nominationId: string;
      readonly side: NominationSide;
      readonly deadline: number;
      readonly accessEndsAt?: number;
    })
  | (EventBase & { readonly type: 'NOMINATION_APPROVED'; readonly nominationId: string; readonly acceptBy: number })
  | (EventBase & { readonly type: 'NOMINATION_DECLINED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'NOMINATION_EXPIRED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'TERMS_PUBLISHED'; readonly version: string })
  | (EventBase & { readonly type: 'GRANTS_REVOKED' })
  | (EventBase & { readonly type: 'GRANTS_LAPSED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'GRANTS_EXPIRED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'WITHDRAWN' })
  | (EventBase & { readonly type: 'DETERMINATION_OVERDUE' });

export interface Submission {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly submittedBy: string;
  readonly submittedAt: number;
  readonly determinationTargetMs: number;
}

/** How long approved partners have to accept, when the approval names no deadline. */
export const DEFAULT_ACCEPT_WITHIN_MS = 14 * DAY_MS;

/** A release may be recorded a little ahead of our clock, never further into the future. */
const RELEASE_CLOCK_SKEW_MS = 5 * 60_000;

export function initialState(submission: Submission): EngagementState {
  return {
    engagementId: submission.engagementId,
    developerOrg: submission.developerOrg,
    submittedBy: submission.submittedBy,
    stage: EngagementStage.InquirySubmitted,
    version: 1,
    submittedAt: submission.submittedAt,
    determinationDueAt: submission.submittedAt + submission.determinationTargetMs,
    reviewers: [],
    attested: [],
    benchmarkCount: 0,
    overdue: false,
  };
}

function refuse(code: DomainErrorCode, message: string, state: EngagementState): never {
  throw new DomainRuleError(code, message, { stage: state.stage });
}

function requireRole(state: EngagementState, actor: Actor, role: Role): void {
  if (!hasRole(actor, role)) {
    refuse(DomainErrorCode.RoleRequired, `this action needs the ${role} role`, state);
  }
}

function requireAttestedReviewer(state: EngagementState, actor: Actor): void {
  requireRole(state, actor, Role.Reviewer);
  if (!state.reviewers.includes(actor.sub)) {
    refuse(DomainErrorCode.NotOnRoster, 'only reviewers assigned to this engagement may do this', state);
  }
  if (!state.attested.includes(actor.sub)) {
    refuse(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', state);
  }
}

/** Decisions that belong to the developer: only its own organization's developers make them. */
function requireOwnDeveloper(state: EngagementState, actor: Actor): void {
  requireRole(state, actor, Role.Developer);
  if (actor.org !== state.developerOrg) {
    refuse(DomainErrorCode.NotOnRoster, 'only the developer organization may do this', state);
  }
}

function transition(state: EngagementState, command: EngagementCommandType, outcome?: DesignationOutcome): EngagementStage {
  const to = targetStage(state.stage, command, outcome);
  if (to === undefined) {
    refuse(DomainErrorCode.IllegalTransition, `${command} is not allowed while the engagement is ${state.stage}`, state);
  }
  return to;
}

/** In which capacity an actor may attest, if any. Reviewers attest for their assignment; authorities before deciding. */
export function attestationCapacity(state: EngagementState, actor: Actor): AttestationCapacity | undefined {
  if (hasRole(actor, Role.Reviewer) && state.reviewers.includes(actor.sub)) {
    return AttestationCapacity.Reviewer;
  }
  if (hasRole(actor, Role.DesignationAuthority) && state.stage === EngagementStage.Recommended) {
    return AttestationCapacity.Authority;
  }
  return undefined;
}

/** Whether an assigned, attested reviewer may be given a pre-release access token right now. */
export function reviewerAccessOpen(state: EngagementState, sub: string): boolean {
  return state.stage === EngagementStage.PreReleaseAccess && windowOpen(state.window) && state.reviewers.includes(sub) && state.attested.includes(sub);
}

/**
 * Decides whether a command is allowed and, if so, what happened. Pure: the workflow calls it
 * in the Update validator (to refuse at once) and again in the handler (to act).
 */
export function decide(state: EngagementState, command: EngagementCommand, now: number): EngagementEvent {
  const base = { at: now, actorSub: command.actor.sub, fromStage: state.stage };
  switch (command.type) {
    case EngagementCommandType.AssignReviewers: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.ProgramAdmin);
      if (command.reviewerIds.includes(command.actor.sub)) {
        refuse(DomainErrorCode.SelfAssignment, 'a program administrator may not assign themselves as a reviewer', state);
      }
      const fresh = [...new Set(command.reviewerIds)].filter((id) => !state.reviewers.includes(id));
      if (fresh.length === 0) {
        refuse(DomainErrorCode.NothingToAssign, 'every reviewer named is already assigned', state);
      }
      return { ...base, toStage, type: 'REVIEWERS_ASSIGNED', reviewerIds: fresh };
    }
    case EngagementCommandType.Attest: {
      const toStage = transition(state, command.type);
      const capacity = attestationCapacity(state, command.actor);
      if (capacity === undefined) {
        refuse(DomainErrorCode.NotOnRoster, 'only assigned reviewers, or a designation authority once a recommendation exists, attest', state);
      }
      if (state.attested.includes(command.actor.sub)) {
        refuse(DomainErrorCode.AlreadyAttested, 'you have already attested for this engagement', state);
      }
      return { ...base, toStage, type: 'ATTESTED', capacity };
    }
    case EngagementCommandType.RecordBenchmark: {
      const toStage = transition(state, command.type);
      requireAttestedReviewer(state, command.actor);
      return { ...base, toStage, type: 'BENCHMARK_RECORDED' };
    }
    case EngagementCommandType.Recommend: {
      const toStage = transition(state, command.type);
      requireAttestedReviewer(state, command.actor);
      if (state.benchmarkCount === 0) {
        refuse(DomainErrorCode.BenchmarkRequired, 'record at least one benchmark reference before recommending', state);
      }
      return { ...base, toStage, type: 'RECOMMENDED', outcome: command.outcome };
    }
    case EngagementCommandType.Determine: {
      const toStage = transition(state, command.type, command.outcome);
      requireRole(state, command.actor, Role.DesignationAuthority);
      if (command.actor.sub === state.recommendedBy) {
        refuse(DomainErrorCode.TwoPersonRule, 'the person who recommended may not also decide', state);
      }
      if (!state.attested.includes(command.actor.sub)) {
        refuse(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', state);
      }
      return { ...base, toStage, type: 'DETERMINED', outcome: command.outcome };
    }
    case EngagementCommandType.OpenWindow: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      if (!Number.isInteger(command.days) || command.days < 1 || command.days > MAX_WINDOW_DAYS) {
        refuse(DomainErrorCode.WindowCapExceeded, `the pre-release window is 1 to ${MAX_WINDOW_DAYS} days (EO 14409 Sec. 3)`, state);
      }
      // The cap is 30 real days whatever a command says a day lasts: a day is never longer than 24 hours.
      if (command.dayMs !== undefined && !(command.dayMs > 0 && command.dayMs <= DAY_MS)) {
        refuse(DomainErrorCode.WindowCapExceeded, 'a day of the pre-release window lasts at most 24 hours', state);
      }
      if ((command.remindBeforeMs ?? []).some((ms) => !(ms > 0))) {
        refuse(DomainErrorCode.WindowCapExceeded, 'window reminders come before the window closes', state);
      }
      return { ...base, toStage, type: 'WINDOW_OPENED', closesAt: windowCloses(now, command.days, command.dayMs), remindBeforeMs: command.remindBeforeMs };
    }
    case EngagementCommandType.EndWindow: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      if (state.window && windowPastClose(state.window, now)) {
        // Its close has passed and only the timer is late: it expired, it was not ended early.
        return { ...base, at: state.window.closesAt, toStage, type: 'WINDOW_ENDED', reason: WindowEndReason.Expired };
      }
      return { ...base, toStage, type: 'WINDOW_ENDED', reason: WindowEndReason.EndedEarly };
    }
    case EngagementCommandType.DeclineAccess: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      return { ...base, toStage, type: 'ACCESS_DECLINED' };
    }
    case EngagementCommandType.RecordFinding: {
      const toStage = transition(state, command.type);
      requireAttestedReviewer(state, command.actor);
      if (windowPastClose(state.window, now)) {
        refuse(DomainErrorCode.AccessWindowClosed, 'the pre-release access window has closed', state);
      }
      const tier = remediationTier(command.inputs);
      return { ...base, toStage, type: 'FINDING_RECORDED', findingId: command.findingId, tier, remediationDueAt: remediationDueAt(tier, now) };
    }
    case EngagementCommandType.RespondToFinding: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      if (!(state.findingIds ?? []).includes(command.findingId)) {
        refuse(DomainErrorCode.FindingNotFound, 'no such finding on this engagement', state);
      }
      return { ...base, toStage, type: 'FINDING_RESPONDED', findingId: command.findingId, status: command.status };
    }
    case EngagementCommandType.Release: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      const releasedAt = command.releasedAt ?? now;
      if (releasedAt > now + RELEASE_CLOCK_SKEW_MS) {
        refuse(DomainErrorCode.ReleaseInFuture, 'a release is recorded once it has happened; releasedAt is in the future', state);
      }
      return { ...base, toStage, type: 'RELEASED', releasedAt };
    }
    case EngagementCommandType.Close: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      return { ...base, toStage, type: 'CLOSED' };
    }
    case EngagementCommandType.Nominate: {
      const toStage = transition(state, command.type);
      const side = sideOf(command.actor, state.developerOrg);
      if (side === undefined) {
        refuse(DomainErrorCode.RoleRequired, 'partners are nominated by the developer organization or a program administrator', state);
      }
      return {
        ...base,
        toStage,
        type: 'PARTNERS_NOMINATED',
        nominationId: command.nominationId,
        side,
        deadline: now + command.answerWithinMs,
        ...(command.accessEndsAt === undefined ? {} : { accessEndsAt: command.accessEndsAt }),
      };
    }
    case EngagementCommandType.ApproveNomination: {
      const toStage = transition(state, command.type);
      const nomination = pendingNomination(state, command.nominationId, now);
      if (command.actor.sub === nomination.nominatedBy) {
        refuse(DomainErrorCode.SelfApproval, 'nobody approves their own nomination; the other side must', state);
      }
      if (sideOf(command.actor, state.developerOrg) === NominationSide.Developer && hasRole(command.actor, Role.ProgramAdmin)) {
        refuse(DomainErrorCode.SelfApproval, 'you act for both the developer and the government here, so you approve for neither; the other side must', state);
      }
      if (!canActForOtherSide(command.actor, state.developerOrg, nomination.side)) {
        refuse(
          DomainErrorCode.RoleRequired,
          nomination.side === NominationSide.Developer
            ? 'a program administrator approves a nomination by the developer'
            : 'the developer organization approves a nomination by the government',
          state,
        );
      }
      return { ...base, toStage, type: 'NOMINATION_APPROVED', nominationId: nomination.id, acceptBy: now + (command.acceptWithinMs ?? DEFAULT_ACCEPT_WITHIN_MS) };
    }
    case EngagementCommandType.DeclineNomination: {
      const toStage = transition(state, command.type);
      const nomination = pendingNomination(state, command.nominationId, now);
      if (sideOf(command.actor, state.developerOrg) === undefined) {
        refuse(DomainErrorCode.RoleRequired, 'either side may decline, and only they', state);
      }
      return { ...base, toStage, type: 'NOMINATION_DECLINED', nominationId: nomination.id };
    }
    case EngagementCommandType.PublishTerms: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      if ((state.termsVersions ?? []).includes(command.version)) {
        refuse(DomainErrorCode.TermsVersionExists, `terms version ${command.version} was already published; use a new version`, state);
      }
      return { ...base, toStage, type: 'TERMS_PUBLISHED', version: command.version };
    }
    case EngagementCommandType.RevokeGrants: {
      const toStage = transition(state, command.type);
      if (!mayRevokeGrant(command.actor, state.developerOrg)) {
        refuse(DomainErrorCode.RoleRequired, 'grants are revoked by the developer organization or a program administrator', state);
      }
      return { ...base, toStage, type: 'GRANTS_REVOKED' };
    }
    case EngagementCommandType.Withdraw: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      return { ...base, toStage, type: 'WITHDRAWN' };
    }
  }
}

function pendingNomination(state: EngagementState, id: string, now: number): Nomination {
  const nomination = (state.nominations ?? []).find((n) => n.id === id);
  if (!nomination) {
    refuse(DomainErrorCode.NominationNotFound, 'no such nomination on this engagement', state);
  }
  if (nomination.status !== NominationStatus.Pending || now >= nomination.deadline) {
    refuse(DomainErrorCode.NominationNotPending, `the nomination is ${nomination.status === NominationStatus.Pending ? 'past its deadline' : nomination.status}`, state);
  }
  return nomination;
}

/** A pending nomination whose deadline has passed, declined by the clock. */
export function nominationExpiredEvent(state: EngagementState, nominationId: string): EngagementEvent | undefined {
  const nomination = (state.nominations ?? []).find((n) => n.id === nominationId && n.status === NominationStatus.Pending);
  if (!nomination) {
    return undefined;
  }
  return { type: 'NOMINATION_EXPIRED', nominationId, at: nomination.deadline, actorSub: 'system', fromStage: state.stage, toStage: state.stage };
}

/**
 * An approved nomination's acceptance deadline passed: its grants that no partner accepted lapse,
 * recorded at the deadline itself.
 */
export function grantsLapsedEvent(state: EngagementState, nominationId: string): EngagementEvent | undefined {
  const nomination = openAcceptances(state.nominations).find((n) => n.id === nominationId);
  if (!nomination) {
    return undefined;
  }
  return { type: 'GRANTS_LAPSED', nominationId, at: nomination.acceptBy, actorSub: 'system', fromStage: state.stage, toStage: state.stage };
}

/**
 * An approved nomination's shared end (its accessEndsAt) has come: every grant of it still active
 * expires, all at that instant, in one step instead of one workflow at a time.
 */
export function grantsExpiredEvent(state: EngagementState, nominationId: string): EngagementEvent | undefined {
  const nomination = pendingAccessEnds(state.nominations).find((n) => n.id === nominationId);
  if (!nomination) {
    return undefined;
  }
  return { type: 'GRANTS_EXPIRED', nominationId, at: nomination.accessEndsAt, actorSub: 'system', fromStage: state.stage, toStage: state.stage };
}

const setNomination = (state: EngagementState, id: string, change: Partial<Nomination>): readonly Nomination[] =>
  (state.nominations ?? []).map((n) => (n.id === id ? { ...n, ...change } : n));

/** Ending the engagement cancels what is still pending. */
const cancelPending = (state: EngagementState): readonly Nomination[] | undefined =>
  state.nominations?.map((n) => (n.status === NominationStatus.Pending ? { ...n, status: NominationStatus.Cancelled } : n));

/** The determination target passed with no determination; recorded at the target itself. */
export function overdueEvent(state: EngagementState): EngagementEvent {
  return { type: 'DETERMINATION_OVERDUE', at: state.determinationDueAt, actorSub: 'system', fromStage: state.stage, toStage: state.stage };
}

/** The window's own clock ran out; recorded at the moment it closes. */
export function windowExpiredEvent(state: EngagementState): EngagementEvent | undefined {
  if (state.stage !== EngagementStage.PreReleaseAccess || !windowOpen(state.window)) {
    return undefined;
  }
  return {
    type: 'WINDOW_ENDED',
    reason: WindowEndReason.Expired,
    at: state.window.closesAt,
    actorSub: 'system',
    fromStage: state.stage,
    toStage: EngagementStage.PostWindow,
  };
}

/** Applies an event that has been persisted. Pure, total over every event type. */
export function evolve(state: EngagementState, event: EngagementEvent): EngagementState {
  const next = { ...state, stage: event.toStage, version: state.version + 1 };
  switch (event.type) {
    case 'REVIEWERS_ASSIGNED':
      return { ...next, reviewers: [...state.reviewers, ...event.reviewerIds] };
    case 'ATTESTED':
      return { ...next, attested: [...state.attested, event.actorSub] };
    case 'BENCHMARK_RECORDED':
      return { ...next, benchmarkCount: state.benchmarkCount + 1 };
    case 'RECOMMENDED':
      return { ...next, recommendedBy: event.actorSub, recommendation: event.outcome };
    case 'DETERMINED':
      return { ...next, determinedBy: event.actorSub, determination: event.outcome, overdue: false };
    case 'WINDOW_OPENED':
      return { ...next, window: { openedAt: event.at, closesAt: event.closesAt, ...(event.remindBeforeMs ? { remindBeforeMs: event.remindBeforeMs } : {}) } };
    case 'WINDOW_ENDED':
      return { ...next, window: endWindow(state.window, event.at, event.reason) };
    case 'ACCESS_DECLINED':
      return { ...next, accessDeclinedAt: event.at };
    case 'FINDING_RECORDED':
      return { ...next, findingIds: [...(state.findingIds ?? []), event.findingId] };
    case 'FINDING_RESPONDED':
      return next;
    case 'RELEASED':
      return { ...next, overdue: false, releasedAt: event.releasedAt, window: endWindow(state.window, event.at, WindowEndReason.Released) };
    case 'CLOSED':
      return { ...next, window: endWindow(state.window, event.at, WindowEndReason.Closed), nominations: cancelPending(state) };
    case 'WITHDRAWN':
      return { ...next, overdue: false, window: endWindow(state.window, event.at, WindowEndReason.Withdrawn), nominations: cancelPending(state) };
    case 'PARTNERS_NOMINATED':
      return {
        ...next,
        nominations: [
          ...(state.nominations ?? []),
          {
            id: event.nominationId,
            side: event.side,
            nominatedBy: event.actorSub,
            deadline: event.deadline,
            status: NominationStatus.Pending,
            ...(event.accessEndsAt === undefined ? {} : { accessEndsAt: event.accessEndsAt }),
          },
        ],
      };
    case 'NOMINATION_APPROVED':
      return { ...next, nominations: setNomination(state, event.nominationId, { status: NominationStatus.Approved, acceptBy: event.acceptBy }) };
    case 'NOMINATION_DECLINED':
      return { ...next, nominations: setNomination(state, event.nominationId, { status: NominationStatus.Declined }) };
    case 'NOMINATION_EXPIRED':
      return { ...next, nominations: setNomination(state, event.nominationId, { status: NominationStatus.Expired }) };
    case 'GRANTS_LAPSED':
      return { ...next, nominations: setNomination(state, event.nominationId, { acceptanceClosed: true }) };
    case 'GRANTS_EXPIRED':
      return { ...next, nominations: setNomination(state, event.nominationId, { accessEnded: true }) };
    case 'TERMS_PUBLISHED':
      return { ...next, termsVersion: event.version, termsVersions: [...(state.termsVersions ?? []), event.version] };
    case 'GRANTS_REVOKED':
      return next;
    case 'DETERMINATION_OVERDUE':
      return { ...next, overdue: true };
  }
}
