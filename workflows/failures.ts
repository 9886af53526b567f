import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

import { ActivityFailureType, WorkflowFailureType } from '#contracts';
import { DomainErrorCode, DomainRuleError } from '#domain';

/**
 * Turns a domain refusal into a failure the API can read: the type is the domain code, details carry the
 * stage (apps/api/errors/README.md follows it on to the caller).
 */
export function toFailure(error: unknown): ApplicationFailure {
  if (error instanceof ApplicationFailure) {
    return error;
  }
  if (error instanceof DomainRuleError) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [error.details],
      nonRetryable: true,
    });
  }
  if (error instanceof ActivityFailure) {
    const cause = error.cause;
    if (cause instanceof ApplicationFailure && cause.type === ActivityFailureType.GrantClosed) {
      return ApplicationFailure.create({ type: DomainErrorCode.GrantNotUsable, message: 'the grant has ended', details: [{}], nonRetryable: true });
    }
    const rejected = cause instanceof ApplicationFailure && (Object.values(ActivityFailureType) as (string | undefined)[]).includes(cause.type ?? undefined);
    return ApplicationFailure.create({
      type: rejected ? WorkflowFailureType.PersistenceRejected : WorkflowFailureType.PersistenceUnavailable,
      message: rejected ? 'the change was refused by the database; nothing was changed' : 'the change could not be recorded; nothing was changed',
      // Which refusal: a receipt another command holds says this workflow is behind its record (reset from outside).
      details: rejected ? [{ activityFailure: cause.type }] : [{}],
      nonRetryable: true,
    });
  }
  throw error;
}

/** Runs a pure check and rethrows its refusal in a form the Update machinery reports to the caller. */
export function check<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toFailure(error);
  }
}
