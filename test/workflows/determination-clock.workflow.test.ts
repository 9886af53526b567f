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
  requestReconsiderationUpdate,
  submitUpdate,
  TASK_QUEUE,
  withdrawUpdate,
} from '#contracts';
import { Actor, DAY_MS, DesignationOutcome, EngagementState, Role } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { recordHistory, startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { failureOf } from '../support/workflow-scenario';

const HOUR_MS = 3_600_000;
const developer: Actor = { sub: 'dev-1', org: 'acme-ai', roles: [Role.Developer] };
const admin: Actor = { sub: 'admin-1', org: 'program-office', roles: [Role.ProgramAdmin] };
const reviewer: Actor = { sub: 'rev-1', org: 'nsa', roles: [Role.Reviewer] };
const authority: Actor = { sub: 'auth-1', org: 'nsa', roles: [Role.DesignationAuthority] };

const THIRTY_DAY_CLOCK: EngagementWorkflowInput['clock'] = { determinationTargetMs: 30 * DAY_MS, determinationRemindBeforeMs: [7 * DAY_MS, DAY_MS] };

async function readModel(id: string) {
  return asWorkflowTestsOwner(async (db) => {
    const engagement = await db.query<{ stage: string; overdue: boolean; version: number; determination_due_at: Date; submitted_at: Date }>(
      'SELECT stage, overdue, version, determination_due_at, submitted_at FROM engagements WHERE id = $1',
      [id],
    );
    const timeline = await db.query<{ event_type: string; actor_sub: string; occurred_at: Date }>(
      'SELECT event_type, actor_sub, occurred_at FROM engagement_timeline WHERE engagement_id = $1 ORDER BY version',
      [id],
    );
    const audit = await db.query<{ action: string }>('SELECT action FROM audit_events WHERE engagement_id = $1 ORDER BY seq', [id]);
    return { ...engagement.rows[0]!, timeline: timeline.rows, audit: audit.rows.map((r) => r.action) };
  });
}

describe('the determination clock on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv();
  });

  afterAll(async () => {
    await t?.teardown();
  });

  async function submit(clock = THIRTY_DAY_CLOCK, extra: Partial<EngagementWorkflowInput> = {}) {
    const id = randomUUID();
    const handle = await t.client.workflow.start('engagementWorkflow', {
      workflowId: engagementWorkflowId(id),
      taskQueue: TASK_QUEUE,
      args: [{ engagementId: id, clock, ...extra } satisfies EngagementWorkflowInput],
    });
    await handle.executeUpdate(submitUpdate, {
      args: [{ actor: developer, modelName: 'Atlas', modelVersion: '7', capabilitySummary: 'summary', contactEmail: 'a@b.example' }],
    });
    return { id, handle };
  }

  async function throughRecommendation(handle: Awaited<ReturnType<typeof submit>>['handle']) {
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: [reviewer.sub] }] });
    await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }] });
    await handle.executeUpdate(recordBenchmarkUpdate, {
      args: [{ actor: reviewer, benchmarkId: randomUUID(), reference: 'NSA-1', digest: `sha256:${'0'.repeat(64)}`, summary: 's' }],
    });
    await handle.executeUpdate(recommendUpdate, { args: [{ actor: reviewer, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
  }

  it('reminds at 7 days and 1 day before the target, then marks the engagement overdue when it passes', async () => {
    const { id, handle } = await submit();
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: [reviewer.sub] }] });
    const submittedAt = (await readModel(id)).submitted_at.getTime();
    expect((await readModel(id)).determination_due_at.getTime()).toBe(submittedAt + 30 * DAY_MS);

    await t.env.sleep(23 * DAY_MS - HOUR_MS);
    expect(t.notifications(id)).toEqual([]);

    await t.env.sleep(2 * HOUR_MS);
    const first = t.notifications(id);
    expect(first).toHaveLength(1);
    expect(first[0]).toEqual(
      expect.objectContaining({
        kind: 'DETERMINATION_REMINDER',
        subject: 'A determination is due in 7d',
        scheduledAt: new Date(submittedAt + 23 * DAY_MS).toISOString(),
        dueAt: new Date(submittedAt + 30 * DAY_MS).toISOString(),
        // Authorities cannot see the engagement before a recommendation, so program administrators hear instead.
        recipients: [
          { kind: 'user', sub: reviewer.sub },
          { kind: 'role', role: 'program-admin' },
        ],
      }),
    );

    await t.env.sleep(6 * DAY_MS);
    expect(t.notifications(id).map((n) => n['subject'])).toEqual(['A determination is due in 7d', 'A determination is due in 1d']);
    expect((await readModel(id)).overdue).toBe(false);

    await t.env.sleep(DAY_MS);
    const after = await readModel(id);
    expect(after.overdue).toBe(true);
    expect(after.stage).toBe('UNDER_REVIEW');
    const overdue = after.timeline.find((e) => e.event_type === 'DETERMINATION_OVERDUE')!;
    expect(overdue.actor_sub).toBe('system');
    expect(overdue.occurred_at.getTime()).toBe(submittedAt + 30 * DAY_MS);
    expect(after.audit).toEqual(expect.arrayContaining(['engagement.determination_overdue', 'notification.sent']));
    expect(t.notifications(id).map((n) => n['kind'])).toEqual(['DETERMINATION_REMINDER', 'DETERMINATION_REMINDER', 'DETERMINATION_OVERDUE']);

    // A late determination is still accepted, and clears the flag.
    await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }] });
    await handle.executeUpdate(recordBenchmarkUpdate, {
      args: [{ actor: reviewer, benchmarkId: randomUUID(), reference: 'NSA-2', digest: `sha256:${'1'.repeat(64)}`, summary: 's' }],
    });
    await handle.executeUpdate(recommendUpdate, { args: [{ actor: reviewer, outcome: DesignationOutcome.NotCovered, rationale: 'r' }] });
    await handle.executeUpdate(attestUpdate, { args: [{ actor: authority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.NotCovered, rationale: 'r' }] });
    expect((await readModel(id)).stage).toBe('CLOSED_NOT_COVERED');
    // The run stays open to a reconsideration for 30 days, then ends.
    await t.env.sleep(30 * DAY_MS + HOUR_MS);
    const final = (await handle.result()) as EngagementState;
    expect(final.stage).toBe('CLOSED_NOT_COVERED');
    expect((await readModel(id)).overdue).toBe(false);
    await recordHistory(handle, 'engagement-overdue-then-not-covered');
  });

  it('a not-covered determination stays open to one reconsideration for 30 days, decided by another authority, then ends', async () => {
    const secondAuthority: Actor = { sub: 'auth-2', org: 'nsa', roles: [Role.DesignationAuthority] };
    const notCovered = async () => {
      const submitted = await submit();
      await throughRecommendation(submitted.handle);
      await submitted.handle.executeUpdate(attestUpdate, { args: [{ actor: authority }] });
      await submitted.handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.NotCovered, rationale: 'r' }] });
      return submitted;
    };
    const running = async (handle: Awaited<ReturnType<typeof submit>>['handle']) => (await handle.describe()).status.name;

    // Unasked, the run ends once the period has passed.
    const unasked = await notCovered();
    await t.env.sleep(30 * DAY_MS - HOUR_MS);
    expect(await running(unasked.handle)).toBe('RUNNING');
    await t.env.sleep(2 * HOUR_MS);
    expect(((await unasked.handle.result()) as EngagementState).stage).toBe('CLOSED_NOT_COVERED');

    // Asked on day 29, it is decided again by another authority, and then ends: a reconsideration is asked once.
    const { id, handle } = await notCovered();
    await t.env.sleep(29 * DAY_MS);
    await handle.executeUpdate(requestReconsiderationUpdate, { args: [{ actor: developer, rationale: 'New evidence of mitigations' }] });
    expect(await handle.query(engagementStateQuery)).toMatchObject({ stage: 'RECONSIDERATION', reconsideration: { originalDeterminedBy: authority.sub } });
    const again = await failureOf(handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] }));
    expect(again.type).toBe('TWO_PERSON_RULE');
    await handle.executeUpdate(attestUpdate, { args: [{ actor: secondAuthority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: secondAuthority, outcome: DesignationOutcome.NotCovered, rationale: 'still not' }] });
    const final = (await handle.result()) as EngagementState;
    expect(final).toMatchObject({ stage: 'CLOSED_NOT_COVERED', determinedBy: secondAuthority.sub });
    expect((await readModel(id)).audit).toEqual(expect.arrayContaining(['engagement.reconsideration_requested']));
    await recordHistory(handle, 'engagement-reconsidered');
  });

  it('a determination before the first reminder stops the clock: no reminders, never overdue', async () => {
    const { id, handle } = await submit();
    await t.env.sleep(5 * DAY_MS);
    await throughRecommendation(handle);
    await handle.executeUpdate(attestUpdate, { args: [{ actor: authority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
    await t.env.sleep(40 * DAY_MS);
    expect(t.notifications(id)).toEqual([]);
    const model = await readModel(id);
    expect(model.stage).toBe('DESIGNATED');
    expect(model.overdue).toBe(false);
    await recordHistory(handle, 'engagement-designated-early');
  });

  it('withdrawal mid-clock ends the workflow and every reminder with it', async () => {
    const { id, handle } = await submit();
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: [reviewer.sub] }] });
    await t.env.sleep(24 * DAY_MS);
    expect(t.notifications(id)).toHaveLength(1);
    await handle.executeUpdate(withdrawUpdate, { args: [{ actor: developer, reason: 'changed plans' }] });
    const final = (await handle.result()) as EngagementState;
    expect(final.stage).toBe('WITHDRAWN');
    await t.env.sleep(10 * DAY_MS);
    expect(t.notifications(id)).toHaveLength(1);
    expect((await readModel(id)).overdue).toBe(false);
    await recordHistory(handle, 'engagement-withdrawn-mid-clock');
  });

  it('follows a configured target and reminder schedule', async () => {
    const { id } = await submit({ determinationTargetMs: 10 * DAY_MS, determinationRemindBeforeMs: [3 * DAY_MS, 12 * HOUR_MS, 20 * DAY_MS] });
    await t.env.sleep(7 * DAY_MS - HOUR_MS);
    expect(t.notifications(id)).toEqual([]);
    await t.env.sleep(3 * DAY_MS + 2 * HOUR_MS);
    // The 20-day reminder would fall before submission, so it is dropped.
    expect(t.notifications(id).map((n) => n['subject'])).toEqual([
      'A determination is due in 3d',
      'A determination is due in 12h',
      'The determination target has passed without a determination',
    ]);
    expect((await readModel(id)).overdue).toBe(true);
  });

  it('a refused Update changes nothing: the validator rejects it before it reaches history', async () => {
    const { id, handle } = await submit();
    await throughRecommendation(handle);
    const before = await readModel(id);
    const selfDecision = handle.executeUpdate(determineUpdate, {
      args: [{ actor: { ...reviewer, roles: [Role.Reviewer, Role.DesignationAuthority] }, outcome: DesignationOutcome.Covered, rationale: 'mine' }],
    });
    const failure = await failureOf(selfDecision);
    expect(failure.type).toBe('TWO_PERSON_RULE');
    expect(failure.details?.[0]).toEqual({ stage: 'RECOMMENDED' });

    const illegal = await failureOf(handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: ['late'] }] }));
    expect(illegal.type).toBe('ILLEGAL_TRANSITION');

    const after = await readModel(id);
    expect(after.version).toBe(before.version);
    expect(after.audit).toEqual(before.audit);
    const history = await handle.fetchHistory();
    const updateEvents = (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    // submit, assign, attest, benchmark, recommend: the refused ones never entered history.
    expect(updateEvents).toHaveLength(5);
  });

  it('continues as new when its history is long, carrying state and clocks over', async () => {
    const { id, handle } = await submit(THIRTY_DAY_CLOCK, { historyLimit: 25 });
    const firstRun = (await handle.describe()).runId;
    await throughRecommendation(handle);
    await t.env.sleep(HOUR_MS);
    const state = await handle.query(engagementStateQuery);
    expect(state?.stage).toBe('RECOMMENDED');
    const secondRun = (await handle.describe()).runId;
    expect(secondRun).not.toBe(firstRun);

    await t.env.sleep(23 * DAY_MS);
    expect(t.notifications(id).map((n) => n['subject'])).toEqual(['A determination is due in 7d']);
    // Once there is a recommendation, the designation authorities hear, beside the reviewers.
    expect(t.notifications(id)[0]!['recipients']).toEqual([
      { kind: 'user', sub: reviewer.sub },
      { kind: 'role', role: 'designation-authority' },
    ]);
    await handle.executeUpdate(attestUpdate, { args: [{ actor: authority }] });
    await handle.executeUpdate(determineUpdate, { args: [{ actor: authority, outcome: DesignationOutcome.Covered, rationale: 'r' }] });
    expect((await readModel(id)).stage).toBe('DESIGNATED');
    // Both runs: the first up to its continue-as-new, and the continued one with its carried-over clock,
    // its reminder, its Updates and its own continue-as-new.
    await recordHistory(t.client.workflow.getHandle(handle.workflowId, firstRun), 'engagement-continued-as-new');
    await recordHistory(t.client.workflow.getHandle(handle.workflowId, secondRun), 'engagement-continued-run');
  });

  it('a command repeated after a continue-as-new is answered again, not applied twice', async () => {
    const { id, handle } = await submit(THIRTY_DAY_CLOCK, { historyLimit: 25 });
    const firstRun = (await handle.describe()).runId;
    await handle.executeUpdate(assignReviewersUpdate, { args: [{ actor: admin, reviewerIds: [reviewer.sub] }] });
    const attested = await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }], updateId: 'attest-once' });
    await handle.executeUpdate(recordBenchmarkUpdate, {
      args: [{ actor: reviewer, benchmarkId: randomUUID(), reference: 'NSA-1', digest: `sha256:${'0'.repeat(64)}`, summary: 's' }],
    });
    await t.env.sleep(HOUR_MS);
    expect((await handle.describe()).runId).not.toBe(firstRun);

    // The new run never saw Update 'attest-once'; its memory of recent commands answers it.
    const repeated = await handle.executeUpdate(attestUpdate, { args: [{ actor: reviewer }], updateId: 'attest-once' });
    expect(repeated).toEqual(attested);
    const after = await readModel(id);
    expect(after.timeline.filter((e) => e.event_type === 'ATTESTED')).toHaveLength(1);
    expect(after.audit.filter((a) => a === 'engagement.attested')).toHaveLength(1);
  });
});
