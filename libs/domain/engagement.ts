import { Actor, hasRole, Role } from './roles';
import { DesignationOutcome, EngagementStage } from './engagement-stage';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { EngagementCommandType, targetStage } from './engagement-transitions';

/**
 * What the engagement workflow remembers. Confidential text (summaries, rationales, statements)
 * never lives here: it goes straight to the encrypted read model through an activity.
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
}

export type EngagementCommand =
  | { readonly type: EngagementCommandType.AssignReviewers; readonly actor: Actor; readonly reviewerIds: readonly string[] }
  | { readonly type: EngagementCommandType.Attest; readonly actor: Actor }
  | { readonly type: EngagementCommandType.RecordBenchmark; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Recommend; readonly actor: Actor; readonly outcome: DesignationOutcome }
  | { readonly type: EngagementCommandType.Determine; readonly actor: Actor; readonly outcome: DesignationOutcome }
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
  | (EventBase & { readonly type: 'WITHDRAWN' })
  | (EventBase & { readonly type: 'DETERMINATION_OVERDUE' });

export interface Submission {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly submittedBy: string;
  readonly submittedAt: number;
  readonly determinationTargetMs: number;
}

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
    case EngagementCommandType.Withdraw: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.Developer);
      if (command.actor.org !== state.developerOrg) {
        refuse(DomainErrorCode.NotOnRoster, 'only the developer organization may withdraw its engagement', state);
      }
      return { ...base, toStage, type: 'WITHDRAWN' };
    }
  }
}

/** The determination target passed with no determination; recorded at the target itself. */
export function overdueEvent(state: EngagementState): EngagementEvent {
  return { type: 'DETERMINATION_OVERDUE', at: state.determinationDueAt, actorSub: 'system', fromStage: state.stage, toStage: state.stage };
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
    case 'WITHDRAWN':
      return { ...next, overdue: false };
    case 'DETERMINATION_OVERDUE':
      return { ...next, overdue: true };
  }
}
