import { TASK_QUEUE } from './task-queues';

export function findingWorkflowId(findingId: string): string {
  return `finding-${findingId}`;
}

/** What a finding's clock needs: whose finding, when its remediation is due, and how long before to remind. */
export interface FindingWorkflowInput {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly findingId: string;
  /** Epoch ms the remediation is due (BOD 26-04, from the tier). */
  readonly dueAt: number;
  /** FINDING_REMINDERS: a reminder this long before the due date, for each. */
  readonly remindBeforeMs: readonly number[];
}

/** One clock per finding, started once (a second start joins it), living as long as the finding is open, however long the engagement lasts. */
export function findingWorkflowStart(input: FindingWorkflowInput) {
  return {
    workflowId: findingWorkflowId(input.findingId),
    taskQueue: TASK_QUEUE,
    args: [input] as [FindingWorkflowInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
  } as const;
}

export interface FindingActivities {
  /** Starts the finding's clock (from the engagement workflow, once the finding is recorded). */
  startFindingClock(input: Omit<FindingWorkflowInput, 'remindBeforeMs'>): Promise<void>;
  /** Whether the finding still wants remediation: not yet answered FIXED by the developer. */
  findingStillOpen(input: { readonly findingId: string }): Promise<boolean>;
}
