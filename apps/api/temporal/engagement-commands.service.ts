import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { UpdateDefinition } from '@temporalio/common';
import { AppConfig } from '#config';
import { CommandResult, engagementWorkflowId, EngagementWorkflowInput, SubmitArgs, submitUpdate, TASK_QUEUE } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage } from '#domain';
import type { engagementWorkflow } from '#workflows';
import { UpdateSender } from './update-sender.service';

/** Sends commands to engagement workflows as Updates. */
@Injectable()
export class EngagementCommands {
  constructor(
    private readonly sender: UpdateSender,
    private readonly config: AppConfig,
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
    return this.sender.send(submitUpdate.name, { stage: EngagementStage.InquirySubmitted, ended: () => new Error('unreachable') }, () =>
      this.sender.client.workflow.executeUpdateWithStart(submitUpdate, { args: [args], updateId: commandId, startWorkflowOperation: start }),
    );
  }

  /**
   * Sends one command. `stage` is the stage the read model shows, used to explain a refusal when the
   * workflow has already ended.
   */
  send<A>(engagementId: string, update: UpdateDefinition<CommandResult, [A]>, args: A, commandId: string, stage: EngagementStage): Promise<CommandResult> {
    const handle = this.sender.client.workflow.getHandle(engagementWorkflowId(engagementId));
    return this.sender.send(
      update.name,
      {
        stage,
        // The workflow has ended: the engagement is in a terminal stage and accepts nothing more.
        ended: () => new DomainRuleError(DomainErrorCode.IllegalTransition, `the engagement is ${stage} and accepts no further commands`, { stage }),
      },
      () => handle.executeUpdate(update, { args: [args], updateId: commandId }),
    );
  }
}
