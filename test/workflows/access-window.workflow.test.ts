import { randomUUID } from 'node:crypto';

import type { WorkflowHandle } from '@temporalio/client';

import {
  assignReviewersUpdate,
  attestUpdate,
  determineUpdate,
  endWindowUpdate,
  engagementWorkflowId,
  EngagementWorkflowInput,
  openWindowUpdate,
  recommendUpdate,
  recordBenchmarkUpdate,
  recordFindingUpdate,
  releaseUpdate,
  submitUpdate,
  TASK_QUEUE,
  withdrawUpdate,
} from '#contracts';
import { Actor, DAY_MS, DesignationOutcome, DomainErrorCode, EngagementStage, EngagementState, reviewerAccessRefusal, Role, TechnicalImpact } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { recordHistory, startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';

const HOUR_MS = 3_600_000;
const developer: Actor = { sub: 'dev-w', org: 'acme-ai', roles: [Role.Developer] };
const admin: Actor = { sub: 'admin-w', org: 'program-office', roles: [Role.ProgramAdmin] };
const reviewer: Actor = { sub: 'rev-w', org: 'nsa', roles: [Role.Reviewer] };
const authority: Actor = { sub: 'auth-w', org: 'nsa', roles: [Role.DesignationAuthority] };
const CLOCK: EngagementWorkflowInput['clock'] = {
  determinationTargetMs: 30 * DAY_MS,
  determinationRemindBeforeMs: [7 * DAY_MS, DAY_MS],
  windowRemindBeforeMs: [7 * DAY_MS, DAY_MS],
};
const DIGEST = `sha256:${'c'.repeat(64)}`;

interface WindowRow {
  stage: EngagementStage;
  window_opened_at: Date;
  window_closes_at: Date;
  window_ended_at: Date | null;
  window_end_reason: string | null;
  window_access_endpoint: string;
  released_at: Date | null;
  reviewers: string[];
  attested: string[];
}

async function readWindow(id: string): Promise<WindowRow> {
  return asWorkflowTestsOwner(async (db) => {
    const row = await db.query<WindowRow>(
      `SELECT e.stage, e.window_opened_at, e.window_closes_at, e.window_ended_at, e.window_end_reason, e.window_access_endpoint, e.released_at,
              ARRAY(SELECT reviewer_sub FROM engagement_reviewers r WHERE r.engagement_id = e.id) AS reviewers,
              ARRAY(SELECT sub FROM attestations a WHERE a.engagement_id = e.id) AS attested
       FROM engagements e WHERE e.id = $1`,
      [id],
    );
    return row.rows[0]!;
  });
}

/** What token issuance and introspection would decide for the reviewer, from the read model alone. */
function reviewerAccess(row: WindowRow, now: number) {
  return reviewerAccessRefusal(
    {
      stage: row.stage,
      windowClosesAt: row.window_closes_at?.getTime() ?? null,
      windowEndedAt: row.window_ended_at?.getTime() ?? null,
      reviewers: row.reviewers,
      attested: row.attested,
    },
    reviewer.sub,
    now,
  );
}

describe('the pre-release access window on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv();
  });

  afterAll(async () => {
    await t?.teardown();
  });

  /** An engagement designated covered, with an attested reviewer, and its window opened for `days`. */
  async function openWindow(days?: number): Promise<{ id: string; handle: WorkflowHandle }> {
    const id = randomUUID();
    const handle = await t.client.workflow.start('engagementWorkflow', {
      workflowId: engagementWorkflowId(id),
      taskQueue: TASK_QUEUE,
      args: [{ engagementId: id, clock: CLOCK } satisfies EngagementWorkflowInput],
    });
    await handle.executeUpdate(submitUpdate, {
      args: [{ actor: developer, modelName: 'Atlas', modelVersion: '8', capabilitySummary: 's', contactEmail: 'a@b.example' }],
    });
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: [reviewer.sub] }] });
    await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }] });
    await handle.executeUpdate(recordBenchmarkUpdate, {
      args: [{ actor: reviewer, benchmarkId: randomUUID(), reference: 'NSA-1', digest: DIGEST, summary: 's' }],
    });
    await handle.executeUpdate(recommendUpdate, { args: [{ actor: reviewer, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
    await handle.executeUpdate(attestUpdate, { args: [{ actor: authority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
    await handle.executeUpdate(openWindowUpdate, {
      args: [{ actor: developer, days: days ?? 30, accessEndpoint: 'https://gateway.acme.example/v1', artifactDigest: DIGEST }],
    });
    return { id, handle };
  }

  const kinds = (id: string) => t.notifications(id).map((n) => [n['kind'], n['subject']]);

  it('a full 30-day window reminds at 7 days and 1 day, then closes on its own at closesAt and cuts access', async () => {
    const { id, handle } = await openWindow();
    const opened = await readWindow(id);
    const openedAt = opened.window_opened_at.getTime();
    expect(opened.stage).toBe('PRE_RELEASE_ACCESS');
    expect(opened.window_closes_at.getTime()).toBe(openedAt + 30 * DAY_MS);
    expect(reviewerAccess(opened, openedAt + HOUR_MS)).toBeUndefined();

    await t.env.sleep(23 * DAY_MS - HOUR_MS);
    expect(kinds(id)).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    expect(kinds(id)).toEqual([['WINDOW_REMINDER', 'The pre-release access window closes in 7d']]);
    const reminder = t.notifications(id)[0]!;
    expect(reminder['scheduledAt']).toBe(new Date(openedAt + 23 * DAY_MS).toISOString());
    expect(reminder['recipients']).toEqual([
      { kind: 'org', org: developer.org },
      { kind: 'user', sub: reviewer.sub },
    ]);

    await t.env.sleep(6 * DAY_MS);
    expect(kinds(id)).toEqual([
      ['WINDOW_REMINDER', 'The pre-release access window closes in 7d'],
      ['WINDOW_REMINDER', 'The pre-release access window closes in 1d'],
    ]);
    expect(t.notifications(id)[1]!['scheduledAt']).toBe(new Date(openedAt + 29 * DAY_MS).toISOString());
    expect((await readWindow(id)).stage).toBe('PRE_RELEASE_ACCESS');

    await t.env.sleep(DAY_MS);
    const closed = await readWindow(id);
    expect(closed.stage).toBe('POST_WINDOW');
    expect(closed.window_end_reason).toBe('EXPIRED');
    expect(closed.window_ended_at?.getTime()).toBe(openedAt + 30 * DAY_MS);
    expect(reviewerAccess(closed, openedAt + 30 * DAY_MS - 1)?.code).toBe(DomainErrorCode.AccessWindowClosed);
    expect(kinds(id).map(([kind]) => kind)).toEqual(['WINDOW_REMINDER', 'WINDOW_REMINDER', 'WINDOW_CLOSED']);

    // Nothing reopens it: there is no route back into the window.
    const reopen = handle.executeUpdate(openWindowUpdate, {
      args: [{ actor: developer, days: 30, accessEndpoint: 'https://gateway.acme.example/v1', artifactDigest: DIGEST }],
    });
    await expect(reopen).rejects.toThrow();
    await recordHistory(handle, 'window-expired');
  });

  it('a shorter window only reminds at the offsets that fit inside it', async () => {
    const { id } = await openWindow(5);
    await t.env.sleep(5 * DAY_MS + HOUR_MS);
    expect(kinds(id).map(([kind, subject]) => (kind === 'WINDOW_REMINDER' ? subject : kind))).toEqual([
      'The pre-release access window closes in 1d',
      'WINDOW_CLOSED',
    ]);
    expect((await readWindow(id)).window_end_reason).toBe('EXPIRED');
  });

  it('ending early cuts access at once, and no reminder follows', async () => {
    const { id, handle } = await openWindow();
    await handle.executeUpdate(recordFindingUpdate, {
      args: [
        {
          actor: reviewer,
          findingId: randomUUID(),
          title: 'Heap overflow in tokenizer',
          description: 'details',
          cweIds: ['CWE-787'],
          inKev: false,
          publiclyExposed: true,
          automatable: true,
          technicalImpact: TechnicalImpact.Total,
        },
      ],
    });
    await t.env.sleep(3 * DAY_MS);
    await handle.executeUpdate(endWindowUpdate, { args: [{ actor: developer }] });
    const ended = await readWindow(id);
    expect(ended.stage).toBe('POST_WINDOW');
    expect(ended.window_end_reason).toBe('ENDED_EARLY');
    expect(reviewerAccess(ended, ended.window_ended_at!.getTime() + 1)?.code).toBe(DomainErrorCode.AccessWindowClosed);
    await t.env.sleep(30 * DAY_MS);
    // The finding's own clock (finding-clock.workflow.test.ts) says when it is overdue; the window says nothing more.
    expect(
      kinds(id)
        .map(([kind]) => kind)
        .filter((kind) => !String(kind).startsWith('FINDING_')),
    ).toEqual(['WINDOW_CLOSED']);
    await recordHistory(handle, 'window-ended-early');
  });

  it('withdrawal mid-window cuts every access and ends the workflow', async () => {
    const { id, handle } = await openWindow();
    await t.env.sleep(10 * DAY_MS);
    await handle.executeUpdate(withdrawUpdate, { args: [{ actor: developer, reason: 'pausing' }] });
    const final = (await handle.result()) as EngagementState;
    expect(final.stage).toBe('WITHDRAWN');
    expect(final.window?.endReason).toBe('WITHDRAWN');
    const row = await readWindow(id);
    expect(row.window_end_reason).toBe('WITHDRAWN');
    expect(reviewerAccess(row, row.window_ended_at!.getTime() + 1)?.code).toBe(DomainErrorCode.AccessWindowClosed);
    expect(kinds(id).map(([kind]) => kind)).toEqual(['WINDOW_CLOSED']);
    await recordHistory(handle, 'window-withdrawn');
  });

  it('release mid-window is never refused and ends the window at once', async () => {
    const { id, handle } = await openWindow();
    await t.env.sleep(2 * DAY_MS);
    await handle.executeUpdate(releaseUpdate, { args: [{ actor: developer }] });
    const row = await readWindow(id);
    expect(row.stage).toBe('RELEASED');
    expect(row.window_end_reason).toBe('RELEASED');
    expect(row.released_at?.getTime()).toBe(row.window_ended_at?.getTime());
    await t.env.sleep(30 * DAY_MS);
    // The finding's own clock (finding-clock.workflow.test.ts) says when it is overdue; the window says nothing more.
    expect(
      kinds(id)
        .map(([kind]) => kind)
        .filter((kind) => !String(kind).startsWith('FINDING_')),
    ).toEqual(['WINDOW_CLOSED']);
    await recordHistory(handle, 'window-released');
  });
});
