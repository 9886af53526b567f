import { Injectable } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';

import { AppConfig } from '#config';
import { RETENTION_SCHEDULE_ID, RETENTION_SWEEP_WORKFLOW, TASK_QUEUE } from '#contracts';

import { ActivityTemporalClient } from './temporal-client';

/**
 * Keeps the Temporal Schedule that applies the retention schedule: a sweep every RETENTION_SWEEP_INTERVAL,
 * never two at once. Every worker calls it as it starts; the first creates it, the rest bring its
 * interval in line with their configuration.
 */
@Injectable()
export class RetentionScheduleKeeper {
  constructor(
    private readonly temporal: ActivityTemporalClient,
    private readonly config: AppConfig,
  ) {}

  async ensure(): Promise<void> {
    const spec = { intervals: [{ every: this.config.retention.sweepEveryMs }] };
    const action = {
      type: 'startWorkflow',
      workflowType: RETENTION_SWEEP_WORKFLOW,
      taskQueue: TASK_QUEUE,
      workflowId: RETENTION_SCHEDULE_ID,
      args: [],
    } as const;
    try {
      await this.temporal.client.schedule.create({
        scheduleId: RETENTION_SCHEDULE_ID,
        spec,
        action,
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) {
        throw error;
      }
      await this.temporal.client.schedule.getHandle(RETENTION_SCHEDULE_ID).update((previous) => ({ ...previous, spec, action }));
    }
  }
}
