import { Injectable } from '@nestjs/common';
import {
  Client,
  isGrpcServiceError,
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

import { AppConfig } from '#config';
import { ActivityFailureType, isWorkflowFailureType, WorkflowFailureType } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage, isDomainErrorCode } from '#domain';

import { DependencyErrorCode, DependencyException, ResourceException } from '../errors/api-errors';
import { MetricsService } from '../metrics/metrics.service';

/** A start whose workflow id has already been used by a workflow that has ended. */
export class WorkflowAlreadyRanError extends Error {
  constructor() {
    super('a workflow with this id already ran');
  }
}

/**
 * The workflow an Update was sent to is not there to take it: it has ended (or never ran), or it is
 * out of step with the record (reset from outside: its write met a version the record already holds).
 */
export class WorkflowGoneError extends Error {
  constructor(readonly why: 'NOT_RUNNING' | 'OUT_OF_STEP') {
    super(why === 'NOT_RUNNING' ? 'the workflow is not running' : "the workflow's state is behind the record");
  }
}

/**
 * The record says the engagement or grant is under way, but its workflow is not running or out of
 * step with the record: only ending access (withdrawal, revocation) goes on without it until an
 * operator repairs it (README, "Repairing a workflow").
 */
export class WorkflowNotRunningException extends DependencyException {
  constructor(
    readonly kind: 'engagement' | 'grant',
    readonly why: WorkflowGoneError['why'],
  ) {
    super(
      DependencyErrorCode.WorkflowNotRunning,
      `this ${kind}'s workflow is ${why === 'NOT_RUNNING' ? 'not running' : 'out of step with its record'}; withdrawal and revocation still take effect, other commands wait until an operator repairs it`,
    );
  }
}

/** The API stopped waiting for an Update (API_TEMPORAL_TIMEOUT_MS). */
class UpdateTimedOut extends Error {
  constructor() {
    super('the Update did not finish within the API timeout');
  }
}

export interface UpdateContext {
  /** The stage the read model shows, to explain a refusal that does not carry one. */
  readonly stage?: EngagementStage;
}

/**
 * Sends one Update (within the API's deadline) and turns what comes back into the API's errors:
 * a refusal keeps its domain code, an unreachable Temporal becomes 503, a timeout says to repeat.
 */
@Injectable()
export class UpdateSenderService {
  constructor(
    readonly client: Client,
    private readonly config: AppConfig,
    readonly metrics: MetricsService,
  ) {}

  /** How long the API waits on Temporal for one command (API_TEMPORAL_TIMEOUT_MS). */
  get timeoutMs(): number {
    return this.config.http.temporalTimeoutMs;
  }

  async send<T>(command: string, context: UpdateContext, run: () => Promise<T>): Promise<T> {
    const timeoutMs = this.timeoutMs;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The deadline bounds each call and the abort stops the client's retries; the caller hears back
    // when the timeout is up even if the client is still reconnecting to an unreachable Temporal.
    const work = this.client.withDeadline(Date.now() + timeoutMs, () => this.client.withAbortSignal(abort.signal, run));
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new UpdateTimedOut());
      }, timeoutMs);
    });
    work.catch(() => undefined);
    try {
      const result = await Promise.race([work, late]);
      this.metrics.commands.inc({ command, outcome: 'accepted' });
      return result;
    } catch (error) {
      const translated = this.translate(error, context);
      this.metrics.commands.inc({ command, outcome: translated instanceof DomainRuleError ? 'refused' : 'failed' });
      throw translated;
    } finally {
      clearTimeout(timer);
    }
  }

  private translate(error: unknown, context: UpdateContext): Error {
    if (error instanceof UpdateTimedOut) {
      return new DependencyException(
        DependencyErrorCode.CommandTimedOut,
        'the command did not finish in time; repeat it with the same Idempotency-Key to learn its outcome',
      );
    }
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      return new WorkflowAlreadyRanError();
    }
    if (error instanceof WorkflowUpdateFailedError) {
      return this.refusal(error.cause, context.stage);
    }
    if (error instanceof WorkflowNotFoundError) {
      return new WorkflowGoneError('NOT_RUNNING');
    }
    if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
      return new DependencyException(
        DependencyErrorCode.CommandTimedOut,
        'the command did not finish in time; repeat it with the same Idempotency-Key to learn its outcome',
      );
    }
    if (error instanceof ServiceError || isGrpcServiceError(error)) {
      return new DependencyException(DependencyErrorCode.TemporalUnavailable, 'the workflow service cannot be reached; try again shortly');
    }
    return error instanceof Error ? error : new Error(String(error));
  }

  /** Why a workflow refused an Update: a domain rule, or one of the workflow's own failure types. */
  private refusal(cause: unknown, stage: EngagementStage | undefined): Error {
    if (!(cause instanceof ApplicationFailure) || !cause.type) {
      return new Error(`an Update failed without an application failure: ${String(cause)}`);
    }
    const details = (cause.details?.[0] ?? {}) as { stage?: EngagementStage; findingStatus?: string; requestStatus?: string; activityFailure?: string };
    if (isDomainErrorCode(cause.type)) {
      return new DomainRuleError(cause.type, cause.message, {
        stage: details.stage ?? stage,
        ...(details.findingStatus === undefined ? {} : { findingStatus: details.findingStatus }),
        ...(details.requestStatus === undefined ? {} : { requestStatus: details.requestStatus }),
      });
    }
    if (!isWorkflowFailureType(cause.type)) {
      return new Error(`an Update failed with an unknown failure type ${cause.type}: ${cause.message}`);
    }
    switch (cause.type) {
      case WorkflowFailureType.NotSubmitted:
        return new ResourceException('engagement');
      case WorkflowFailureType.AlreadySubmitted:
        return new DomainRuleError(DomainErrorCode.IllegalTransition, 'this inquiry has already been submitted', { stage });
      case WorkflowFailureType.PersistenceUnavailable:
        return new DependencyException(DependencyErrorCode.DatabaseUnavailable, 'the change could not be recorded; nothing was changed, try again');
      case WorkflowFailureType.PersistenceRejected:
        // A receipt held by another command: the workflow replays a version the record already has.
        return details.activityFailure === ActivityFailureType.ReceiptConflict
          ? new WorkflowGoneError('OUT_OF_STEP')
          : new Error(`the database refused a change the API had accepted: ${cause.message}`);
      case WorkflowFailureType.Unsealed:
        return new Error(`a workflow found this API's command unsealed, so the payload keys differ: ${cause.message}`);
    }
  }
}
