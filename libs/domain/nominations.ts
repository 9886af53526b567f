import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DAY_MS } from './duration';
import { CURRENT_RULES, DecisionRules, eventBase, refuse, transition } from './engagement-rules';
import { EngagementRecord } from './engagement-stage';
import { CommandOf, EngagementEvent, EngagementState, Nomination, NominationSide, NominationStatus } from './engagement-state';
import { EngagementCommandType, targetStage } from './engagement-transitions';
import { Actor, hasRole, Role } from './roles';

/** How long approved partners have to accept, when the approval names no deadline. */
export const DEFAULT_ACCEPT_WITHIN_MS = 14 * DAY_MS;

/** Approved nominations whose grants may still be accepted: each has an acceptance deadline to keep. */
export function openAcceptances(nominations: readonly Nomination[] | undefined): (Nomination & { readonly acceptBy: number })[] {
  return (nominations ?? []).filter(
    (n): n is Nomination & { readonly acceptBy: number } => n.status === NominationStatus.Approved && n.acceptBy !== undefined && n.acceptanceClosed !== true,
  );
}

/** Approved nominations whose grants all end at one shared instant that has not come yet. */
export function pendingAccessEnds(nominations: readonly Nomination[] | undefined): (Nomination & { readonly accessEndsAt: number })[] {
  return (nominations ?? []).filter(
    (n): n is Nomination & { readonly accessEndsAt: number } =>
      n.status === NominationStatus.Approved && n.accessEndsAt !== undefined && n.accessEnded !== true,
  );
}

/** Whether an actor may act for the government on an engagement: a program administrator not from its developer's organization. */
function actsForGovernment(actor: Actor, developerOrg: string, rules: DecisionRules): boolean {
  return hasRole(actor, Role.ProgramAdmin) && !(rules.organizationSeparation && actor.org === developerOrg);
}

/** The side an actor acts for on an engagement, if any: its developer organization, or the program office. */
export function sideOf(actor: Actor, developerOrg: string, rules: DecisionRules = CURRENT_RULES): NominationSide | undefined {
  if (hasRole(actor, Role.Developer) && actor.org === developerOrg) {
    return NominationSide.Developer;
  }
  if (actsForGovernment(actor, developerOrg, rules)) {
    return NominationSide.Government;
  }
  return undefined;
}

/**
 * What a nomination must pass before the partners it names are looked at: a stage that takes
 * nominations and a caller who acts for a side. Nobody learns anything of the registry otherwise.
 */
export function requireMayNominate(record: EngagementRecord, actor: Actor, rules: DecisionRules = CURRENT_RULES): void {
  if (targetStage(record.stage, EngagementCommandType.Nominate) === undefined) {
    throw new DomainRuleError(DomainErrorCode.IllegalTransition, `${EngagementCommandType.Nominate} is not allowed while the engagement is ${record.stage}`, {
      stage: record.stage,
    });
  }
  if (sideOf(actor, record.developerOrg, rules) === undefined) {
    throw new DomainRuleError(DomainErrorCode.RoleRequired, 'partners are nominated by the developer organization or a program administrator', {
      stage: record.stage,
    });
  }
}

/** Every side an actor could act for on an engagement: a developer who is also a program administrator holds both. */
function sidesOf(actor: Actor, developerOrg: string, rules: DecisionRules): NominationSide[] {
  const sides: NominationSide[] = [];
  if (hasRole(actor, Role.Developer) && actor.org === developerOrg) sides.push(NominationSide.Developer);
  if (actsForGovernment(actor, developerOrg, rules)) sides.push(NominationSide.Government);
  return sides;
}

/**
 * Whether an actor may approve a nomination put forward by `side`: they act for the other side, and
 * only for it. Someone who holds both sides' roles (a developer who is also a program administrator)
 * could otherwise consent for the side that asked, so they never approve.
 */
export function canActForOtherSide(actor: Actor, developerOrg: string, side: NominationSide, rules: DecisionRules = CURRENT_RULES): boolean {
  const sides = sidesOf(actor, developerOrg, rules);
  return sides.length === 1 && sides[0] !== side;
}

function pendingNomination(state: EngagementState, id: string, now: number): Nomination {
  const nomination = (state.nominations ?? []).find((n) => n.id === id);
  if (!nomination) {
    refuse(DomainErrorCode.NominationNotFound, 'no such nomination on this engagement', state);
  }
  if (nomination.status !== NominationStatus.Pending || now >= nomination.deadline) {
    refuse(
      DomainErrorCode.NominationNotPending,
      `the nomination is ${nomination.status === NominationStatus.Pending ? 'past its deadline' : nomination.status}`,
      state,
    );
  }
  return nomination;
}

export type NominationCommand = CommandOf<EngagementCommandType.Nominate | EngagementCommandType.ApproveNomination | EngagementCommandType.DeclineNomination>;

/** Dual consent: one side nominates trusted partners, the other side (and only it) approves; either declines. */
export function decideNomination(state: EngagementState, command: NominationCommand, now: number, rules: DecisionRules): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
    case EngagementCommandType.Nominate: {
      const toStage = transition(state, command.type);
      const side = sideOf(command.actor, state.developerOrg, rules);
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
      if (sideOf(command.actor, state.developerOrg, rules) === NominationSide.Developer && hasRole(command.actor, Role.ProgramAdmin)) {
        refuse(DomainErrorCode.SelfApproval, 'you act for both the developer and the government here, so you approve for neither; the other side must', state);
      }
      if (!canActForOtherSide(command.actor, state.developerOrg, nomination.side, rules)) {
        refuse(
          DomainErrorCode.RoleRequired,
          nomination.side === NominationSide.Developer
            ? 'a program administrator approves a nomination by the developer'
            : 'the developer organization approves a nomination by the government',
          state,
        );
      }
      return {
        ...base,
        toStage,
        type: 'NOMINATION_APPROVED',
        nominationId: nomination.id,
        acceptBy: now + (command.acceptWithinMs ?? DEFAULT_ACCEPT_WITHIN_MS),
      };
    }
    case EngagementCommandType.DeclineNomination: {
      const toStage = transition(state, command.type);
      const nomination = pendingNomination(state, command.nominationId, now);
      if (sideOf(command.actor, state.developerOrg, rules) === undefined) {
        refuse(DomainErrorCode.RoleRequired, 'either side may decline, and only they', state);
      }
      return { ...base, toStage, type: 'NOMINATION_DECLINED', nominationId: nomination.id };
    }
  }
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

/** The nominations with one of them changed. */
export const withNomination = (state: EngagementState, id: string, change: Partial<Nomination>): readonly Nomination[] =>
  (state.nominations ?? []).map((n) => (n.id === id ? { ...n, ...change } : n));

/** Ending the engagement cancels what is still pending. */
export const cancelPendingNominations = (state: EngagementState): readonly Nomination[] | undefined =>
  state.nominations?.map((n) => (n.status === NominationStatus.Pending ? { ...n, status: NominationStatus.Cancelled } : n));
