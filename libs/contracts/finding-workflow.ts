import { defineUpdate } from '@temporalio/workflow';

import type { FindingCommand, FindingEvent, FindingState, FindingStatus, TlpLabel, ValidationOutcome } from '#domain';

import { TASK_QUEUE } from './task-queues';

export function findingWorkflowId(findingId: string): string {
  return `finding-${findingId}`;
}

/** What a finding's clock needs: whose finding, when its remediation is due, and how long before to remind. */
export interface FindingWorkflowInput {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly findingId: string;
  /** Epoch ms the remediation is due (BOD 26-04, from the tier); 0 for fix-on-upgrade, whose `state` says null. */
  readonly dueAt: number;
  /** FINDING_REMINDERS: a reminder this long before the due date, for each. */
  readonly remindBeforeMs: readonly number[];
  /** The finding as the record holds it when its workflow starts (absent only in runs begun before findings had a lifecycle). */
  readonly state?: FindingState;
}

/** A finding's record, as much of it as its workflow's input needs. */
export interface FindingRecordFacts {
  readonly id: string;
  readonly engagementId: string;
  readonly status: FindingStatus;
  readonly inKev: boolean;
  readonly publiclyExposed: boolean;
  readonly automatable: boolean;
  readonly technicalImpact: FindingState['inputs']['technicalImpact'];
  readonly tier: FindingState['tier'];
  readonly recordedAt: Date;
  readonly remediationDueAt: Date | null;
  readonly overdueSince: Date | null;
  readonly version: number;
  readonly sharedAt: Date | null;
  readonly tlp: TlpLabel | null;
  readonly validationOutcome: ValidationOutcome | null;
}

/** The input a finding's workflow starts from, built from its record, whoever starts it (the engagement's clock or a first command). */
export function findingWorkflowInputOf(finding: FindingRecordFacts, developerOrg: string, remindBeforeMs: readonly number[]): FindingWorkflowInput {
  const dueAt = finding.remediationDueAt?.getTime() ?? null;
  return {
    engagementId: finding.engagementId,
    developerOrg,
    findingId: finding.id,
    dueAt: dueAt ?? 0,
    remindBeforeMs,
    state: {
      findingId: finding.id,
      engagementId: finding.engagementId,
      developerOrg,
      status: finding.status,
      inputs: { inKev: finding.inKev, publiclyExposed: finding.publiclyExposed, automatable: finding.automatable, technicalImpact: finding.technicalImpact },
      tier: finding.tier,
      recordedAt: finding.recordedAt.getTime(),
      dueAt,
      ...(finding.overdueSince ? { overdueSince: finding.overdueSince.getTime() } : {}),
      ...(finding.sharedAt ? { sharedAt: finding.sharedAt.getTime() } : {}),
      ...(finding.tlp ? { tlp: finding.tlp } : {}),
      ...(finding.validationOutcome ? { validation: finding.validationOutcome } : {}),
      version: finding.version,
    },
  };
}

/** Confidential text that comes with a change: a note (sealed in the finding's history), or a reviewer's corrected text. */
export interface FindingChangeContent {
  readonly note?: string;
  readonly title?: string;
  readonly description?: string;
  readonly cweIds?: readonly string[];
}

/** One command to a finding's workflow: the decision (its actor inside) and the text that goes with it. */
export interface FindingCommandArgs {
  readonly command: FindingCommand;
  readonly content: FindingChangeContent;
}

export interface FindingResult {
  readonly findingId: string;
  readonly status: FindingStatus;
  readonly version: number;
}

export const findingCommandUpdate = defineUpdate<FindingResult, [FindingCommandArgs]>('findingCommand');

/** One change, written to the record with its history entry and its audit event in one transaction. */
export interface RecordFindingEventInput {
  /** The finding once the event is applied. */
  readonly state: FindingState;
  readonly event: FindingEvent;
  readonly content: FindingChangeContent;
  readonly actorRoles: readonly string[];
  readonly commandId: string;
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
  /** Writes one change of a finding's life to the record, once however often it is retried. */
  recordFindingEvent(input: RecordFindingEventInput): Promise<void>;
}
