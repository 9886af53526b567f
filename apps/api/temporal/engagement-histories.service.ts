import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';

import { forgetEngagementWorkflowStart } from '#contracts';

/** Removing a disposed engagement's workflow histories from Temporal, by a workflow that retries until it is done. */
@Injectable()
export class EngagementHistoriesService {
  private readonly logger = new Logger('Disposal');

  constructor(private readonly client: Client) {}

  /**
   * Starts the clean-up. The disposal is made already (the key is gone), so a Temporal that cannot be
   * reached does not undo it: the retention schedule's next sweep deletes the histories instead.
   */
  async forget(engagementId: string): Promise<void> {
    try {
      await this.client.workflow.start('forgetEngagementWorkflow', forgetEngagementWorkflowStart(engagementId));
    } catch (error) {
      this.logger.warn(`the workflow histories of disposed engagement ${engagementId} are left to the next retention sweep: ${String(error)}`);
    }
  }
}
