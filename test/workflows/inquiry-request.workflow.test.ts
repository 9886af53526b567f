import { randomUUID } from 'node:crypto';

import { WithStartWorkflowOperation } from '@temporalio/client';

import { engagementWorkflowId, InquiryRequestCommandArgs, inquiryRequestUpdate, inquiryRequestWorkflowStart } from '#contracts';
import { DAY_MS, DomainErrorCode } from '#domain';

import { asWorkflowTestsOwner } from '../support/stack';
import { startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { actors, failureOf } from '../support/workflow-scenario';

const HOUR_MS = 3_600_000;

interface RequestRow {
  readonly status: string;
  readonly declined_by: string | null;
  readonly answered_by: string | null;
  readonly answered_at: Date | null;
  readonly engagement_id: string | null;
}

/**
 * A government request's life (workflow `request-<id>`) on the time-skipping server: OPEN until the
 * developer answers, or until its deadline declines it, days later, to the moment; accepting submits the
 * inquiry it becomes before the request says so.
 */
describe('a government request on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv();
  });

  afterAll(() => t?.teardown());

  /** Opens a request to the actors' organization, answered by `respondInMs` from now. */
  async function opened(who: ReturnType<typeof actors>, respondInMs: number) {
    const requestId = randomUUID();
    // The server's clock, which earlier tests have skipped ahead.
    const respondBy = (await t.env.currentTimeMs()) + respondInMs;
    const args: InquiryRequestCommandArgs = {
      type: 'OPEN',
      actor: who.admin,
      developerOrg: who.developer.org,
      respondBy,
      content: { modelName: 'Atlas', note: 'Why we ask' },
    };
    const result = await t.client.workflow.executeUpdateWithStart(inquiryRequestUpdate, {
      args: [args],
      startWorkflowOperation: new WithStartWorkflowOperation('inquiryRequestWorkflow', inquiryRequestWorkflowStart(requestId)),
    });
    expect(result).toEqual({ requestId, status: 'OPEN', engagementId: null });
    return { requestId, respondBy, handle: t.client.workflow.getHandle(inquiryRequestWorkflowStart(requestId).workflowId) };
  }

  const row = async (id: string): Promise<RequestRow> =>
    (
      await asWorkflowTestsOwner((db) =>
        db.query<RequestRow>('SELECT status, declined_by, answered_by, answered_at, engagement_id FROM inquiry_requests WHERE id = $1', [id]),
      )
    ).rows[0]!;

  const actions = async (id: string): Promise<string[]> =>
    (
      await asWorkflowTestsOwner((db) =>
        db.query<{ action: string }>(`SELECT action FROM audit_events WHERE subject_id = $1 AND subject_type = 'request' ORDER BY seq`, [id]),
      )
    ).rows.map((r) => r.action);

  it('is declined by its deadline, days later, not an hour early', async () => {
    const who = actors();
    const { requestId, respondBy, handle } = await opened(who, 3 * DAY_MS);
    await t.env.sleep(3 * DAY_MS - HOUR_MS);
    expect((await row(requestId)).status).toBe('OPEN');
    await t.env.sleep(2 * HOUR_MS);
    await handle.result();
    const declined = await row(requestId);
    expect(declined).toMatchObject({ status: 'DECLINED', declined_by: 'DEADLINE', answered_by: 'system', engagement_id: null });
    expect(declined.answered_at!.getTime()).toBeGreaterThanOrEqual(respondBy);
    expect(await actions(requestId)).toEqual(['request.opened', 'request.expired']);
  });

  it('accepted, becomes an inquiry submitted by the developer, and its deadline no longer matters', async () => {
    const who = actors();
    const { requestId, handle } = await opened(who, DAY_MS);
    const engagementId = randomUUID();
    const submission = { modelVersion: '2.0', capabilitySummary: 'Agentic exploitation', contactEmail: 'safety@acme.example' };
    // Only a developer of the organization asked may answer.
    const stranger = actors();
    const refused = await failureOf(
      handle.executeUpdate(inquiryRequestUpdate, { args: [{ type: 'ACCEPT', actor: stranger.developer, engagementId, submission }] }),
    );
    expect(refused.type).toBe(DomainErrorCode.RoleRequired);

    const accepted = await handle.executeUpdate(inquiryRequestUpdate, { args: [{ type: 'ACCEPT', actor: who.developer, engagementId, submission }] });
    expect(accepted).toEqual({ requestId, status: 'ACCEPTED', engagementId });
    await handle.result();
    const engagement = await t.client.workflow.getHandle(engagementWorkflowId(engagementId)).describe();
    expect(engagement.status.name).toBe('RUNNING');
    const submitted = await asWorkflowTestsOwner((db) =>
      db.query<{ stage: string; model_name: string; developer_org: string }>('SELECT stage, model_name, developer_org FROM engagements WHERE id = $1', [
        engagementId,
      ]),
    );
    expect(submitted.rows).toEqual([{ stage: 'INQUIRY_SUBMITTED', model_name: 'Atlas', developer_org: who.developer.org }]);
    await t.env.sleep(2 * DAY_MS);
    expect(await row(requestId)).toMatchObject({ status: 'ACCEPTED', engagement_id: engagementId, answered_by: who.developer.sub });
    expect(await actions(requestId)).toEqual(['request.opened', 'request.accepted']);
  });
});
