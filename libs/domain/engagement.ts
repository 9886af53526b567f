import { decideWindow, endWindow } from './access-window';
import { decideConsultation, requireAuthorityAttested, requireConsultationsSettled, withConsultation } from './consultations';
import { DomainErrorCode } from './domain-error';
import {
  CURRENT_RULES,
  DecisionRules,
  eventBase,
  refuse,
  requireAttestedReviewer,
  requireGovernmentSide,
  requireOwnDeveloper,
  requireRole,
  transition,
} from './engagement-rules';
import { EngagementStage } from './engagement-stage';
import {
  AttestationCapacity,
  CommandOf,
  ConsultationStatus,
  EngagementCommand,
  EngagementEvent,
  EngagementState,
  NominationStatus,
  WindowEndReason,
} from './engagement-state';
import { EngagementCommandType } from './engagement-transitions';
import { decidePartnerAccess } from './grant';
import { cancelPendingNominations, decideNomination, withNomination } from './nominations';
import { decideReconsideration, requireDifferentDecider } from './reconsideration';
import { Actor, hasRole, Role } from './roles';

/** A release may be recorded a little ahead of our clock, never further into the future. */
const RELEASE_CLOCK_SKEW_MS = 5 * 60_000;

/** In which capacity an actor may attest, if any. Reviewers attest for their assignment; authorities before deciding. */
export function attestationCapacity(state: EngagementState, actor: Actor): AttestationCapacity | undefined {
  if (hasRole(actor, Role.Reviewer) && state.reviewers.includes(actor.sub)) {
    return AttestationCapacity.Reviewer;
  }
  if (hasRole(actor, Role.DesignationAuthority) && (state.stage === EngagementStage.Recommended || state.stage === EngagementStage.Reconsideration)) {
    return AttestationCapacity.Authority;
  }
  return undefined;
}

type DesignationCommand = CommandOf<
  | EngagementCommandType.AssignReviewers
  | EngagementCommandType.UnassignReviewer
  | EngagementCommandType.Recuse
  | EngagementCommandType.Attest
  | EngagementCommandType.RecordBenchmark
  | EngagementCommandType.Recommend
  | EngagementCommandType.Determine
>;

/** In which capacity an actor holds a place on the engagement they may recuse from, if any. */
function recusalCapacity(state: EngagementState, actor: Actor): AttestationCapacity | undefined {
  if (hasRole(actor, Role.Reviewer) && state.reviewers.includes(actor.sub)) {
    return AttestationCapacity.Reviewer;
  }
  if (hasRole(actor, Role.DesignationAuthority) && state.recommendedBy !== undefined && !(state.recused ?? []).includes(actor.sub)) {
    return AttestationCapacity.Authority;
  }
  return undefined;
}

/** The review and the determination: two different people, each attested in their capacity, neither from the developer's side. */
function decideDesignation(state: EngagementState, command: DesignationCommand, now: number, rules: DecisionRules): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
    case EngagementCommandType.AssignReviewers: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.ProgramAdmin);
      requireGovernmentSide(state, command.actor, rules);
      if (command.reviewerIds.includes(command.actor.sub)) {
        refuse(DomainErrorCode.SelfAssignment, 'a program administrator may not assign themselves as a reviewer', state);
      }
      const recused = command.reviewerIds.filter((id) => (state.recused ?? []).includes(id));
      if (recused.length > 0) {
        refuse(DomainErrorCode.Recused, `${recused.join(', ')} recused from this engagement and may not be assigned again`, state);
      }
      const fresh = [...new Set(command.reviewerIds)].filter((id) => !state.reviewers.includes(id));
      if (fresh.length === 0) {
        refuse(DomainErrorCode.NothingToAssign, 'every reviewer named is already assigned', state);
      }
      return { ...base, toStage, type: 'REVIEWERS_ASSIGNED', reviewerIds: fresh };
    }
    case EngagementCommandType.UnassignReviewer: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.ProgramAdmin);
      requireGovernmentSide(state, command.actor, rules);
      if (!state.reviewers.includes(command.reviewerSub)) {
        refuse(DomainErrorCode.NotOnRoster, `${command.reviewerSub} is not assigned to this engagement`, state);
      }
      return { ...base, toStage, type: 'REVIEWER_UNASSIGNED', reviewerSub: command.reviewerSub };
    }
    case EngagementCommandType.Recuse: {
      const toStage = transition(state, command.type);
      const capacity = recusalCapacity(state, command.actor);
      if (capacity === undefined) {
        refuse(DomainErrorCode.NotOnRoster, 'only an assigned reviewer, or a designation authority once a recommendation exists, recuses', state);
      }
      return { ...base, toStage, type: 'RECUSED', capacity };
    }
    case EngagementCommandType.Attest: {
      const toStage = transition(state, command.type);
      const capacity = attestationCapacity(state, command.actor);
      if (capacity === undefined) {
        refuse(DomainErrorCode.NotOnRoster, 'only assigned reviewers, or a designation authority once a recommendation exists, attest', state);
      }
      requireGovernmentSide(state, command.actor, rules);
      if (state.attested.includes(command.actor.sub)) {
        refuse(DomainErrorCode.AlreadyAttested, 'you have already attested for this engagement', state);
      }
      return { ...base, toStage, type: 'ATTESTED', capacity };
    }
    case EngagementCommandType.RecordBenchmark: {
      const toStage = transition(state, command.type);
      requireAttestedReviewer(state, command.actor, rules);
      return { ...base, toStage, type: 'BENCHMARK_RECORDED' };
    }
    case EngagementCommandType.Recommend: {
      const toStage = transition(state, command.type);
      requireAttestedReviewer(state, command.actor, rules);
      if (state.benchmarkCount === 0) {
        refuse(DomainErrorCode.BenchmarkRequired, 'record at least one benchmark reference before recommending', state);
      }
      return { ...base, toStage, type: 'RECOMMENDED', outcome: command.outcome };
    }
    case EngagementCommandType.Determine: {
      const toStage = transition(state, command.type, command.outcome);
      requireRole(state, command.actor, Role.DesignationAuthority);
      requireGovernmentSide(state, command.actor, rules);
      if (command.actor.sub === state.recommendedBy) {
        refuse(DomainErrorCode.TwoPersonRule, 'the person who recommended may not also decide', state);
      }
      if (rules.organizationSeparation && state.reviewers.includes(command.actor.sub)) {
        refuse(DomainErrorCode.TwoPersonRule, "the engagement's reviewers do not decide it; a designation authority who is not one of them does", state);
      }
      requireDifferentDecider(state, command.actor);
      requireAuthorityAttested(state, command.actor, rules);
      requireConsultationsSettled(state, now);
      return { ...base, toStage, type: 'DETERMINED', outcome: command.outcome };
    }
  }
}

type EndingCommand = CommandOf<EngagementCommandType.Release | EngagementCommandType.Close | EngagementCommandType.Withdraw>;

/** The developer ends the engagement: by releasing (never gated), closing it, or withdrawing at any stage. */
function decideEnding(state: EngagementState, command: EndingCommand, now: number): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
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
    case EngagementCommandType.Withdraw: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      return { ...base, toStage, type: 'WITHDRAWN' };
    }
  }
}

/**
 * Decides whether a command is allowed and, if so, what happened. Pure: the workflow calls it
 * in the Update validator (to refuse at once) and again in the handler (to act). Each area's rules
 * decide their own commands.
 */
export function decide(state: EngagementState, command: EngagementCommand, now: number, rules: DecisionRules = CURRENT_RULES): EngagementEvent {
  switch (command.type) {
    case EngagementCommandType.AssignReviewers:
    case EngagementCommandType.UnassignReviewer:
    case EngagementCommandType.Recuse:
    case EngagementCommandType.Attest:
    case EngagementCommandType.RecordBenchmark:
    case EngagementCommandType.Recommend:
    case EngagementCommandType.Determine:
      return decideDesignation(state, command, now, rules);
    case EngagementCommandType.OpenWindow:
    case EngagementCommandType.EndWindow:
    case EngagementCommandType.DeclineAccess:
    case EngagementCommandType.RecordFinding:
    case EngagementCommandType.RespondToFinding:
      return decideWindow(state, command, now, rules);
    case EngagementCommandType.Nominate:
    case EngagementCommandType.ApproveNomination:
    case EngagementCommandType.DeclineNomination:
      return decideNomination(state, command, now, rules);
    case EngagementCommandType.PublishTerms:
    case EngagementCommandType.RevokeGrants:
      return decidePartnerAccess(state, command, now);
    case EngagementCommandType.Release:
    case EngagementCommandType.Close:
    case EngagementCommandType.Withdraw:
      return decideEnding(state, command, now);
    case EngagementCommandType.Consult:
    case EngagementCommandType.AnswerConsultation:
      return decideConsultation(state, command, now, rules);
    case EngagementCommandType.RequestReconsideration:
      return decideReconsideration(state, command, now);
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
    case 'REVIEWER_UNASSIGNED':
      return { ...next, reviewers: state.reviewers.filter((sub) => sub !== event.reviewerSub) };
    case 'RECUSED':
      return { ...next, reviewers: state.reviewers.filter((sub) => sub !== event.actorSub), recused: [...(state.recused ?? []), event.actorSub] };
    case 'ATTESTED':
      return {
        ...next,
        attested: [...state.attested, event.actorSub],
        ...(event.capacity === AttestationCapacity.Authority ? { authorityAttested: [...(state.authorityAttested ?? []), event.actorSub] } : {}),
      };
    case 'BENCHMARK_RECORDED':
      return { ...next, benchmarkCount: state.benchmarkCount + 1 };
    case 'RECOMMENDED':
      return { ...next, recommendedBy: event.actorSub, recommendation: event.outcome };
    case 'DETERMINED':
      return { ...next, determinedBy: event.actorSub, determination: event.outcome, determinedAt: event.at, overdue: false };
    case 'RECONSIDERATION_REQUESTED': {
      const { determination: originalOutcome, determinedBy: originalDeterminedBy, determinedAt: _at, ...rest } = next;
      if (originalOutcome === undefined || originalDeterminedBy === undefined) {
        return next;
      }
      return {
        ...rest,
        overdue: false,
        determinationDueAt: event.determinationDueAt,
        reconsideration: { requestedAt: event.at, originalOutcome, originalDeterminedBy },
      };
    }
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
      return { ...next, window: endWindow(state.window, event.at, WindowEndReason.Closed), nominations: cancelPendingNominations(state) };
    case 'WITHDRAWN':
      return { ...next, overdue: false, window: endWindow(state.window, event.at, WindowEndReason.Withdrawn), nominations: cancelPendingNominations(state) };
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
      return { ...next, nominations: withNomination(state, event.nominationId, { status: NominationStatus.Approved, acceptBy: event.acceptBy }) };
    case 'NOMINATION_DECLINED':
      return { ...next, nominations: withNomination(state, event.nominationId, { status: NominationStatus.Declined }) };
    case 'NOMINATION_EXPIRED':
      return { ...next, nominations: withNomination(state, event.nominationId, { status: NominationStatus.Expired }) };
    case 'GRANTS_LAPSED':
      return { ...next, nominations: withNomination(state, event.nominationId, { acceptanceClosed: true }) };
    case 'GRANTS_EXPIRED':
      return { ...next, nominations: withNomination(state, event.nominationId, { accessEnded: true }) };
    case 'TERMS_PUBLISHED':
      return { ...next, termsVersion: event.version, termsVersions: [...(state.termsVersions ?? []), event.version] };
    case 'GRANTS_REVOKED':
      return next;
    case 'DETERMINATION_OVERDUE':
      return { ...next, overdue: true };
    case 'CONSULTATION_REQUESTED':
      return {
        ...next,
        consultations: [
          ...(state.consultations ?? []),
          { id: event.consultationId, organization: event.organization, askedBy: event.actorSub, answerBy: event.answerBy, status: ConsultationStatus.Pending },
        ],
      };
    case 'CONSULTATION_ANSWERED':
      return { ...next, consultations: withConsultation(state, event.consultationId, { status: ConsultationStatus.Answered, concurs: event.concurs }) };
  }
}
