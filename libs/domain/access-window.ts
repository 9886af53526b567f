import { remediationDueAt, remediationTier } from './bod-26-04';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DAY_MS } from './duration';
import { DecisionRules, eventBase, refuse, requireAttestedReviewer, requireOwnDeveloper, transition } from './engagement-rules';
import { EngagementStage } from './engagement-stage';
import { AccessWindow, CommandOf, EngagementEvent, EngagementState, WindowEndReason } from './engagement-state';
import { EngagementCommandType } from './engagement-transitions';

/** EO 14409 Sec. 3: pre-release access for up to 30 days. A maximum, never a minimum, never extended. */
export const MAX_WINDOW_DAYS = 30;
export const DEFAULT_WINDOW_DAYS = 30;

export function windowCloses(openedAt: number, days: number, dayMs: number = DAY_MS): number {
  return openedAt + days * dayMs;
}

export function windowOpen(window: AccessWindow | undefined): window is AccessWindow {
  return window !== undefined && window.endedAt === undefined;
}

/**
 * Ends a window if it is still open; an ended window keeps how and when it ended. A window whose
 * close has already passed (its timer simply had not run yet) ended by expiry, at its close.
 */
export function endWindow(window: AccessWindow | undefined, at: number, reason: WindowEndReason): AccessWindow | undefined {
  if (!windowOpen(window)) {
    return window;
  }
  return at >= window.closesAt ? { ...window, endedAt: window.closesAt, endReason: WindowEndReason.Expired } : { ...window, endedAt: at, endReason: reason };
}

/**
 * When the window ended (or reached its close, its timer not yet run), or undefined while it is open.
 * No window at all (access declined) ended before it began.
 */
export function windowEndOf(window: AccessWindow | undefined, now: number): number | undefined {
  if (window === undefined) {
    return Number.NEGATIVE_INFINITY;
  }
  return window.endedAt ?? (now >= window.closesAt ? window.closesAt : undefined);
}

/** Whether the window has reached its close, whether or not its timer has run. */
export function windowPastClose(window: AccessWindow | undefined, now: number): boolean {
  return window !== undefined && now >= window.closesAt;
}

/** What the read model knows about a reviewer's access to an engagement. */
export interface ReviewerAccessFacts {
  readonly stage: EngagementStage;
  readonly windowClosesAt: number | null;
  readonly windowEndedAt: number | null;
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
}

/**
 * Why a reviewer may not hold a pre-release access token right now, or undefined when they may:
 * assigned, attested, and the window open (not ended, not past its close).
 */
export function reviewerAccessRefusal(facts: ReviewerAccessFacts, sub: string, now: number): DomainRuleError | undefined {
  const details = { stage: facts.stage };
  if (!facts.reviewers.includes(sub)) {
    return new DomainRuleError(DomainErrorCode.NotOnRoster, 'only reviewers assigned to this engagement get access', details);
  }
  if (!facts.attested.includes(sub)) {
    return new DomainRuleError(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', details);
  }
  const open = facts.stage === EngagementStage.PreReleaseAccess && facts.windowEndedAt === null && facts.windowClosesAt !== null && now < facts.windowClosesAt;
  if (!open) {
    return new DomainRuleError(DomainErrorCode.AccessWindowClosed, 'the pre-release access window is not open', details);
  }
  return undefined;
}

/** Whether an assigned, attested reviewer may be given a pre-release access token right now. */
export function reviewerAccessOpen(state: EngagementState, sub: string): boolean {
  return state.stage === EngagementStage.PreReleaseAccess && windowOpen(state.window) && state.reviewers.includes(sub) && state.attested.includes(sub);
}

export type WindowCommand = CommandOf<
  | EngagementCommandType.OpenWindow
  | EngagementCommandType.EndWindow
  | EngagementCommandType.DeclineAccess
  | EngagementCommandType.RecordFinding
  | EngagementCommandType.RespondToFinding
>;

/** The developer's window (opened, ended early or declined) and the findings reviewers record in it. */
export function decideWindow(state: EngagementState, command: WindowCommand, now: number, rules: DecisionRules): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
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
      requireAttestedReviewer(state, command.actor, rules);
      const endedAt = windowEndOf(state.window, now);
      if (endedAt !== undefined && now > endedAt + rules.findingsGraceMs) {
        refuse(DomainErrorCode.AccessWindowClosed, 'findings are recorded while the window is open and for FINDINGS_GRACE after it ends', state);
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
  }
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
