import { randomUUID } from 'node:crypto';

import { WorkflowHandle } from '@temporalio/client';

import { closeUpdate, findingWorkflowId, openWindowUpdate, recordFindingUpdate, releaseUpdate, respondToFindingUpdate } from '#contracts';
import { DAY_MS, FindingResponseStatus, TechnicalImpact } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { Actors, actors, designatedEngagement } from '../support/workflow-scenario';

const HOUR_MS = 3_600_000;
const DIGEST = `sha256:${'e'.repeat(64)}`;
/** BOD 26-04: not in KEV, exposed, not automatable, total impact: 14 days. Partial impact: 60 days. */
const FOURTEEN_DAYS = { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: TechnicalImpact.Total };
const SIXTY_DAYS = { ...FOURTEEN_DAYS, technicalImpact: TechnicalImpact.Partial };

/**
 * A finding's remediation clock (workflow `finding-<id>`) on the time-skipping server: a reminder
 * FINDING_REMINDERS (3 d) before the due date and an overdue notice at it, to the developer, unless the
 * developer answered it fixed; and it outlives the engagement's workflow.
 */
describe('a finding’s remediation clock on the time-skipping server', () => {
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
    const recorded = await asWorkflowTestsOwner((db) =>
      db.query<{ remediation_due_at: Date }>('SELECT remediation_due_at FROM findings WHERE id = $1', [findingId]),
    );
    return { id, handle, findingId, who, dueAt: recorded.rows[0]!.remediation_due_at.getTime() };
  }

  const findingNotices = (id: string) =>
    t
      .notifications(id)
      .filter((n) => String(n['kind']).startsWith('FINDING_'))
      .map((n) => ({ kind: n['kind'], dueAt: n['dueAt'], scheduledAt: n['scheduledAt'] }));

  it('reminds the developer 3 days before the due date, and says it is overdue at the date', async () => {
    const { id, findingId, dueAt: due } = await withFinding(FOURTEEN_DAYS);
    const dueAt = new Date(due).toISOString();
    await t.env.sleep(11 * DAY_MS - HOUR_MS);
    expect(findingNotices(id)).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    expect(findingNotices(id)).toEqual([{ kind: 'FINDING_REMINDER', dueAt, scheduledAt: new Date(due - 3 * DAY_MS).toISOString() }]);
    await t.env.sleep(3 * DAY_MS);
    expect(findingNotices(id).map((n) => n.kind)).toEqual(['FINDING_REMINDER', 'FINDING_OVERDUE']);
    expect(findingNotices(id)[1]).toEqual({ kind: 'FINDING_OVERDUE', dueAt, scheduledAt: dueAt });
    // Its clock is done once the finding is overdue and told.
    expect((await t.client.workflow.getHandle(findingWorkflowId(findingId)).describe()).status.name).toBe('COMPLETED');
  });

  it('outlives the engagement: released and closed the next day, a 60-day finding is still followed to its date', async () => {
    const { id, handle, who } = await withFinding(SIXTY_DAYS);
    await t.env.sleep(DAY_MS);
    await handle.executeUpdate(releaseUpdate, { args: [{ actor: who.developer }] });
    await handle.executeUpdate(closeUpdate, { args: [{ actor: who.developer }] });
    await t.env.sleep(60 * DAY_MS);
    // The engagement's workflow ended at its close; the finding's clock ran on.
    expect((await handle.describe()).status.name).toBe('COMPLETED');
    expect(findingNotices(id).map((n) => n.kind)).toEqual(['FINDING_REMINDER', 'FINDING_OVERDUE']);
  });

  it('says nothing more once the developer answered it fixed', async () => {
    const { id, handle, who, findingId } = await withFinding(FOURTEEN_DAYS);
    await handle.executeUpdate(respondToFindingUpdate, { args: [{ actor: who.developer, findingId, status: FindingResponseStatus.Fixed }] });
    await t.env.sleep(15 * DAY_MS);
    expect(findingNotices(id)).toEqual([]);
  });
});
