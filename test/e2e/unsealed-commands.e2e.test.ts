import { randomBytes, randomUUID } from 'node:crypto';

import { Client, Connection, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import { parseKeyring } from '#config';
import { determineUpdate, engagementWorkflowId, grantEndedSignal, grantWorkflowId, TASK_QUEUE, withdrawUpdate, WorkflowFailureType } from '#contracts';
import { DesignationOutcome, GrantEndReason, Role } from '#domain';
import { EncryptionCodec, sealedClientOptions } from '#security';

import { get } from '../support/api';
import { act, activeGrants, Cast, cast, changesAudited, detail, grantsOf, recommended, STAGES } from '../support/scenario';
import { stack } from '../support/stack';

/**
 * Identity travels inside commands, so anyone who can reach the Temporal frontend (the CLI, an
 * operator) could otherwise send one with an invented actor. Only commands sealed under the
 * system's payload key are taken; these are sent without it, as such a person would.
 */
describe('commands sent straight to Temporal, unsealed', () => {
  let c: Cast;
  let connection: Connection;
  let outsider: Client;

  beforeAll(async () => {
    c = await cast();
    connection = await Connection.connect({ address: stack().temporalAddress });
    outsider = new Client({ connection });
  });

  afterAll(async () => {
    await connection.close();
  });

  async function temporalOf(grantId: string): Promise<string> {
    return (await outsider.workflow.getHandle(grantWorkflowId(grantId)).describe()).status.name;
  }

  /** The engagement's audit trail, leaving out the reads this test makes itself. */
  async function auditCount(id: string): Promise<number> {
    return (await changesAudited(id, c.auditor)).length;
  }

  it('a determination with an invented authority is refused and changes nothing: the two-person rule holds', async () => {
    const id = await recommended(c);
    const before = await auditCount(id);
    const forgedAuthority = { sub: `mallory-${randomUUID().slice(0, 6)}`, org: 'nsa', roles: [Role.DesignationAuthority] };
    const attempt = outsider.workflow
      .getHandle(engagementWorkflowId(id))
      .executeUpdate(determineUpdate, { args: [{ actor: forgedAuthority, outcome: DesignationOutcome.Covered, rationale: 'forged' }] });
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((error as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(WorkflowFailureType.Unsealed);

    const after = await detail(id, c.developer);
    expect(after.body.stage).toBe(STAGES.Recommended);
    expect(after.body.timeline.map((t) => t.stage)).not.toContain(STAGES.Designated);
    expect(await auditCount(id)).toBe(before);
  });

  it('a withdrawal in the developer’s name is refused too: the developer’s own choices stay theirs', async () => {
    const id = await recommended(c);
    const actor = { sub: c.developer.sub, org: c.developer.org, roles: [Role.Developer] };
    await expect(outsider.workflow.getHandle(engagementWorkflowId(id)).executeUpdate(withdrawUpdate, { args: [{ actor }] })).rejects.toThrow(
      WorkflowUpdateFailedError,
    );
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Recommended);
  });

  /** The sealed arguments of an Update as its engagement's history holds them, copied as is. */
  async function sealedArgsFromHistory(id: string, update: string) {
    const history = await outsider.workflow.getHandle(engagementWorkflowId(id)).fetchHistory();
    const accepted = (history.events ?? [])
      .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input)
      .find((input) => input?.name === update);
    expect(accepted?.args?.payloads?.length).toBe(1);
    return accepted!.args!;
  }

  /** Sends an Update with the given payloads untouched, as someone with Temporal access but not the key could. */
  async function sendRaw(id: string, update: string, args: Awaited<ReturnType<typeof sealedArgsFromHistory>>) {
    const response = await connection.workflowService.updateWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId: engagementWorkflowId(id) },
      // UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED
      waitPolicy: { lifecycleStage: 3 },
      request: { meta: { updateId: randomUUID(), identity: 'outsider' }, input: { name: update, args } },
    });
    return response.outcome?.failure?.applicationFailureInfo?.type;
  }

  it('a sealed command copied from one engagement to another does not open there', async () => {
    const first = await recommended(c);
    const second = await recommended(c);
    await act(`/v1/engagements/${first}/withdraw`, c.developer, { reason: 'not this one' });
    // The developer's own withdrawal of the first engagement, replayed against the second.
    expect(await sendRaw(second, 'withdraw', await sealedArgsFromHistory(first, 'withdraw'))).toBe(WorkflowFailureType.Unsealed);
    expect((await detail(second, c.developer)).body.stage).toBe(STAGES.Recommended);
  });

  it('a sealed command sent again to its own engagement under a new Update id is refused, not applied twice', async () => {
    const id = await recommended(c);
    const before = await auditCount(id);
    expect(await sendRaw(id, 'recordBenchmark', await sealedArgsFromHistory(id, 'recordBenchmark'))).toBe(WorkflowFailureType.Unsealed);
    expect(await auditCount(id)).toBe(before);
  });

  it('an unsealed signal ending a grant is dropped, and a workflow started with unsealed input fails without touching the read model', async () => {
    const { id, partners, grants } = await activeGrants(c);
    const grant = { id: grants[0]! };
    await outsider.workflow.getHandle(grantWorkflowId(grant.id)).signal(grantEndedSignal, { reason: GrantEndReason.Revoked });
    // The grant workflow takes its next task after the signal; give it the time to act, were it to.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await grantsOf(partners[0]!, id))[0]!.status).toBe('ACTIVE');
    const state = await temporalOf(grant.id);
    expect(state).toBe('RUNNING');

    const forgedId = randomUUID();
    const started = outsider.workflow.execute('engagementWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: engagementWorkflowId(forgedId),
      args: [{ engagementId: forgedId, clock: { determinationTargetMs: 1, remindBeforeMs: [] } }],
      workflowExecutionTimeout: '30 seconds',
    });
    const failure = await started.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect(((failure as WorkflowFailedError).cause as ApplicationFailure).type).toBe(WorkflowFailureType.Unsealed);
    expect((await get(`/v1/engagements/${forgedId}`, c.auditor.token)).status).toBe(404);
  });

  it('a signal with no arguments and a command sealed under a key this system does not hold are refused, and the workflows keep running', async () => {
    const { id, grants } = await activeGrants(c);
    const grant = { id: grants[0]! };
    // A signal with nothing in it: dropped, not a task that fails forever.
    await connection.workflowService.signalWorkflowExecution({
      namespace: 'default',
      workflowExecution: { workflowId: grantWorkflowId(grant.id) },
      signalName: grantEndedSignal.name,
      input: { payloads: [] },
      identity: 'outsider',
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await temporalOf(grant.id)).toBe('RUNNING');
    // The grant's workflow still answers: the developer revokes and it ends.
    expect((await act(`/v1/grants/${grant.id}/revoke`, c.developer, { reason: 'done' })) as unknown).toMatchObject({ status: 'REVOKED' });
    for (const deadline = Date.now() + 10_000; (await temporalOf(grant.id)) === 'RUNNING' && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await temporalOf(grant.id)).toBe('COMPLETED');

    // Sealed under a key id this system does not hold: refused like any unsealed command.
    const foreign = new Client({
      connection,
      ...sealedClientOptions(new EncryptionCodec(parseKeyring('FOREIGN', `p9:${randomBytes(32).toString('base64')}`, 'p9'))),
    });
    const actor = { sub: c.developer.sub, org: c.developer.org, roles: [Role.Developer] };
    const refused = await foreign.workflow
      .getHandle(engagementWorkflowId(id))
      .executeUpdate(withdrawUpdate, { args: [{ actor }] })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(WorkflowFailureType.Unsealed);
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Designated);
    // And the engagement's workflow takes the next real command.
    expect((await act(`/v1/engagements/${id}/close`, c.developer, {})).stage).toBe(STAGES.Closed);
  });
});
