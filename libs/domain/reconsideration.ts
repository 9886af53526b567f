import { DomainErrorCode } from './domain-error';
import { DAY_MS } from './duration';
import { eventBase, refuse, requireOwnDeveloper, transition } from './engagement-rules';
import { EngagementStage } from './engagement-stage';
import { CommandOf, EngagementEvent, EngagementState } from './engagement-state';
import { EngagementCommandType } from './engagement-transitions';
import { Actor } from './roles';

/**
 * Reconsideration: the developer may ask once, within 30 days of a determination, for it to be decided again,
 * from DESIGNATED (before any window or partner) or from CLOSED_NOT_COVERED. The engagement returns to the
 * designation authorities as RECONSIDERATION, with a new determination target; a different authority than the
 * one who decided first decides it, under the same two-person rule and consultations as the first time.
 */

/** How long after a determination the developer may ask for it to be reconsidered. */
export const RECONSIDERATION_PERIOD_MS = 30 * DAY_MS;

/** Until when a determination may be reconsidered; undefined once it cannot be (asked already, or made before this rule). */
export function reconsiderableUntil(state: EngagementState): number | undefined {
  return state.reconsideration === undefined && state.determinedAt !== undefined ? state.determinedAt + RECONSIDERATION_PERIOD_MS : undefined;
}

export function decideReconsideration(state: EngagementState, command: CommandOf<EngagementCommandType.RequestReconsideration>, now: number): EngagementEvent {
  const toStage = transition(state, command.type);
  requireOwnDeveloper(state, command.actor);
  if (state.reconsideration !== undefined) {
    refuse(DomainErrorCode.ReconsiderationUsed, 'a determination is reconsidered once; this one was already', state);
  }
  const until = reconsiderableUntil(state);
  if (until === undefined || now > until) {
    refuse(DomainErrorCode.ReconsiderationPeriodPassed, 'reconsideration is asked for within 30 days of the determination', state);
  }
  if ((state.nominations ?? []).length > 0) {
    refuse(DomainErrorCode.ReconsiderationAfterNomination, 'partners were nominated on this designation: it is acted on and no longer reconsidered', state);
  }
  // The new determination has as long as the first had.
  const target = state.determinationDueAt - state.submittedAt;
  return { ...eventBase(state, command, now), toStage, type: 'RECONSIDERATION_REQUESTED', determinationDueAt: now + target };
}

/** The authority who made the determination being reconsidered does not decide it again. */
export function requireDifferentDecider(state: EngagementState, actor: Actor): void {
  if (state.stage === EngagementStage.Reconsideration && state.reconsideration?.originalDeterminedBy === actor.sub) {
    refuse(DomainErrorCode.TwoPersonRule, 'you made the determination being reconsidered: a different designation authority decides it', state);
  }
}
