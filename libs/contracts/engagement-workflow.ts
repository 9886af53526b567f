import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor, DesignationOutcome, EngagementStage, EngagementState } from '../domain';
import type { SubmissionDetails } from './engagement-activities';

export interface EngagementWorkflowInput {
  readonly engagementId: string;
  readonly clock: {
    readonly determinationTargetMs: number;
    readonly determinationRemindBeforeMs: readonly number[];
  };
  /** Carried across continue-as-new. */
  readonly state?: EngagementState;
  /** Clock points at or before this instant have already been acted on (carried across continue-as-new). */
  readonly clockDoneUntil?: number;
  /** Continue as new once the history holds this many events (default 10,000). */
  readonly historyLimit?: number;
}

/** What every accepted command answers: enough for the API to read the projection it just wrote. */
export interface CommandResult {
  readonly engagementId: string;
  readonly stage: EngagementStage;
  readonly version: number;
}

export interface SubmitArgs extends SubmissionDetails {
  readonly actor: Actor;
}
export interface AssignReviewersArgs {
  readonly actor: Actor;
  readonly reviewerIds: readonly string[];
}
export interface AttestArgs {
  readonly actor: Actor;
  readonly statement?: string;
}
export interface RecordBenchmarkArgs {
  readonly actor: Actor;
  readonly benchmarkId: string;
  readonly reference: string;
  readonly digest: string;
  readonly summary: string;
}
export interface RecommendArgs {
  readonly actor: Actor;
  readonly outcome: DesignationOutcome;
  readonly rationale: string;
}
export type DetermineArgs = RecommendArgs;
export interface WithdrawArgs {
  readonly actor: Actor;
  readonly reason?: string;
}

export const submitUpdate = defineUpdate<CommandResult, [SubmitArgs]>('submit');
export const assignReviewersUpdate = defineUpdate<CommandResult, [AssignReviewersArgs]>('assignReviewers');
export const attestUpdate = defineUpdate<CommandResult, [AttestArgs]>('attest');
export const recordBenchmarkUpdate = defineUpdate<CommandResult, [RecordBenchmarkArgs]>('recordBenchmark');
export const recommendUpdate = defineUpdate<CommandResult, [RecommendArgs]>('recommend');
export const determineUpdate = defineUpdate<CommandResult, [DetermineArgs]>('determine');
export const withdrawUpdate = defineUpdate<CommandResult, [WithdrawArgs]>('withdraw');

/** For tests and operators; the API never reads through Temporal. */
export const engagementStateQuery = defineQuery<EngagementState | null>('state');

/** Failure types a workflow raises that are not domain rules. */
export enum WorkflowFailureType {
  NotSubmitted = 'NOT_SUBMITTED',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  PersistenceUnavailable = 'PERSISTENCE_UNAVAILABLE',
}
