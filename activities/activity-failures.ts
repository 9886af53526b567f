import { ApplicationFailure } from '@temporalio/common';
import { ReceiptConflictError } from '#persistence';
import { ActivityFailureType } from '#contracts';

/** SQLSTATE classes that no retry can fix: data exceptions (22) and integrity violations (23). */
function sqlState(error: unknown): string | undefined {
  const code = (error as { driverError?: { code?: unknown }; code?: unknown } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

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
    const state = sqlState(error);
    if (state !== undefined && (state.startsWith('22') || state.startsWith('23'))) {
      throw ApplicationFailure.nonRetryable(`the database refused the write (SQLSTATE ${state})`, ActivityFailureType.DataRejected);
    }
    throw error;
  }
}
