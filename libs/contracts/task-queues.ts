/** The one task queue the worker polls; workflows and activities share it. */
export const TASK_QUEUE = 'frontier-access';

export function engagementWorkflowId(engagementId: string): string {
  return `engagement-${engagementId}`;
}
