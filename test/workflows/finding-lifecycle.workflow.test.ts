import { randomUUID } from 'node:crypto';

import { WorkflowHandle, WorkflowUpdateFailedError } from '@temporalio/client';

import {
  closeUpdate,
  engagementStateQuery,
  FindingCommandArgs,
  findingCommandUpdate,
  findingWorkflowId,
  openWindowUpdate,
  recordFindingUpdate,
  releaseUpdate,
} from '#contracts';
import { Actor, DAY_MS, FindingCommand, FindingCommandType, findingOverdue, FindingResponseStatus, FindingStatus, FixVerdict, TechnicalImpact } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { recordHistory, startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { Actors, actors, designatedEngagement } from '../support/workflow-scenario';

const HOUR_MS = 3_600_000;
const DIGEST = `sha256:${'e'.repeat(64)}`;
/** BOD 26-04: not in KEV, exposed, not automatable, total impact: 14 days. Partial impact: 60 days. */
const FOURTEEN_DAYS = { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: TechnicalImpact.Total };
const SIXTY_DAYS = { ...FOURTEEN_DAYS, technicalImpact: TechnicalImpact.Partial };

interface FindingRow {
  readonly status: FindingStatus;
  readonly version: number;
  readonly overdue_since: Date | null;
  readonly remediation_due_at: Date | null;
  readonly tier: string;
}

/**
 * A finding's life (workflow `finding-<id>`) on the time-skipping server: its remediation clock (a
 * reminder FINDING_REMINDERS before the due date, the overdue mark at it), the commands that move it
 * from OPEN to CLOSED, and a life longer than the engagement's workflow.
 */
describe('a finding’s life on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv();
  });

  afterAll(() => t?.teardown());

  /** A designated engagement in its window, with one finding recorded of the given BOD 26-04 inputs. */
  async function withFinding(inputs: typeof FOURTEEN_DAYS): Promise<{ id: string; handle: WorkflowHandle; findingId: string; who: Actors; dueAt: number }> {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who);
    await handle.executeUpdate(openWindowUpdate, {
      args: [{ actor: who.developer, days: 30, accessEndpoint: 'https://gateway.acme.example/v1', artifactDigest: DIGEST }],
    });
    const findingId = randomUUID();
    await handle.executeUpdate(recordFindingUpdate, {
      args: [{ actor: who.reviewer, findingId, title: 'Heap overflow', description: 'details', cweIds: ['CWE-787'], ...inputs }],
    });
    await started(findingId);
    return { id, handle, findingId, who, dueAt: (await row(findingId)).remediation_due_at!.getTime() };
  }

  /** The engagement's workflow starts the finding's once the finding is recorded, beside the command's answer. */
  async function started(findingId: string): Promise<void> {
    for (let tries = 0; ; tries += 1) {
      try {
        await t.client.workflow.getHandle(findingWorkflowId(findingId)).describe();
        return;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  const row = async (findingId: string): Promise<FindingRow> =>
    (
      await asWorkflowTestsOwner((db) =>
        db.query<FindingRow>('SELECT status, version, overdue_since, remediation_due_at, tier FROM findings WHERE id = $1', [findingId]),
      )
    ).rows[0]!;

  const auditActions = async (findingId: string): Promise<string[]> =>
    (
      await asWorkflowTestsOwner((db) =>
        db.query<{ action: string }>(`SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'finding.%' ORDER BY seq`, [findingId]),
      )
    ).rows.map((r) => r.action);

  /** As reads flag it: marked overdue by its clock and not remediated. */
  const overdue = async (findingId: string): Promise<boolean> => {
    const r = await row(findingId);
    return findingOverdue(r.status, r.overdue_since?.getTime());
  };

  const findingNotices = (id: string) =>
    t
      .notifications(id)
      .filter((n) => String(n['kind']).startsWith('FINDING_'))
      .map((n) => ({ kind: n['kind'], dueAt: n['dueAt'], scheduledAt: n['scheduledAt'] }));

  const command = (findingId: string, c: FindingCommand, note?: string) =>
    t.client.workflow
      .getHandle(findingWorkflowId(findingId))
      .executeUpdate(findingCommandUpdate, { args: [{ command: c, content: note === undefined ? {} : { note } } satisfies FindingCommandArgs] });

  const respond = (findingId: string, actor: Actor, status: FindingResponseStatus) => command(findingId, { type: FindingCommandType.Respond, actor, status });

  it('reminds the developer 3 days before the due date, and marks it overdue at the date, to the millisecond', async () => {
    const { id, findingId, dueAt: due } = await withFinding(FOURTEEN_DAYS);
    await t.env.sleep(11 * DAY_MS - HOUR_MS);
    expect(findingNotices(id)).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    expect(findingNotices(id)).toEqual([
      { kind: 'FINDING_REMINDER', dueAt: new Date(due).toISOString(), scheduledAt: new Date(due - 3 * DAY_MS).toISOString() },
    ]);
    expect(await overdue(findingId)).toBe(false);
    await t.env.sleep(3 * DAY_MS - 2 * HOUR_MS);
    expect(await overdue(findingId)).toBe(false);
    await t.env.sleep(2 * HOUR_MS);
    expect(await overdue(findingId)).toBe(true);
    expect((await row(findingId)).overdue_since?.getTime()).toBe(due);
    expect(await auditActions(findingId)).toEqual(['finding.overdue']);
    // Overdue is not the end of it: the workflow lives while the finding is open.
    expect((await t.client.workflow.getHandle(findingWorkflowId(findingId)).describe()).status.name).toBe('RUNNING');
  });

  it('outlives the engagement: released and closed the next day, a 60-day finding is marked overdue at its date, then fixed, verified and closed', async () => {
    const { handle, who, findingId, dueAt } = await withFinding(SIXTY_DAYS);
    await t.env.sleep(DAY_MS);
    await handle.executeUpdate(releaseUpdate, { args: [{ actor: who.developer }] });
    await handle.executeUpdate(closeUpdate, { args: [{ actor: who.developer }] });
    await t.env.sleep(60 * DAY_MS);
    // The engagement's workflow ended at its close; the finding's ran on.
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect((await row(findingId)).overdue_since?.getTime()).toBe(dueAt);
    expect(await respond(findingId, who.developer, FindingResponseStatus.Fixed)).toEqual(expect.objectContaining({ status: FindingStatus.Fixed }));
    expect(await overdue(findingId)).toBe(true);
    await command(findingId, { type: FindingCommandType.VerifyFix, actor: who.reviewer, verdict: FixVerdict.VerifiedFixed }, 'patched in 9.1');
    expect(await overdue(findingId)).toBe(false);
    const finding = t.client.workflow.getHandle(findingWorkflowId(findingId));
    await command(findingId, { type: FindingCommandType.Close, actor: who.reviewer });
    await finding.result();
    expect(await row(findingId)).toEqual(expect.objectContaining({ status: FindingStatus.Closed, version: 5 }));
    expect(await auditActions(findingId)).toEqual(['finding.overdue', 'finding.responded', 'finding.fix_verified', 'finding.closed']);
    await recordHistory(finding, 'finding-lifecycle');
  });

  /** Records one more finding on the engagement, of the 60-day tier; returns its id once its clock runs. */
  async function another(handle: WorkflowHandle, who: Actors): Promise<string> {
    const findingId = randomUUID();
    await handle.executeUpdate(recordFindingUpdate, {
      args: [{ actor: who.reviewer, findingId, title: 'Another overflow', description: 'details', cweIds: ['CWE-787'], ...SIXTY_DAYS }],
    });
    return findingId;
  }

  it('is recorded in the workflow task that took it: the engagement’s history gains markers and no activity task', async () => {
    const { handle, who } = await withFinding(SIXTY_DAYS);
    const before = (await handle.fetchHistory()).events?.length ?? 0;
    const findingId = await another(handle, who);
    await started(findingId);
    const added = ((await handle.fetchHistory()).events ?? []).slice(before);
    // The write and the clock's start each leave a local activity's marker; neither schedules an activity task.
    expect(added.filter((e) => e.activityTaskScheduledEventAttributes)).toEqual([]);
    expect(added.filter((e) => e.markerRecordedEventAttributes)).toHaveLength(2);
    expect(added.length).toBeLessThanOrEqual(10);
    expect(await row(findingId)).toEqual(expect.objectContaining({ status: FindingStatus.Open, tier: '60D' }));
  });

  it('keeps a busy engagement’s runs short: it continues as new within 500 events, its state carried over', async () => {
    const { handle, who } = await withFinding(SIXTY_DAYS);
    const firstRun = (await handle.describe()).runId;
    const version = (await handle.query(engagementStateQuery))!.version;
    let recorded = 0;
    while ((await handle.describe()).runId === firstRun) {
      expect(recorded).toBeLessThan(100);
      await another(handle, who);
      recorded += 1;
    }
    const first = await t.client.workflow.getHandle(handle.workflowId, firstRun).fetchHistory();
    // The limit is checked between commands, so the run ends a command's events past it at most.
    expect(first.events!.length).toBeGreaterThan(500);
    expect(first.events!.length).toBeLessThan(520);
    expect((await handle.query(engagementStateQuery))!.version).toBe(version + recorded);
    // The new run takes commands as the old one did.
    const findingId = await another(handle, who);
    expect((await handle.query(engagementStateQuery))!.version).toBe(version + recorded + 1);
    await started(findingId);
  });

  it('is never overdue once its fix is verified in time, and a refused command changes nothing', async () => {
    const { findingId, who } = await withFinding(FOURTEEN_DAYS);
    await respond(findingId, who.developer, FindingResponseStatus.Fixed);
    const refused = command(findingId, { type: FindingCommandType.Close, actor: who.reviewer });
    await expect(refused).rejects.toThrow(WorkflowUpdateFailedError);
    await expect(refused).rejects.toMatchObject({ cause: { type: 'ILLEGAL_TRANSITION', details: [{ findingStatus: 'FIXED' }] } });
    await command(findingId, { type: FindingCommandType.VerifyFix, actor: who.reviewer, verdict: FixVerdict.VerifiedFixed });
    await t.env.sleep(15 * DAY_MS);
    expect(await overdue(findingId)).toBe(false);
    expect((await row(findingId)).overdue_since).toBeNull();
    expect(await auditActions(findingId)).toEqual(['finding.responded', 'finding.fix_verified']);
  });

  it('follows a corrected due date: moved from 14 to 60 days, it is not overdue at day 15, and is at day 60', async () => {
    const { findingId, who, dueAt } = await withFinding(FOURTEEN_DAYS);
    await t.env.sleep(DAY_MS);
    await command(findingId, { type: FindingCommandType.Edit, actor: who.reviewer, inputs: { technicalImpact: TechnicalImpact.Partial } });
    const corrected = await row(findingId);
    expect(corrected).toEqual(expect.objectContaining({ tier: '60D', version: 2 }));
    expect(corrected.remediation_due_at!.getTime()).toBe(dueAt - 14 * DAY_MS + 60 * DAY_MS);
    await t.env.sleep(14 * DAY_MS);
    expect(await overdue(findingId)).toBe(false);
    await t.env.sleep(46 * DAY_MS);
    expect(await overdue(findingId)).toBe(true);
    // Answered now, it can no longer be corrected.
    await respond(findingId, who.developer, FindingResponseStatus.Acknowledged);
    await expect(command(findingId, { type: FindingCommandType.Edit, actor: who.reviewer, inputs: { inKev: true } })).rejects.toMatchObject({
      cause: { type: 'ILLEGAL_TRANSITION' },
    });
  });
});
