import { ActivityFailure, ApplicationFailure, CancelledFailure, TimeoutFailure } from '@temporalio/workflow';

import { ActivityFailureType, WorkflowFailureType } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage } from '#domain';

import { toFailure } from './failures';

/** A remote activity's failure, as the workflow receives it. */
function remote(cause: Error): ActivityFailure {
  return new ActivityFailure('activity failed', 'recordEngagementEvent', '1', 'NON_RETRYABLE_FAILURE', undefined, cause);
}

const receiptConflict = () => ApplicationFailure.nonRetryable('engagement:e:v3 was already written by command a, not b', ActivityFailureType.ReceiptConflict);

describe('toFailure: what the API hears of a refusal or a failed write', () => {
  it('a domain rule keeps its code and its details', () => {
    const failure = toFailure(new DomainRuleError(DomainErrorCode.IllegalTransition, 'not now', { stage: EngagementStage.Closed }));
    expect(failure.type).toBe(DomainErrorCode.IllegalTransition);
    expect(failure.details).toEqual([{ stage: EngagementStage.Closed }]);
  });

  it("a workflow's own failure passes as it is", () => {
    const notSubmitted = ApplicationFailure.create({ type: WorkflowFailureType.NotSubmitted, message: 'not submitted', nonRetryable: true });
    expect(toFailure(notSubmitted)).toBe(notSubmitted);
  });

  // A local activity's failure is not wrapped in ActivityFailure: both forms must read the same.
  it.each([
    ['remote', (e: Error) => remote(e)],
    ['local', (e: Error) => e],
  ])('a %s write that met a receipt another command holds is PERSISTENCE_REJECTED naming RECEIPT_CONFLICT', (_, as) => {
    const failure = toFailure(as(receiptConflict()));
    expect(failure.type).toBe(WorkflowFailureType.PersistenceRejected);
    expect(failure.details).toEqual([{ activityFailure: ActivityFailureType.ReceiptConflict }]);
  });

  it.each([
    ['remote', (e: Error) => remote(e)],
    ['local', (e: Error) => e],
  ])('a %s acceptance that found the grant ended is GRANT_NOT_USABLE', (_, as) => {
    expect(toFailure(as(ApplicationFailure.nonRetryable('ended', ActivityFailureType.GrantClosed))).type).toBe(DomainErrorCode.GrantNotUsable);
  });

  it.each([
    ['a remote write whose retries ran out', remote(ApplicationFailure.retryable('connection refused', 'Error'))],
    ['a local write whose retries ran out', ApplicationFailure.retryable('connection refused', 'Error')],
    ['a local write that timed out', new TimeoutFailure('timed out', undefined, 'SCHEDULE_TO_CLOSE')],
  ])('%s is PERSISTENCE_UNAVAILABLE: nothing changed, try again', (_, error) => {
    const failure = toFailure(error);
    expect(failure.type).toBe(WorkflowFailureType.PersistenceUnavailable);
    expect(failure.nonRetryable).toBe(true);
  });

  it('a cancellation and a plain error are not turned into answers', () => {
    const cancelled = new CancelledFailure('cancelled');
    expect(() => toFailure(cancelled)).toThrow(cancelled);
    expect(() => toFailure(new TypeError('a bug'))).toThrow(TypeError);
  });
});
