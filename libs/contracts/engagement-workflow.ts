import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

import type { Actor, DesignationOutcome, EngagementStage, EngagementState, FindingResponseStatus } from '#domain';

import type { FindingContent, SubmissionDetails } from './engagement-activities';
import { engagementWorkflowId, TASK_QUEUE } from './task-queues';

export interface EngagementWorkflowInput {
  readonly engagementId: string;
  readonly clock: {
    readonly determinationTargetMs: number;
    readonly determinationRemindBeforeMs: readonly number[];
    /** Reminders before the pre-release window closes (absent in workflows started before windows existed). */
    readonly windowRemindBeforeMs?: readonly number[];
    /** Reminders before a nomination's answer deadline, to the side that answers (absent in older workflows). */
    readonly nominationRemindBeforeMs?: readonly number[];
    /** Reminders before approved partners' acceptance deadline, to the partners yet to accept (absent in older workflows). */
    readonly acceptanceRemindBeforeMs?: readonly number[];
    /** FINDINGS_GRACE: findings are recorded this long after the window ends (absent in older workflows: the default). */
    readonly findingsGraceMs?: number;
  };
  /** Carried across continue-as-new. */
  readonly state?: EngagementState;
  /** Determination clock points at or before this instant have been acted on (carried across continue-as-new). */
  readonly clockDoneUntil?: number;
  /** The same for the window clock. */
  readonly windowClockDoneUntil?: number;
  /** The same for the reminders before nomination and acceptance deadlines. */
  readonly partnerReminderDoneUntil?: number;
  /** Whether the end of the window has been announced (carried across continue-as-new). */
  readonly windowClosedNotified?: boolean;
  /**
   * The answers to the most recent commands, by command id, carried across continue-as-new so that
   * a command repeated after it (which Temporal no longer recognises) is answered, not done again.
   */
  readonly recentCommands?: readonly (readonly [string, CommandResult])[];
  /** Continue as new once the history holds this many events (default 500; 10,000 in runs begun before lean command histories). */
  readonly historyLimit?: number;
}

/** What every accepted command answers: enough for the API to read the projection it just wrote. */
export interface CommandResult {
  readonly engagementId: string;
  readonly stage: EngagementStage;
  readonly version: number;
}

/** An engagement command: an Update whose arguments name the actor, answered with a {@link CommandResult}. */
export type EngagementCommandUpdate<A> = UpdateDefinition<CommandResult, [A]>;

export interface SubmitArgs extends SubmissionDetails {
  readonly actor: Actor;
}
export interface AssignReviewersArgs {
  readonly actor: Actor;
  readonly reviewerIds: readonly string[];
}
export interface UnassignReviewerArgs {
  readonly actor: Actor;
  readonly reviewerSub: string;
}
export interface RecuseArgs {
  readonly actor: Actor;
  /** Why: confidential, kept sealed in the read model, never in the audit trail. */
  readonly reason: string;
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
export const unassignReviewerUpdate = defineUpdate<CommandResult, [UnassignReviewerArgs]>('unassignReviewer');
export const recuseUpdate = defineUpdate<CommandResult, [RecuseArgs]>('recuse');
export const attestUpdate = defineUpdate<CommandResult, [AttestArgs]>('attest');
export const recordBenchmarkUpdate = defineUpdate<CommandResult, [RecordBenchmarkArgs]>('recordBenchmark');
export const recommendUpdate = defineUpdate<CommandResult, [RecommendArgs]>('recommend');
export const determineUpdate = defineUpdate<CommandResult, [DetermineArgs]>('determine');
export const withdrawUpdate = defineUpdate<CommandResult, [WithdrawArgs]>('withdraw');

export interface OpenWindowArgs {
  readonly actor: Actor;
  readonly days: number;
  /** The length of those days (DAY_LENGTH); 24 hours when absent. */
  readonly dayMs?: number;
  /** Reminders before the window closes, as configured when it opens. */
  readonly remindBeforeMs?: readonly number[];
  readonly accessEndpoint: string;
  readonly artifactDigest: string;
}
export interface ActorArgs {
  readonly actor: Actor;
}
export interface RecordFindingArgs extends FindingContent {
  readonly actor: Actor;
  readonly findingId: string;
}
export interface RespondToFindingArgs {
  readonly actor: Actor;
  readonly findingId: string;
  readonly status: FindingResponseStatus;
  readonly note?: string;
}
export interface ReleaseArgs {
  readonly actor: Actor;
  /** When the model was released publicly (epoch ms); now if absent. */
  readonly releasedAt?: number;
}

export const openWindowUpdate = defineUpdate<CommandResult, [OpenWindowArgs]>('openWindow');
export const endWindowUpdate = defineUpdate<CommandResult, [ActorArgs]>('endWindow');
export const declineAccessUpdate = defineUpdate<CommandResult, [ActorArgs]>('declineAccess');
export const recordFindingUpdate = defineUpdate<CommandResult, [RecordFindingArgs]>('recordFinding');
export const respondToFindingUpdate = defineUpdate<CommandResult, [RespondToFindingArgs]>('respondToFinding');
export const releaseUpdate = defineUpdate<CommandResult, [ReleaseArgs]>('release');
export const closeUpdate = defineUpdate<CommandResult, [ActorArgs]>('close');

export interface PartnerFilterArgs {
  readonly sector?: string;
  readonly state?: string;
}
export interface NominateArgs {
  readonly actor: Actor;
  readonly nominationId: string;
  readonly partnerIds?: readonly string[];
  readonly filter?: PartnerFilterArgs;
  readonly durationDays: number;
  /** Epoch ms: no grant of this nomination outlives it, whatever its duration. */
  readonly accessEndsAt?: number;
  readonly scopes: readonly string[];
  /** How long the other side has to answer, as configured now. */
  readonly answerWithinMs: number;
}
export interface NominationDecisionArgs {
  readonly actor: Actor;
  readonly nominationId: string;
  /** For an approval: how long each partner has to accept, as configured now. */
  readonly acceptWithinMs?: number;
}
export interface PublishTermsArgs {
  readonly actor: Actor;
  readonly version: string;
  readonly text: string;
  readonly accessEndpoint?: string;
}
export interface RevokeGrantsArgs {
  readonly actor: Actor;
  readonly sector?: string;
  readonly reason: string;
}

export interface ConsultArgs {
  readonly actor: Actor;
  readonly consultationId: string;
  /** The government organization consulted. */
  readonly organization: string;
  /** Epoch ms: unanswered by then, the consultation lapses and no longer holds up the determination. */
  readonly answerBy: number;
  /** Confidential: to the read model, sealed, never into workflow state. */
  readonly question: string;
}
export interface AnswerConsultationArgs {
  readonly actor: Actor;
  readonly consultationId: string;
  readonly concurs: boolean;
  readonly note?: string;
}

export interface ReconsiderationArgs {
  readonly actor: Actor;
  /** Why the developer asks: confidential, to the read model, sealed. */
  readonly rationale: string;
}
export const requestReconsiderationUpdate = defineUpdate<CommandResult, [ReconsiderationArgs]>('requestReconsideration');

export const consultUpdate = defineUpdate<CommandResult, [ConsultArgs]>('consult');
export const answerConsultationUpdate = defineUpdate<CommandResult, [AnswerConsultationArgs]>('answerConsultation');

export const nominateUpdate = defineUpdate<CommandResult, [NominateArgs]>('nominate');
export const approveNominationUpdate = defineUpdate<CommandResult, [NominationDecisionArgs]>('approveNomination');
export const declineNominationUpdate = defineUpdate<CommandResult, [NominationDecisionArgs]>('declineNomination');
export const publishTermsUpdate = defineUpdate<CommandResult, [PublishTermsArgs]>('publishTerms');
export const revokeGrantsUpdate = defineUpdate<CommandResult, [RevokeGrantsArgs]>('revokeGrants');

/** For tests and operators; the API never reads through Temporal. */
export const engagementStateQuery = defineQuery<EngagementState | null>('state');

/** Failure types a workflow raises that are not domain rules. */
export enum WorkflowFailureType {
  NotSubmitted = 'NOT_SUBMITTED',
  AlreadySubmitted = 'ALREADY_SUBMITTED',
  /** The database could not be reached in time; nothing changed. */
  PersistenceUnavailable = 'PERSISTENCE_UNAVAILABLE',
  /** The database refused the write for good (a bug, or a read model out of step); nothing changed. */
  PersistenceRejected = 'PERSISTENCE_REJECTED',
  /** A command or input that this system's payload key did not seal: sent to Temporal by someone else. */
  Unsealed = 'UNSEALED_INPUT',
}

export function isWorkflowFailureType(value: string): value is WorkflowFailureType {
  return (Object.values(WorkflowFailureType) as string[]).includes(value);
}

/** Failure types activities raise to stop retrying. */
export enum ActivityFailureType {
  DataRejected = 'DATA_REJECTED',
  ReceiptConflict = 'RECEIPT_CONFLICT',
  /** A grant's acceptance arrived after the grant ended in the read model. */
  GrantClosed = 'GRANT_CLOSED',
}

/** The settings an engagement's clocks start from (AppConfig has them all). */
export interface EngagementClockSettings {
  readonly determination: { readonly targetMs: number; readonly remindBeforeMs: readonly number[] };
  readonly window: { readonly remindBeforeMs: readonly number[] };
  readonly partners: { readonly nominationRemindBeforeMs: readonly number[]; readonly acceptanceRemindBeforeMs: readonly number[] };
  readonly findings: { readonly graceMs: number };
}

/**
 * How an engagement's workflow is started, whoever submits the inquiry (the API, or a government request's
 * workflow once the developer accepts): a repeat while it runs joins it, and once it has ended its id is
 * never reused for a new one.
 */
export function engagementWorkflowStart(engagementId: string, settings: EngagementClockSettings) {
  const input: EngagementWorkflowInput = {
    engagementId,
    clock: {
      determinationTargetMs: settings.determination.targetMs,
      determinationRemindBeforeMs: settings.determination.remindBeforeMs,
      windowRemindBeforeMs: settings.window.remindBeforeMs,
      nominationRemindBeforeMs: settings.partners.nominationRemindBeforeMs,
      acceptanceRemindBeforeMs: settings.partners.acceptanceRemindBeforeMs,
      findingsGraceMs: settings.findings.graceMs,
    },
  };
  return {
    workflowId: engagementWorkflowId(engagementId),
    taskQueue: TASK_QUEUE,
    args: [input] as [EngagementWorkflowInput],
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
  } as const;
}
