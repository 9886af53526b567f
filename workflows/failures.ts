import { ActivityFailure, ApplicationFailure, CancelledFailure, TemporalFailure } from '@temporalio/workflow';

import { ActivityFailureType, isWorkflowFailureType, WorkflowFailureType } from '#contracts';
import { DomainErrorCode, DomainRuleError, isDomainErrorCode } from '#domain';

/**
 * Turns a refusal into a failure the API can read: a domain rule's type is its code, details carry the
 * stage (apps/api/errors/README.md follows it on to the caller); a failed write says whether the
 * database refused it or could not be reached.
 */
export function toFailure(error: unknown): ApplicationFailure {
  if (error instanceof DomainRuleError) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
      nonRetryable: true,
    });
  }
  if (error instanceof ApplicationFailure && isAnswerType(error.type)) {
    return error;
  }
  // A remote activity's failure comes wrapped in ActivityFailure; a local activity's as it is (its own
  // ApplicationFailure, or the timeout that ended its retries).
  if (error instanceof ActivityFailure) {
    return writeFailure(error.cause);
  }
  if (error instanceof TemporalFailure && !(error instanceof CancelledFailure)) {
    return writeFailure(error);
  }
  throw error;
}

/** Types the API reads as they are: a domain rule's code, or one of the workflow's own failure types. */
function isAnswerType(type: string | undefined | null): boolean {
  return typeof type === 'string' && (isDomainErrorCode(type) || isWorkflowFailureType(type));
}

/** A command's write that failed, as the API should hear of it. */
function writeFailure(cause: unknown): ApplicationFailure {
  const type = cause instanceof ApplicationFailure ? cause.type : undefined;
  if (type === ActivityFailureType.GrantClosed) {
    return ApplicationFailure.create({ type: DomainErrorCode.GrantNotUsable, message: 'the grant has ended', details: [{}], nonRetryable: true });
  }
  const rejected = (Object.values(ActivityFailureType) as (string | null | undefined)[]).includes(type);
  return ApplicationFailure.create({
    type: rejected ? WorkflowFailureType.PersistenceRejected : WorkflowFailureType.PersistenceUnavailable,
    message: rejected ? 'the change was refused by the database; nothing was changed' : 'the change could not be recorded; nothing was changed',
    // Which refusal: a receipt another command holds says this workflow is behind its record (reset from outside).
    details: rejected ? [{ activityFailure: type }] : [{}],
    nonRetryable: true,
  });
}

/** Runs a pure check and rethrows its refusal in a form the Update machinery reports to the caller. */
export function check<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toFailure(error);
  }
}
