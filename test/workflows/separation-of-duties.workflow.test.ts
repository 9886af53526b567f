import { randomUUID } from 'node:crypto';

import {
  assignReviewersUpdate,
  attestUpdate,
  determineUpdate,
  engagementStateQuery,
  engagementWorkflowId,
  EngagementWorkflowInput,
  recommendUpdate,
  recordBenchmarkUpdate,
  recuseUpdate,
  submitUpdate,
  TASK_QUEUE,
  unassignReviewerUpdate,
} from '#contracts';
import { Actor, DAY_MS, DesignationOutcome, Role } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { recordHistory, startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { actors, failureOf } from '../support/workflow-scenario';

const CLOCK: EngagementWorkflowInput['clock'] = { determinationTargetMs: 30 * DAY_MS, determinationRemindBeforeMs: [] };
const DIGEST = `sha256:${'e'.repeat(64)}`;

/**
 * Separation of duties as the engagement workflow enforces it: by organization and by capacity, with
 * recusal and unassignment taking a person off the roster in the workflow and in the read model at once.
 */
describe('separation of duties on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv();
  });

  afterAll(async () => {
    await t?.teardown();
  });

  it('recusal, unassignment and the decider from outside both the developer and the review', async () => {
    const who = actors();
    const second: Actor = { sub: `rev2-${randomUUID().slice(0, 6)}`, org: 'cisa', roles: [Role.Reviewer, Role.DesignationAuthority] };
    const third: Actor = { sub: `rev3-${randomUUID().slice(0, 6)}`, org: 'nist', roles: [Role.Reviewer] };
    const insider: Actor = { sub: `insider-${who.developer.org}`, org: who.developer.org, roles: [Role.Reviewer, Role.DesignationAuthority] };
    const id = randomUUID();
    const handle = await t.client.workflow.start('engagementWorkflow', {
      workflowId: engagementWorkflowId(id),
      taskQueue: TASK_QUEUE,
      args: [{ engagementId: id, clock: CLOCK } satisfies EngagementWorkflowInput],
    });
    await handle.executeUpdate(submitUpdate, {
      args: [{ actor: who.developer, modelName: 'Atlas', modelVersion: '9', capabilitySummary: 's', contactEmail: 'a@b.example' }],
    });
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: who.admin, reviewerIds: [who.reviewer.sub, second.sub, third.sub, insider.sub] }] });
    // Someone of the developer's own organization does no government work on its engagement.
    expect((await failureOf(handle.executeUpdate(attestUpdate, { args: [{ actor: insider }] }))).type).toBe('OWN_ORGANIZATION');
    for (const reviewer of [who.reviewer, second, third]) {
      await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }] });
    }
    await handle.executeUpdate(recuseUpdate, { args: [{ actor: third, reason: 'I advised the developer last year' }] });
    await handle.executeUpdate(unassignReviewerUpdate, { args: [{ actor: who.admin, reviewerSub: insider.sub }] });
    expect(
      (
        await failureOf(
          handle.executeUpdate(recordBenchmarkUpdate, { args: [{ actor: third, benchmarkId: randomUUID(), reference: 'R', digest: DIGEST, summary: 's' }] }),
        )
      ).type,
    ).toBe('RECUSED');
    await handle.executeUpdate(recordBenchmarkUpdate, {
      args: [{ actor: who.reviewer, benchmarkId: randomUUID(), reference: 'R', digest: DIGEST, summary: 's' }],
    });
    await handle.executeUpdate(recommendUpdate, { args: [{ actor: who.reviewer, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
    // The second reviewer holds the authority role too, but attested as a reviewer and is one: not the decider.
    expect(
      (await failureOf(handle.executeUpdate(determineUpdate, { args: [{ actor: second, outcome: DesignationOutcome.Covered, rationale: 'r' }] }))).type,
    ).toBe('TWO_PERSON_RULE');
    await handle.executeUpdate(attestUpdate, { args: [{ actor: who.authority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: who.authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] });

    const state = await handle.query(engagementStateQuery);
    expect(state).toMatchObject({
      stage: 'DESIGNATED',
      reviewers: [who.reviewer.sub, second.sub],
      recused: [third.sub],
      authorityAttested: [who.authority.sub],
    });
    const rows = await asWorkflowTestsOwner(async (db) => ({
      assignments: (
        await db.query<{ reviewer_sub: string; end_reason: string | null }>(
          'SELECT reviewer_sub, end_reason FROM engagement_reviewers WHERE engagement_id = $1 ORDER BY reviewer_sub',
          [id],
        )
      ).rows,
      recusals: (
        await db.query<{ sub: string; capacity: string; reason_sealed: string }>('SELECT sub, capacity, reason_sealed FROM recusals WHERE engagement_id = $1', [
          id,
        ])
      ).rows,
    }));
    expect(rows.assignments).toEqual(
      expect.arrayContaining([
        { reviewer_sub: third.sub, end_reason: 'RECUSED' },
        { reviewer_sub: insider.sub, end_reason: 'UNASSIGNED' },
        { reviewer_sub: who.reviewer.sub, end_reason: null },
      ]),
    );
    expect(rows.recusals).toEqual([{ sub: third.sub, capacity: 'REVIEWER', reason_sealed: expect.not.stringContaining('advised') as unknown }]);
    await recordHistory(handle, 'engagement-separation-of-duties');
  });
});
