import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation } from '@temporalio/client';

import { AcceptGrantArgs, acceptGrantUpdate, GrantResult, GrantWorkflowInput, grantWorkflowStart, RevokeGrantArgs, revokeGrantUpdate } from '#contracts';
import { DomainErrorCode, DomainRuleError } from '#domain';
import type { grantWorkflow } from '#workflows';

import { UpdateSenderService } from './update-sender.service';

const ended = () => new DomainRuleError(DomainErrorCode.GrantNotUsable, 'the grant has ended');

/**
 * Sends commands to grant workflows. Both start the workflow if the launcher has not reached it
 * yet (Update-With-Start), so a partner never waits on the bulk start of thousands of grants.
 */
@Injectable()
export class GrantCommandsService {
  constructor(private readonly sender: UpdateSenderService) {}

  accept(input: GrantWorkflowInput, args: AcceptGrantArgs, commandId: string): Promise<GrantResult> {
    return this.sender.send(acceptGrantUpdate.name, { ended }, () =>
      this.sender.client.workflow.executeUpdateWithStart(acceptGrantUpdate, { args: [args], updateId: commandId, startWorkflowOperation: this.start(input) }),
    );
  }

  revoke(input: GrantWorkflowInput, args: RevokeGrantArgs, commandId: string): Promise<GrantResult> {
    return this.sender.send(revokeGrantUpdate.name, { ended }, () =>
      this.sender.client.workflow.executeUpdateWithStart(revokeGrantUpdate, { args: [args], updateId: commandId, startWorkflowOperation: this.start(input) }),
    );
  }

  private start(input: GrantWorkflowInput) {
    return new WithStartWorkflowOperation<typeof grantWorkflow>('grantWorkflow', { ...grantWorkflowStart(input.grantId), args: [input] });
  }
}
