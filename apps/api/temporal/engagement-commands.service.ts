import { Injectable, Logger } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowNotFoundError } from '@temporalio/client';

import { AppConfig } from '#config';
import { CommandResult, EngagementCommandUpdate, engagementWorkflowId, engagementWorkflowStart, SubmitArgs, submitUpdate } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage, isTerminal } from '#domain';
import { EngagementRepository } from '#persistence';
import type { engagementWorkflow } from '#workflows';

import { EngagementAccessService } from '../auth/engagement-access.service';
import type { CommandContext } from '../common/command-context.decorator';
import { UpdateSenderService, WorkflowGoneError, WorkflowNotRunningException } from './update-sender.service';

/**
 * The one way a command reaches an engagement: as an Update to its workflow, on behalf of a caller who
 * may see the engagement (else 404).
 */
@Injectable()
export class EngagementCommandsService {
  private readonly logger = new Logger(EngagementCommandsService.name);

  constructor(
    private readonly sender: UpdateSenderService,
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly config: AppConfig,
  ) {}

  /** Starts the engagement's workflow and submits the inquiry in one call (Update-With-Start). */
  submit(engagementId: string, args: SubmitArgs, commandId: string): Promise<CommandResult> {
    const start = new WithStartWorkflowOperation<typeof engagementWorkflow>('engagementWorkflow', engagementWorkflowStart(engagementId, this.config));
    return this.sender.send(submitUpdate.name, { stage: EngagementStage.InquirySubmitted }, () =>
      this.sender.client.workflow.executeUpdateWithStart(submitUpdate, { args: [args], updateId: commandId, startWorkflowOperation: start }),
    );
  }

  /**
   * Sends one command as the caller: checks they may see the engagement (else 404), then sends the
   * Update under the command's id. A workflow that is not there to take it has either ended with the
   * engagement (a refusal naming its stage) or was stopped from outside while the record says the
   * engagement is under way (WorkflowNotRunningException: logged, counted, 503).
   */
  async sendAs<A>(ctx: CommandContext, engagementId: string, update: EngagementCommandUpdate<A>, args: A): Promise<CommandResult> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    const handle = this.sender.client.workflow.getHandle(engagementWorkflowId(engagementId));
    try {
      return await this.sender.send(update.name, { stage: roster.engagement.stage }, () =>
        handle.executeUpdate(update, { args: [args], updateId: ctx.commandId }),
      );
    } catch (error) {
      if (!(error instanceof WorkflowGoneError)) {
        throw error;
      }
      // Read again: the workflow may have ended the engagement since the record was first read.
      const stage = (await this.engagements.findRoster(engagementId))?.engagement.stage ?? roster.engagement.stage;
      if (error.why === 'NOT_RUNNING' && isTerminal(stage)) {
        throw new DomainRuleError(DomainErrorCode.IllegalTransition, `the engagement is ${stage} and accepts no further commands`, { stage });
      }
      this.sender.metrics.workflowsNotRunning.inc({ kind: 'engagement' });
      this.logger.error(
        `engagement ${engagementId} is ${stage} in the record but its workflow ${handle.workflowId} is ${error.why}; ${update.name} cannot reach it`,
      );
      throw new WorkflowNotRunningException('engagement', error.why);
    }
  }

  /**
   * Stops a workflow left running out of step with a record that has ended (withdrawn without it), so
   * it sends no reminder and takes no command for an engagement that is over.
   */
  async stopOutOfStep(engagementId: string): Promise<void> {
    const handle = this.sender.client.workflow.getHandle(engagementWorkflowId(engagementId));
    try {
      await this.sender.client.withDeadline(Date.now() + this.sender.timeoutMs, () =>
        handle.terminate('the engagement ended on its record while this workflow was out of step with it'),
      );
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) {
        this.logger.error(`could not stop the out-of-step workflow ${handle.workflowId}: ${String(error)}`);
      }
    }
  }
}
