import { randomUUID } from 'node:crypto';

import { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import {
  assignReviewersUpdate,
  attestUpdate,
  determineUpdate,
  engagementWorkflowId,
  EngagementWorkflowInput,
  recommendUpdate,
  recordBenchmarkUpdate,
  submitUpdate,
  TASK_QUEUE,
} from '#contracts';
import { Actor, DAY_MS, DesignationOutcome, GrantStatus, Role } from '#domain';

import { asWorkflowTestsOwner } from './stack';
import type { WorkflowTestEnv } from './workflow-env';

export const actors = (org = `acme-${randomUUID().slice(0, 6)}`) => ({
  developer: { sub: `dev-${org}`, org, roles: [Role.Developer] } as Actor,
  colleague: { sub: `colleague-${org}`, org, roles: [Role.Developer] } as Actor,
  admin: { sub: 'admin-w', org: 'program-office', roles: [Role.ProgramAdmin] } as Actor,
  otherAdmin: { sub: 'admin-w2', org: 'program-office', roles: [Role.ProgramAdmin] } as Actor,
  reviewer: { sub: 'rev-w', org: 'nsa', roles: [Role.Reviewer] } as Actor,
  authority: { sub: 'auth-w', org: 'nsa', roles: [Role.DesignationAuthority] } as Actor,
});

export type Actors = ReturnType<typeof actors>;

const CLOCK: EngagementWorkflowInput['clock'] = { determinationTargetMs: 30 * DAY_MS, determinationRemindBeforeMs: [] };

/** An engagement taken to DESIGNATED through its workflow's own Updates. */
export async function designatedEngagement(
  t: WorkflowTestEnv,
  who: Actors,
  clock: Partial<EngagementWorkflowInput['clock']> = {},
): Promise<{ id: string; handle: WorkflowHandle }> {
  const id = randomUUID();
  const handle = await t.client.workflow.start('engagementWorkflow', {
    workflowId: engagementWorkflowId(id),
    taskQueue: TASK_QUEUE,
    args: [{ engagementId: id, clock: { ...CLOCK, ...clock } } satisfies EngagementWorkflowInput],
  });
  const digest = `sha256:${'d'.repeat(64)}`;
  await handle.executeUpdate(submitUpdate, {
    args: [{ actor: who.developer, modelName: 'Atlas', modelVersion: '9', capabilitySummary: 's', contactEmail: 'a@b.example' }],
  });
  await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: who.admin, reviewerIds: [who.reviewer.sub] }] });
  await handle.executeUpdate(attestUpdate, { args: [{ actor: who.reviewer }] });
  await handle.executeUpdate(recordBenchmarkUpdate, { args: [{ actor: who.reviewer, benchmarkId: randomUUID(), reference: 'NSA-1', digest, summary: 's' }] });
  await handle.executeUpdate(recommendUpdate, { args: [{ actor: who.reviewer, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
  await handle.executeUpdate(attestUpdate, { args: [{ actor: who.authority }] });
  await handle.executeUpdate(determineUpdate, { args: [{ actor: who.authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
  return { id, handle };
}

/** Partners put straight into the registry, VERIFIED. */
export async function seedPartners(count: number, sector = 'RURAL_HOSPITAL', state = 'VT'): Promise<string[]> {
  const prefix = `wp-${randomUUID().slice(0, 8)}`;
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await asWorkflowTestsOwner(async (db) => {
    // Every partner in the registry is a PARTNER organization.
    await db.query(
      `INSERT INTO organizations (id, name, kind, created_at, updated_at) SELECT id, id, 'PARTNER', now(), now() FROM unnest($1::varchar[]) AS id`,
      [ids],
    );
    await db.query(
      `INSERT INTO partners (id, name, sector, state, status, contacts_sealed, created_at, updated_at)
       SELECT id, id, $2, $3, 'VERIFIED', 'not-read-here', now(), now() FROM unnest($1::varchar[]) AS id`,
      [ids, sector, state],
    );
  });
  return ids;
}

export interface GrantRow {
  id: string;
  partner_id: string;
  status: GrantStatus;
  accepted_terms_version: string | null;
  expires_at: Date | null;
  activated_at: Date | null;
  access_ends_at: Date | null;
  ended_at: Date | null;
  end_reason: string | null;
  accept_by: Date;
  duration_days: number;
}

export async function grantRows(engagementId: string): Promise<GrantRow[]> {
  return asWorkflowTestsOwner(
    async (db) => (await db.query<GrantRow>('SELECT * FROM grants WHERE engagement_id = $1 ORDER BY partner_id', [engagementId])).rows,
  );
}

/** The ApplicationFailure an Update was refused with. */
export async function failureOf(update: Promise<unknown>): Promise<ApplicationFailure> {
  try {
    await update;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    const cause = (error as WorkflowUpdateFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    return cause as ApplicationFailure;
  }
  throw new Error('the Update was accepted');
}
