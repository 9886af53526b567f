import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DAY_MS } from './duration';
import { EngagementStage } from './engagement-stage';
import { disposalDue, disposalDueAt, earlyDisposalFrom, endedAt, requireEarlyDisposalAllowed, RetainedEngagement } from './retention';

const schedule = { afterEndMs: 2191 * DAY_MS, afterWithdrawalMs: 30 * DAY_MS };
const t0 = new Date('2026-07-01T00:00:00Z');
const at = (days: number): Date => new Date(t0.getTime() + days * DAY_MS);
const engagement = (stage: EngagementStage, over: Partial<RetainedEngagement> = {}): RetainedEngagement => ({
  stage,
  withdrawnAt: null,
  closedAt: null,
  determinedAt: null,
  disposedAt: null,
  ...over,
});

function refusal(e: RetainedEngagement, now: Date): DomainRuleError | undefined {
  try {
    requireEarlyDisposalAllowed(e, schedule, now);
    return undefined;
  } catch (error) {
    return error as DomainRuleError;
  }
}

describe('retention and disposal', () => {
  it('an engagement ends at its withdrawal, its closing, or a determination that it is not covered', () => {
    expect(endedAt(engagement(EngagementStage.Withdrawn, { withdrawnAt: at(3) }))).toEqual(at(3));
    expect(endedAt(engagement(EngagementStage.Closed, { closedAt: at(90), determinedAt: at(10) }))).toEqual(at(90));
    expect(endedAt(engagement(EngagementStage.ClosedNotCovered, { determinedAt: at(10) }))).toEqual(at(10));
    for (const stage of [EngagementStage.Designated, EngagementStage.PreReleaseAccess, EngagementStage.Reconsideration, EngagementStage.Released]) {
      expect(endedAt(engagement(stage, { determinedAt: at(10) }))).toBeUndefined();
    }
  });

  it('the schedule disposes of the content the retention period after the end, not a moment before', () => {
    const closed = engagement(EngagementStage.Closed, { closedAt: at(90) });
    expect(disposalDueAt(closed, schedule)).toEqual(at(90 + 2191));
    expect(disposalDue(closed, schedule, new Date(at(90 + 2191).getTime() - 1))).toBe(false);
    expect(disposalDue(closed, schedule, at(90 + 2191))).toBe(true);
  });

  it('an engagement still running, or disposed already, is never due', () => {
    expect(disposalDue(engagement(EngagementStage.PostWindow, { determinedAt: at(10) }), schedule, at(10_000))).toBe(false);
    expect(disposalDue(engagement(EngagementStage.Closed, { closedAt: at(1), disposedAt: at(2200) }), schedule, at(10_000))).toBe(false);
  });

  it('a developer that withdrew may ask for early disposal once the hold after withdrawal has passed', () => {
    const withdrawn = engagement(EngagementStage.Withdrawn, { withdrawnAt: at(5) });
    expect(earlyDisposalFrom(withdrawn, schedule)).toEqual(at(35));
    const early = refusal(withdrawn, at(34));
    expect(early?.code).toBe(DomainErrorCode.DisposalTooEarly);
    expect(early?.details.disposableFrom).toBe(at(35).toISOString());
    expect(refusal(withdrawn, at(35))).toBeUndefined();
  });

  it('early disposal follows a withdrawal only, and happens once', () => {
    for (const stage of [EngagementStage.Closed, EngagementStage.ClosedNotCovered, EngagementStage.Designated, EngagementStage.InquirySubmitted]) {
      expect(refusal(engagement(stage, { closedAt: at(1), determinedAt: at(1) }), at(400))?.code).toBe(DomainErrorCode.DisposalNeedsWithdrawal);
    }
    expect(refusal(engagement(EngagementStage.Withdrawn, { withdrawnAt: at(1), disposedAt: at(40) }), at(400))?.code).toBe(DomainErrorCode.AlreadyDisposed);
  });
});
