import { TASK_QUEUE } from './task-queues';

/** The Temporal Schedule that applies the retention schedule, and the workflow id each of its runs takes. */
export const RETENTION_SCHEDULE_ID = 'retention-sweep';

/** The workflow each run of that schedule starts: it takes no input, and needs none. */
export const RETENTION_SWEEP_WORKFLOW = 'retentionSweepWorkflow';

export function forgetEngagementWorkflowId(engagementId: string): string {
  return `forget-${engagementId}`;
}

export interface ForgetEngagementInput {
  readonly engagementId: string;
}

/** Disposal's own activities: the schedule's sweep, and removing a disposed engagement's workflow histories. */
export interface RetentionActivities {
  /**
   * Disposes of every engagement whose content the retention schedule keeps no longer; returns their ids,
   * with those of earlier disposals whose workflow histories are still to be deleted.
   */
  disposeDue(): Promise<string[]>;
  /**
   * Deletes a disposed engagement's workflow executions (the engagement's, its findings' and grants') from
   * Temporal, so that no command it ever carried outlives the disposal there; one already gone is skipped.
   */
  forgetEngagementHistories(input: ForgetEngagementInput): Promise<number>;
}

/** Started when a developer's request has disposed of an engagement: its histories go, with retries in Temporal. */
export function forgetEngagementWorkflowStart(engagementId: string) {
  return {
    workflowId: forgetEngagementWorkflowId(engagementId),
    taskQueue: TASK_QUEUE,
    args: [{ engagementId }] as [ForgetEngagementInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
  } as const;
}
