import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation } from '@temporalio/client';

import { AppConfig } from '#config';
import { CommandResult, EngagementCommandUpdate, engagementWorkflowId, EngagementWorkflowInput, SubmitArgs, submitUpdate, TASK_QUEUE } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage } from '#domain';
import type { engagementWorkflow } from '#workflows';

import { EngagementAccessService } from '../auth/engagement-access.service';
import type { CommandContext } from '../common/command-context.decorator';
import { UpdateSenderService } from './update-sender.service';

/**
 * The one way a command reaches an engagement: as an Update to its workflow, on behalf of a caller who
 * may see the engagement (else 404).
 */
@Injectable()
export class EngagementCommandsService {
  constructor(
    private readonly sender: UpdateSenderService,
    private readonly access: EngagementAccessService,
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
   * Sends one command as the caller: checks they may see the engagement (else 404), then sends the
   * Update under the command's id. The stage the read model shows explains a refusal when the workflow
   * has already ended.
   */
  async sendAs<A>(ctx: CommandContext, engagementId: string, update: EngagementCommandUpdate<A>, args: A): Promise<CommandResult> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    const stage = roster.engagement.stage;
    const handle = this.sender.client.workflow.getHandle(engagementWorkflowId(engagementId));
    return this.sender.send(
      update.name,
      {
        stage,
        // The workflow has ended: the engagement is in a terminal stage and accepts nothing more.
        ended: () => new DomainRuleError(DomainErrorCode.IllegalTransition, `the engagement is ${stage} and accepts no further commands`, { stage }),
      },
      () => handle.executeUpdate(update, { args: [args], updateId: ctx.commandId }),
    );
  }
}
