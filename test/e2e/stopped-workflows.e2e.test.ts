import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { Client, Connection } from '@temporalio/client';

import { assignReviewersUpdate, engagementWorkflowId, grantWorkflowId } from '#contracts';

import { get, post } from '../support/api';
import { ROOT } from '../support/paths';
import { act, activeGrants, ARTIFACT, Cast, cast, detail, DIGEST, GATEWAY, grantsOf, introspect, recommended, STAGES, underReview } from '../support/scenario';
import { Caller, stack } from '../support/stack';

const run = promisify(execFile);

interface AuditItem {
  readonly action: string;
  readonly subjectId: string;
  readonly details: Record<string, unknown>;
}

/**
 * An engagement's or a grant's workflow stopped from outside (terminated, or reset out of step with
 * the record). The API notices when a command finds it gone; ending access still takes effect, since a
 * developer's withdrawal must never depend on a workflow being alive, and everything else waits for an
 * operator's repair (README, "Repairing a workflow"), which the last test follows.
 */
describe('workflows stopped from outside', () => {
  let c: Cast;
  let connection: Connection;
  let operator: Client;

  beforeAll(async () => {
    c = await cast();
    connection = await Connection.connect({ address: stack().temporalAddress });
    operator = new Client({ connection });
  });

  afterAll(async () => {
    await connection.close();
  });

  /** A designated engagement with one ACTIVE grant per partner, each partner holding a token that introspects as active. */
  async function withActiveGrants(count: number): Promise<{ id: string; partners: Caller[]; grants: string[]; tokens: string[] }> {
    const granted = await activeGrants(c, count);
    const tokens: string[] = [];
    for (const [index, partner] of granted.partners.entries()) {
      const token = await post<{ token: string }>(`/v1/grants/${granted.grants[index]}/access-tokens`, partner.token, {});
      expect(token.status).toBe(201);
      expect((await introspect(token.body.token, c.developer)).body['active']).toBe(true);
      tokens.push(token.body.token);
    }
    return { ...granted, tokens };
  }

  async function terminate(workflowId: string): Promise<void> {
    await operator.workflow.getHandle(workflowId).terminate('stopped from outside, by test');
    expect((await operator.workflow.getHandle(workflowId).describe()).status.name).toBe('TERMINATED');
  }

  async function trail(id: string): Promise<AuditItem[]> {
    const res = await get<{ items: AuditItem[] }>(`/v1/engagements/${id}/audit?limit=100`, c.auditor.token);
    expect(res.status).toBe(200);
    return res.body.items;
  }

  it('an engagement whose workflow was terminated: other commands are 503 WORKFLOW_NOT_RUNNING and change nothing; the developer still withdraws, every grant ends and every token goes inactive', async () => {
    const { id, grants, tokens } = await withActiveGrants(2);
    await terminate(engagementWorkflowId(id));

    const refused = await post(`/v1/engagements/${id}/access-window`, c.developer.token, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body).toEqual(expect.objectContaining({ code: 'WORKFLOW_NOT_RUNNING', status: 503 }));
    expect(String(refused.body['detail'])).toMatch(/withdrawal and revocation still take effect/);
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Designated);
    // Nobody else may use the fallback: it is decided by the same rules.
    expect((await post(`/v1/engagements/${id}/withdraw`, c.otherDeveloper.token, { reason: 'not mine' })).status).toBe(404);
    expect((await post(`/v1/engagements/${id}/withdraw`, c.reviewer.token, { reason: 'not mine' })).status).toBe(403);

    const withdrawn = await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: 'pausing the release' });
    expect(withdrawn.stage).toBe(STAGES.Withdrawn);
    expect((await grantsOf(c.developer, id)).map((g) => g.status)).toEqual(['REVOKED', 'REVOKED']);
    for (const token of tokens) {
      expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    }
    const full = await detail(id, c.developer);
    expect(full.body.timeline.map((t) => t.stage)).toContain(STAGES.Withdrawn);
    // Said once, in the trail, and with which path it took; each grant's end is audited on its own.
    const events = await trail(id);
    const withdrawal = events.filter((e) => e.action === 'engagement.withdrawn');
    expect(withdrawal).toHaveLength(1);
    expect(withdrawal[0]!.details).toEqual(
      expect.objectContaining({ fromStage: STAGES.Designated, toStage: STAGES.Withdrawn, grantsEnded: 2, workflow: 'NOT_RUNNING' }),
    );
    expect(
      events
        .filter((e) => e.action === 'grant.revoked')
        .map((e) => e.subjectId)
        .sort(),
    ).toEqual([...grants].sort());
    // Once withdrawn it is over, workflow or not.
    const again = await post(`/v1/engagements/${id}/withdraw`, c.developer.token, { reason: 'again' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', stage: STAGES.Withdrawn }));
    expect((await get('/v1/audit/verify', c.auditor.token)).body).toEqual(expect.objectContaining({ ok: true }));
  });

  it('a bulk revocation goes on without the engagement’s workflow too', async () => {
    const { id, tokens } = await withActiveGrants(1);
    await terminate(engagementWorkflowId(id));
    const bulk = await post<{ revoked: number }>(`/v1/engagements/${id}/grants/revoke`, c.developer.token, { reason: 'gateway compromised' });
    expect(bulk.status).toBe(200);
    expect(bulk.body.revoked).toBe(1);
    expect((await introspect(tokens[0]!, c.developer)).body).toEqual({ active: false });
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Designated);
    // Left behind as it is, every later command on it would be a 503 for as long as the suite runs.
    expect((await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: 'done with this test' })).stage).toBe(STAGES.Withdrawn);
  });

  it('a grant whose workflow was terminated is still revoked: in the record, for its tokens and in the trail', async () => {
    const { id, partners, grants, tokens } = await withActiveGrants(1);
    await terminate(grantWorkflowId(grants[0]!));
    const revoked = await post<{ status: string }>(`/v1/grants/${grants[0]}/revoke`, c.developer.token, { reason: 'contract ended' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('REVOKED');
    expect((await introspect(tokens[0]!, c.developer)).body).toEqual({ active: false });
    expect((await post(`/v1/grants/${grants[0]}/access-tokens`, partners[0]!.token, {})).status).toBe(409);
    const ending = (await trail(id)).filter((e) => e.action === 'grant.revoked' && e.subjectId === grants[0]);
    expect(ending).toHaveLength(1);
    expect(ending[0]!.details).toEqual(expect.objectContaining({ workflow: 'NOT_RUNNING' }));
    // The engagement's own workflow is untouched and still takes commands.
    expect((await act(`/v1/engagements/${id}/close`, c.developer, {})).stage).toBe(STAGES.Closed);
  });

  it('an engagement whose workflow was reset behind its record is out of step: its writes are refused, commands are 503, and the developer still withdraws', async () => {
    const id = await recommended(c);
    // Reset to just after the reviewers were assigned, without re-applying the later commands: the
    // workflow now believes the engagement is UNDER_REVIEW, while the record has moved on.
    const handle = operator.workflow.getHandle(engagementWorkflowId(id));
    const events = (await handle.fetchHistory()).events ?? [];
    const accepted = events.find((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === assignReviewersUpdate.name);
    const completedAt = events.findIndex((e) => String(e.workflowExecutionUpdateCompletedEventAttributes?.acceptedEventId ?? '') === String(accepted!.eventId));
    // The first workflow task after the Update completed (its write may be a local activity in the very task
    // that accepted it): resetting there keeps everything up to the assignment and nothing after it.
    const resetPoint = events.slice(completedAt + 1).find((e) => e.workflowTaskCompletedEventAttributes);
    await connection.workflowService.resetWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId: engagementWorkflowId(id) },
      reason: 'reset behind its record, by test',
      workflowTaskFinishEventId: resetPoint!.eventId,
      requestId: randomUUID(),
      // RESET_REAPPLY_EXCLUDE_TYPE_SIGNAL, RESET_REAPPLY_EXCLUDE_TYPE_UPDATE
      resetReapplyExcludeTypes: [1, 2],
    });
    const before = (await trail(id)).length;

    // The workflow believes the reviewer has not attested yet, and takes the attestation; its write meets
    // the version the record already holds.
    const refused = await post(`/v1/engagements/${id}/attestations`, c.reviewer.token, { noConflictOfInterest: true });
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual(expect.objectContaining({ code: 'WORKFLOW_NOT_RUNNING' }));
    expect(String(refused.body['detail'])).toMatch(/out of step/);
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Recommended);

    expect((await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: 'pausing' })).stage).toBe(STAGES.Withdrawn);
    // The workflow that still believed otherwise is stopped, so it reminds nobody of an engagement that is over.
    expect((await handle.describe()).status.name).toBe('TERMINATED');
    const after = await trail(id);
    expect(after.filter((e) => e.action === 'engagement.withdrawn')).toHaveLength(1);
    expect(after.length).toBeGreaterThan(before);
  });

  it('an operator repairs a terminated engagement by resetting it to its last workflow task, as the README says; it then takes commands again', async () => {
    const id = await underReview(c);
    await terminate(engagementWorkflowId(id));
    const benchmark = () =>
      post(`/v1/engagements/${id}/benchmark-results`, c.reviewer.token, { reference: 'NSA-BM-0043', digest: DIGEST, summary: 'Below threshold' });
    expect((await benchmark()).status).toBe(503);

    const cli = path.join(ROOT, '.tools', 'bin', 'temporal');
    await run(cli, [
      'workflow',
      'reset',
      '--address',
      stack().temporalAddress,
      '--namespace',
      'default',
      '--workflow-id',
      engagementWorkflowId(id),
      '--type',
      'LastWorkflowTask',
      '--reason',
      'repair after an accidental termination',
    ]);
    expect((await operator.workflow.getHandle(engagementWorkflowId(id)).describe()).status.name).toBe('RUNNING');
    // Said as status and code, so a refusal names its reason.
    const repaired = await benchmark();
    expect({ status: repaired.status, code: repaired.body['code'], detail: repaired.body['detail'] }).toEqual({
      status: 200,
      code: undefined,
      detail: undefined,
    });
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.UnderReview);
  });
});
