import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation } from '@temporalio/client';

import { InquiryRequestCommandArgs, InquiryRequestResult, inquiryRequestUpdate, inquiryRequestWorkflowId, inquiryRequestWorkflowStart } from '#contracts';
import { DomainErrorCode, DomainRuleError, InquiryRequestStatus } from '#domain';
import type { inquiryRequestWorkflow } from '#workflows';

import { UpdateSenderService, WorkflowAlreadyRanError, WorkflowGoneError } from './update-sender.service';

/**
 * Sends commands to government requests' workflows (`request-<id>`): the opening starts one
 * (Update-With-Start), and the developer's answer goes to it while it is OPEN.
 */
@Injectable()
export class InquiryRequestCommandsService {
  constructor(private readonly sender: UpdateSenderService) {}

  open(requestId: string, args: Extract<InquiryRequestCommandArgs, { type: 'OPEN' }>, commandId: string): Promise<InquiryRequestResult> {
    const start = new WithStartWorkflowOperation<typeof inquiryRequestWorkflow>('inquiryRequestWorkflow', inquiryRequestWorkflowStart(requestId));
    return this.sender.send(inquiryRequestUpdate.name, {}, () =>
      this.sender.client.workflow.executeUpdateWithStart(inquiryRequestUpdate, { args: [args], updateId: commandId, startWorkflowOperation: start }),
    );
  }

  /** The developer's answer; a request that is no longer OPEN (its workflow has ended) refuses it by its status. */
  async answer(requestId: string, status: InquiryRequestStatus, args: InquiryRequestCommandArgs, commandId: string): Promise<InquiryRequestResult> {
    const handle = this.sender.client.workflow.getHandle(inquiryRequestWorkflowId(requestId));
    try {
      return await this.sender.send(inquiryRequestUpdate.name, {}, () => handle.executeUpdate(inquiryRequestUpdate, { args: [args], updateId: commandId }));
    } catch (error) {
      if (error instanceof WorkflowAlreadyRanError || error instanceof WorkflowGoneError) {
        throw new DomainRuleError(
          DomainErrorCode.IllegalTransition,
          `the request is ${status === InquiryRequestStatus.Open ? 'closing' : status} and takes no further answer`,
          {
            requestStatus: status,
          },
        );
      }
      throw error;
    }
  }
}
