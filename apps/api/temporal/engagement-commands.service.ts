import { Injectable } from '@nestjs/common';
import {
  Client,
  isGrpcServiceError,
  ServiceError,
  WithStartWorkflowOperation,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, UpdateDefinition, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { AppConfig } from '../../../libs/config';
import {
  CommandResult,
  engagementWorkflowId,
  EngagementWorkflowInput,
  SubmitArgs,
  submitUpdate,
  isWorkflowFailureType,
  TASK_QUEUE,
  WorkflowFailureType,
} from '../../../libs/contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage, isDomainErrorCode } from '../../../libs/domain';
import type { engagementWorkflow } from '../../../workflows';
import { DependencyErrorCode, DependencyException, ResourceException } from '../common/api-errors';
import { MetricsService } from '../modules/metrics/metrics.service';

/** A repeated submission whose engagement already exists and has ended: answer with what exists. */
export class EngagementExistsError extends Error {
  constructor() {
    super('the engagement for this submission already exists');
  }
}

/**
 * Sends commands to engagement workflows as Updates and turns what comes back into the API's
 * errors: a refusal keeps its domain code, an unreachable Temporal becomes 503.
 */
@Injectable()
export class EngagementCommands {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  /** Starts the engagement's workflow and submits the inquiry in one call (Update-With-Start). */
  submit(engagementId: string, args: SubmitArgs, commandId: string): Promise<CommandResult> {
    const input: EngagementWorkflowInput = {
      engagementId,
      clock: {
        determinationTargetMs: this.config.determination.targetMs,
        determinationRemindBeforeMs: this.config.determination.remindBeforeMs,
        windowRemindBeforeMs: this.config.window.remindBeforeMs,
      },
    };
    const start = new WithStartWorkflowOperation<typeof engagementWorkflow>('engagementWorkflow', {
      workflowId: engagementWorkflowId(engagementId),
      taskQueue: TASK_QUEUE,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A repeat while the workflow runs joins it (and Temporal de-duplicates the Update); once it has
      // ended, its id is never reused for a new one.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    return this.call(submitUpdate.name, EngagementStage.InquirySubmitted, () =>
      this.client.workflow.executeUpdateWithStart(submitUpdate, { args: [args], updateId: commandId, startWorkflowOperation: start }),
    );
  }

  /**
   * Sends one command. `stage` is the stage the read model shows, used to explain a refusal when the
   * workflow has already ended.
   */
  send<A>(engagementId: string, update: UpdateDefinition<CommandResult, [A]>, args: A, commandId: string, stage: EngagementStage): Promise<CommandResult> {
    const handle = this.client.workflow.getHandle(engagementWorkflowId(engagementId));
    return this.call(update.name, stage, () => handle.executeUpdate(update, { args: [args], updateId: commandId }));
  }

  private async call(command: string, stage: EngagementStage, run: () => Promise<CommandResult>): Promise<CommandResult> {
    const deadline = Date.now() + this.config.http.temporalTimeoutMs;
    try {
      const result = await this.client.withDeadline(deadline, run);
      this.metrics.commands.inc({ command, outcome: 'accepted' });
      return result;
    } catch (error) {
      const translated = this.translate(error, stage);
      this.metrics.commands.inc({ command, outcome: translated instanceof DomainRuleError ? 'refused' : 'failed' });
      throw translated;
    }
  }

  private translate(error: unknown, stage: EngagementStage): Error {
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      return new EngagementExistsError();
    }
    if (error instanceof WorkflowUpdateFailedError) {
      return this.refusal(error.cause, stage);
    }
    if (error instanceof WorkflowNotFoundError) {
      // The workflow has ended: the engagement is in a terminal stage and accepts nothing more.
      return new DomainRuleError(DomainErrorCode.IllegalTransition, `the engagement is ${stage} and accepts no further commands`, { stage });
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

  /** Why the workflow refused an Update: a domain rule, or one of the workflow's own failure types. */
  private refusal(cause: unknown, stage: EngagementStage): Error {
    if (!(cause instanceof ApplicationFailure) || !cause.type) {
      return new Error(`an Update failed without an application failure: ${String(cause)}`);
    }
    const details = (cause.details?.[0] ?? {}) as { stage?: EngagementStage };
    if (isDomainErrorCode(cause.type)) {
      return new DomainRuleError(cause.type, cause.message, { stage: details.stage ?? stage });
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
        return new Error(`the database refused a change the API had accepted: ${cause.message}`);
    }
  }
}
