import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Writes that belong to a command someone is waiting on: bounded, so the command fails closed when
 * its audit event cannot be written, but long enough to ride out an outage. The API stops waiting
 * after seconds and tells the caller to repeat with the same Idempotency-Key, which finds the outcome.
 */
export const AWAITED_WRITE: ActivityOptions = {
  startToCloseTimeout: '15 seconds',
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
};

/** Writes nobody waits on (a clock fired, a grant ended): retried until the database answers. */
export function untilDone(maximumIntervalMs = 60_000): ActivityOptions {
  return {
    startToCloseTimeout: '15 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: maximumIntervalMs },
  };
}
