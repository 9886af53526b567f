import { DomainErrorCode, DomainRuleError } from './domain-error';
import { EngagementStage } from './engagement-stage';

/**
 * Retention and disposal. An engagement's confidential content is kept for the retention schedule
 * after the engagement ends, then disposed of by destroying its own data key (crypto-shredding). Its
 * metadata, hashes and audit trail stay, and still verify. A developer that withdrew may have the
 * content disposed of earlier, once the schedule's hold after a withdrawal has passed.
 */

/** The retention schedule, from configuration (RETENTION_AFTER_END, DISPOSAL_AFTER_WITHDRAWAL). */
export interface RetentionSchedule {
  /** How long confidential content is kept after the engagement ends. */
  readonly afterEndMs: number;
  /** How long after a withdrawal the developer must wait before it may ask for early disposal. */
  readonly afterWithdrawalMs: number;
}

export enum DisposalReason {
  /** The retention schedule ran out. */
  RetentionSchedule = 'RETENTION_SCHEDULE',
  /** The developer asked, after withdrawing. */
  DeveloperRequest = 'DEVELOPER_REQUEST',
}

/** What the retention rules read of an engagement. */
export interface RetainedEngagement {
  readonly stage: EngagementStage;
  readonly withdrawnAt: Date | null;
  readonly closedAt: Date | null;
  readonly determinedAt: Date | null;
  readonly disposedAt: Date | null;
}

/** When the engagement ended, if it has: its withdrawal, its closing, or a determination that it is not covered. */
export function endedAt(e: RetainedEngagement): Date | undefined {
  switch (e.stage) {
    case EngagementStage.Withdrawn:
      return e.withdrawnAt ?? undefined;
    case EngagementStage.Closed:
      return e.closedAt ?? undefined;
    case EngagementStage.ClosedNotCovered:
      return e.determinedAt ?? undefined;
    default:
      return undefined;
  }
}

/** When the schedule disposes of the engagement's confidential content; undefined while it runs, or once disposed. */
export function disposalDueAt(e: RetainedEngagement, schedule: RetentionSchedule): Date | undefined {
  const ended = endedAt(e);
  return ended === undefined || e.disposedAt !== null ? undefined : new Date(ended.getTime() + schedule.afterEndMs);
}

/** Whether the schedule disposes of the engagement's content now. */
export function disposalDue(e: RetainedEngagement, schedule: RetentionSchedule, now: Date): boolean {
  const due = disposalDueAt(e, schedule);
  return due !== undefined && due.getTime() <= now.getTime();
}

/** From when the developer may ask for early disposal; undefined if it may not (not withdrawn, or disposed already). */
export function earlyDisposalFrom(e: RetainedEngagement, schedule: RetentionSchedule): Date | undefined {
  return e.stage === EngagementStage.Withdrawn && e.withdrawnAt !== null && e.disposedAt === null
    ? new Date(e.withdrawnAt.getTime() + schedule.afterWithdrawalMs)
    : undefined;
}

/** Refuses the developer's request for early disposal unless the schedule allows it now. */
export function requireEarlyDisposalAllowed(e: RetainedEngagement, schedule: RetentionSchedule, now: Date): void {
  if (e.disposedAt !== null) {
    throw new DomainRuleError(DomainErrorCode.AlreadyDisposed, `the engagement's confidential content was disposed of at ${e.disposedAt.toISOString()}`, {
      stage: e.stage,
    });
  }
  const from = earlyDisposalFrom(e, schedule);
  if (from === undefined) {
    throw new DomainRuleError(
      DomainErrorCode.DisposalNeedsWithdrawal,
      'a developer may ask for early disposal only after withdrawing; otherwise the retention schedule disposes of the content after the engagement ends',
      { stage: e.stage },
    );
  }
  if (now.getTime() < from.getTime()) {
    throw new DomainRuleError(DomainErrorCode.DisposalTooEarly, `the retention schedule keeps a withdrawn engagement until ${from.toISOString()}`, {
      stage: e.stage,
      disposableFrom: from.toISOString(),
    });
  }
}
