import { Injectable } from '@nestjs/common';
import { WithStartWorkflowOperation } from '@temporalio/client';

import { AppConfig } from '#config';
import { FindingCommandArgs, findingCommandUpdate, FindingRecordFacts, FindingResult, findingWorkflowInputOf, findingWorkflowStart } from '#contracts';
import { DomainErrorCode, DomainRuleError, EngagementStage, FindingStatus } from '#domain';
import type { findingWorkflow } from '#workflows';

import { UpdateSenderService, WorkflowAlreadyRanError, WorkflowGoneError } from './update-sender.service';

/**
 * Sends commands to findings' workflows (`finding-<id>`). Each starts the workflow from the record if it
 * is not running yet (Update-With-Start): a finding recorded with no due date, or before findings had a
 * lifecycle, gets its workflow with its first change.
 */
@Injectable()
export class FindingCommandsService {
  constructor(
    private readonly sender: UpdateSenderService,
    private readonly config: AppConfig,
  ) {}

  async send(finding: FindingRecordFacts, developerOrg: string, stage: EngagementStage, args: FindingCommandArgs, commandId: string): Promise<FindingResult> {
    const input = findingWorkflowInputOf(finding, developerOrg, this.config.findings.remindBeforeMs);
    const start = new WithStartWorkflowOperation<typeof findingWorkflow>('findingWorkflow', findingWorkflowStart(input));
    try {
      return await this.sender.send(findingCommandUpdate.name, { stage }, () =>
        this.sender.client.workflow.executeUpdateWithStart(findingCommandUpdate, { args: [args], updateId: commandId, startWorkflowOperation: start }),
      );
    } catch (error) {
      // A finding's workflow ends when the finding is closed, and is never started again.
      if (error instanceof WorkflowAlreadyRanError || (error instanceof WorkflowGoneError && error.why === 'NOT_RUNNING')) {
        throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the finding is CLOSED and takes no further changes', {
          stage,
          findingStatus: FindingStatus.Closed,
        });
      }
      throw error;
    }
  }
}
