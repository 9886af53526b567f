import { Injectable, Logger } from '@nestjs/common';
import { WithStartWorkflowOperation, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';

import {
  AcceptGrantArgs,
  acceptGrantUpdate,
  GrantResult,
  grantWorkflowId,
  GrantWorkflowInput,
  grantWorkflowStart,
  RevokeGrantArgs,
  revokeGrantUpdate,
} from '#contracts';
import { DomainErrorCode, DomainRuleError } from '#domain';
import type { grantWorkflow } from '#workflows';

import { UpdateSenderService, WorkflowGoneError, WorkflowNotRunningException } from './update-sender.service';

/**
 * Sends commands to grant workflows. Both start the workflow if the launcher has not reached it
 * yet (Update-With-Start), so a partner never waits on the bulk start of thousands of grants.
 */
@Injectable()
export class GrantCommandsService {
  private readonly logger = new Logger(GrantCommandsService.name);

  constructor(private readonly sender: UpdateSenderService) {}

  async accept(input: GrantWorkflowInput, args: AcceptGrantArgs, commandId: string): Promise<GrantResult> {
    try {
      return await this.sender.send(acceptGrantUpdate.name, {}, () =>
        this.sender.client.workflow.executeUpdateWithStart(acceptGrantUpdate, { args: [args], updateId: commandId, startWorkflowOperation: this.start(input) }),
      );
    } catch (error) {
      if (error instanceof WorkflowGoneError && error.why === 'NOT_RUNNING') {
        throw new DomainRuleError(DomainErrorCode.GrantNotUsable, 'the grant has ended');
      }
      throw this.gone(input.grantId, error);
    }
  }

  /**
   * Revokes through the grant's workflow; one the launcher has not reached yet is started with it. A
   * workflow that ran and is gone while the record still holds the grant open is
   * WorkflowNotRunningException, and the caller revokes in the record itself.
   */
  async revoke(input: GrantWorkflowInput, args: RevokeGrantArgs, commandId: string): Promise<GrantResult> {
    const handle = this.sender.client.workflow.getHandle(grantWorkflowId(input.grantId));
    try {
      return await this.sender.send(revokeGrantUpdate.name, {}, () => handle.executeUpdate(revokeGrantUpdate, { args: [args], updateId: commandId }));
    } catch (error) {
      if (!(error instanceof WorkflowGoneError && error.why === 'NOT_RUNNING' && !(await this.hasRun(handle)))) {
        throw this.gone(input.grantId, error);
      }
    }
    return this.sender.send(revokeGrantUpdate.name, {}, () =>
      this.sender.client.workflow.executeUpdateWithStart(revokeGrantUpdate, { args: [args], updateId: commandId, startWorkflowOperation: this.start(input) }),
    );
  }

  private start(input: GrantWorkflowInput) {
    return new WithStartWorkflowOperation<typeof grantWorkflow>('grantWorkflow', { ...grantWorkflowStart(input.grantId), args: [input] });
  }

  /** Whether a workflow with this id was ever started (it may have ended since). */
  private async hasRun(handle: WorkflowHandle): Promise<boolean> {
    try {
      await this.sender.client.withDeadline(Date.now() + this.sender.timeoutMs, () => handle.describe());
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        return false;
      }
      throw error;
    }
  }

  /** A grant the API only sends commands to while it is open: a workflow gone from under it is logged and counted. */
  private gone(grantId: string, error: unknown): unknown {
    if (!(error instanceof WorkflowGoneError)) {
      return error;
    }
    this.sender.metrics.workflowsNotRunning.inc({ kind: 'grant' });
    this.logger.error(`grant ${grantId} is open in the record but its workflow ${grantWorkflowId(grantId)} is ${error.why}`);
    return new WorkflowNotRunningException('grant', error.why);
  }
}
