import { defineUpdate } from '@temporalio/workflow';

import type { Actor, InquiryRequestEvent, InquiryRequestState, InquiryRequestStatus } from '#domain';

import type { SubmissionDetails } from './engagement-activities';
import { TASK_QUEUE } from './task-queues';

export function inquiryRequestWorkflowId(requestId: string): string {
  return `request-${requestId}`;
}

/** What the program administrator asks: confidential text, sealed in the record and in Temporal's history. */
export interface InquiryRequestContent {
  readonly modelName: string;
  readonly note: string;
}

/** A request's workflow: its clock (the deadline) and the developer's answer. */
export interface InquiryRequestWorkflowInput {
  readonly requestId: string;
}

/** The inquiry a developer submits in accepting: everything an inquiry holds, but the model the request names. */
export type AcceptedSubmission = Omit<SubmissionDetails, 'modelName'>;

export type InquiryRequestCommandArgs =
  | {
      readonly type: 'OPEN';
      readonly actor: Actor;
      readonly developerOrg: string;
      /** Epoch ms. */
      readonly respondBy: number;
      readonly content: InquiryRequestContent;
    }
  | { readonly type: 'ACCEPT'; readonly actor: Actor; readonly engagementId: string; readonly submission: AcceptedSubmission }
  | { readonly type: 'DECLINE'; readonly actor: Actor };

export interface InquiryRequestResult {
  readonly requestId: string;
  readonly status: InquiryRequestStatus;
  readonly engagementId: string | null;
}

export const inquiryRequestUpdate = defineUpdate<InquiryRequestResult, [InquiryRequestCommandArgs]>('inquiryRequest');

/** One request per workflow, started by its opening (Update-With-Start) and never reused. */
export function inquiryRequestWorkflowStart(requestId: string) {
  return {
    workflowId: inquiryRequestWorkflowId(requestId),
    taskQueue: TASK_QUEUE,
    args: [{ requestId }] as [InquiryRequestWorkflowInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  } as const;
}

export interface RecordInquiryRequestInput {
  /** The request once the change is applied. */
  readonly state: InquiryRequestState;
  /** Absent for the opening, which `content` and `requestedBy` describe. */
  readonly event?: InquiryRequestEvent;
  readonly opening?: { readonly requestedBy: string; readonly content: InquiryRequestContent };
  readonly actorRoles: readonly string[];
  readonly commandId: string;
}

export interface StartRequestedInquiryInput {
  readonly engagementId: string;
  readonly actor: Actor;
  readonly details: SubmissionDetails;
  /** The Update id the inquiry is submitted under: a retry joins the same submission. */
  readonly commandId: string;
}

export interface InquiryRequestActivities {
  /** Writes the request's opening or one change to the record with its audit event, once however often it is retried. */
  recordInquiryRequest(input: RecordInquiryRequestInput): Promise<void>;
  /** Submits the inquiry an accepted request becomes, as the developer who accepted (Update-With-Start on the engagement's workflow). */
  startRequestedInquiry(input: StartRequestedInquiryInput): Promise<void>;
}
