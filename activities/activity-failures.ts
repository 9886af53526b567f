import { ApplicationFailure } from '@temporalio/common';

import { ActivityFailureType } from '#contracts';
import { isRefusedByDatabase, ReceiptConflictError, sqlStateOf } from '#persistence';

/**
 * Runs an activity's database work. Outages are thrown as they are, so Temporal retries them;
 * errors that would fail the same way every time end the activity at once instead of retrying.
 */
export async function failFastOnPermanentErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ReceiptConflictError) {
      throw ApplicationFailure.nonRetryable(error.message, ActivityFailureType.ReceiptConflict);
    }
    if (isRefusedByDatabase(error)) {
      throw ApplicationFailure.nonRetryable(`the database refused the write (SQLSTATE ${sqlStateOf(error)})`, ActivityFailureType.DataRejected);
    }
    throw error;
  }
}
