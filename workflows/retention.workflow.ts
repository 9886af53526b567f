import { proxyActivities } from '@temporalio/workflow';

import type { ForgetEngagementInput, RetentionActivities } from '#contracts';

import { untilDone } from './activity-options';

const activities = proxyActivities<RetentionActivities>({ ...untilDone(), startToCloseTimeout: '5 minutes' });

/**
 * One run of the retention schedule (Temporal Schedule `retention-sweep`): every engagement whose content
 * the schedule keeps no longer is disposed of, then its workflow histories are deleted. Retried until the
 * database and Temporal answer; a disposal already made is not made again.
 */
export async function retentionSweepWorkflow(): Promise<{ disposed: number }> {
  const disposed = await activities.disposeDue();
  for (const engagementId of disposed) {
    await activities.forgetEngagementHistories({ engagementId });
  }
  return { disposed: disposed.length };
}

/** After a disposal the developer asked for: the engagement's workflow histories are deleted. */
export async function forgetEngagementWorkflow(input: ForgetEngagementInput): Promise<void> {
  await activities.forgetEngagementHistories(input);
}
