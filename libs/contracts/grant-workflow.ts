import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

import type { Actor, GrantEndReason, GrantState, GrantStatus } from '#domain';

import { TASK_QUEUE } from './task-queues';

export function grantWorkflowId(grantId: string): string {
  return `grant-${grantId}`;
}

/**
 * How a grant's workflow is started, by whichever comes first (an acceptance, a revocation, the
 * fan-out): one per grant, joined if running; a grant whose run failed (say, one started by someone
 * else with an unsealed input) can start again.
 */
export function grantWorkflowStart(grantId: string) {
  return {
    workflowId: grantWorkflowId(grantId),
    taskQueue: TASK_QUEUE,
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
  } as const;
}

export interface GrantWorkflowInput {
  readonly grantId: string;
  readonly engagementId: string;
  readonly partnerId: string;
  readonly durationMs: number;
  /** Epoch ms no activation outlives (see the nomination's accessEndsAt). */
  readonly accessEndsAt?: number;
  /** Epoch ms by which the partner must accept, or the grant lapses. */
  readonly acceptBy: number;
  /** Carried across continue-as-new. */
  readonly state?: GrantState;
}

/** A grant's workflow input; its `durationDays` count in days of `dayMs` (DAY_LENGTH). */
export function grantWorkflowInputOf(
  grant: {
    readonly id: string;
    readonly engagementId: string;
    readonly partnerId: string;
    readonly durationDays: number;
    readonly accessEndsAt: Date | null;
    readonly acceptBy: Date;
  },
  dayMs: number,
): GrantWorkflowInput {
  return {
    grantId: grant.id,
    engagementId: grant.engagementId,
    partnerId: grant.partnerId,
    durationMs: grant.durationDays * dayMs,
    ...(grant.accessEndsAt ? { accessEndsAt: grant.accessEndsAt.getTime() } : {}),
    acceptBy: grant.acceptBy.getTime(),
  };
}

export interface GrantResult {
  readonly grantId: string;
  readonly status: GrantStatus;
  readonly expiresAt?: number;
}

export interface AcceptGrantArgs {
  readonly actor: Actor;
  readonly termsVersion: string;
}

export interface RevokeGrantArgs {
  readonly actor: Actor;
  readonly reason: string;
}

export const acceptGrantUpdate = defineUpdate<GrantResult, [AcceptGrantArgs]>('accept');
export const revokeGrantUpdate = defineUpdate<GrantResult, [RevokeGrantArgs]>('revoke');
/** The engagement ended or revoked grants in bulk: the read model already says so; the workflow ends too. */
export const grantEndedSignal = defineSignal<[{ readonly reason: GrantEndReason }]>('ended');
export const grantStateQuery = defineQuery<GrantState>('state');

export interface RecordAcceptanceInput {
  readonly state: GrantState;
  readonly actor: Actor;
  readonly commandId: string;
}

export interface EndGrantInput {
  /** The state after the end. */
  readonly state: GrantState;
  readonly actorSub: string;
  readonly actorRoles: readonly string[];
  readonly reason?: string;
  readonly commandId: string;
}

/** Activities the grant workflow calls. */
/** What the read model holds for an accepted grant: the clock the workflow must keep. */
export interface RecordedAcceptance {
  readonly activatedAt: number;
  readonly expiresAt: number;
}

export interface GrantActivities {
  /**
   * Records an acceptance and answers with the activation and expiry the read model holds. A retry
   * whose first attempt already committed answers with that attempt's values, which the workflow
   * adopts: its own clock may have moved on in between.
   */
  recordGrantAcceptance(input: RecordAcceptanceInput): Promise<RecordedAcceptance>;
  /** Ends the grant in the read model and confirms it reads back as ended; retried until it does. */
  endGrant(input: EndGrantInput): Promise<void>;
}
