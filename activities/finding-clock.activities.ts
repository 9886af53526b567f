import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { FindingActivities, FindingWorkflowInput, findingWorkflowStart } from '#contracts';
import { FindingRepository } from '#persistence';

import { ActivityTemporalClient } from './temporal-client';

/** The response that ends a finding's reminders: the developer says it is fixed. */
const FIXED = 'FIXED';

/** Findings' own clocks: started by the engagement workflow when a finding is recorded, asked whether the finding is still open. */
@Injectable()
export class FindingClockActivities implements FindingActivities {
  constructor(
    private readonly temporal: ActivityTemporalClient,
    private readonly findings: FindingRepository,
    private readonly config: AppConfig,
  ) {}

  async startFindingClock(input: Omit<FindingWorkflowInput, 'remindBeforeMs'>): Promise<void> {
    await this.temporal.client.workflow.start('findingWorkflow', findingWorkflowStart({ ...input, remindBeforeMs: this.config.findings.remindBeforeMs }));
  }

  async findingStillOpen({ findingId }: { readonly findingId: string }): Promise<boolean> {
    const status = await this.findings.responseStatus(findingId);
    return status !== undefined && status !== FIXED;
  }
}
