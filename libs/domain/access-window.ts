import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DAY_MS } from './duration';
import { EngagementStage } from './engagement-stage';

/** EO 14409 Sec. 3: pre-release access for up to 30 days. A maximum, never a minimum, never extended. */
export const MAX_WINDOW_DAYS = 30;
export const DEFAULT_WINDOW_DAYS = 30;

export enum WindowEndReason {
  /** Its 30-day (or shorter) clock ran out. */
  Expired = 'EXPIRED',
  /** The developer ended it early. */
  EndedEarly = 'ENDED_EARLY',
  Withdrawn = 'WITHDRAWN',
  Released = 'RELEASED',
  Closed = 'CLOSED',
}

export interface AccessWindow {
  readonly openedAt: number;
  readonly closesAt: number;
  /** Reminders before it closes, fixed when it opened. */
  readonly remindBeforeMs?: readonly number[];
  readonly endedAt?: number;
  readonly endReason?: WindowEndReason;
}

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
