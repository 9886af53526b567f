import { randomUUID } from 'node:crypto';

import { WithStartWorkflowOperation, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';

import { GrantProjectionActivities } from '#activities';
import {
  acceptGrantUpdate,
  approveNominationUpdate,
  declineNominationUpdate,
  EndGrantInput,
  grantStateQuery,
  grantWorkflowId,
  grantWorkflowInputOf,
  nominateUpdate,
  publishTermsUpdate,
  revokeGrantUpdate,
  TASK_QUEUE,
} from '#contracts';
import { Actor, DAY_MS, effectiveGrantStatus, GrantState, GrantStatus, Role } from '#domain';
import type { grantWorkflow } from '#workflows';

import { asWorkflowTestsOwner } from '../support/stack';
import { recordHistory, startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';
import { Actors, actors, designatedEngagement, failureOf, GrantRow, grantRows, seedPartners } from '../support/workflow-scenario';

const HOUR_MS = 3_600_000;

/** The status a partner would see, from the read model, as the API computes it. */
async function seenStatus(grant: GrantRow, engagementId: string): Promise<GrantStatus> {
  const terms = await asWorkflowTestsOwner((db) =>
    db.query<{ current_terms_version: string | null }>('SELECT current_terms_version FROM engagements WHERE id = $1', [engagementId]),
  );
  return effectiveGrantStatus(
    {
      status: grant.status,
      acceptBy: grant.accept_by.getTime(),
      expiresAt: grant.expires_at?.getTime() ?? null,
      acceptedTermsVersion: grant.accepted_terms_version,
      currentTermsVersion: terms.rows[0]!.current_terms_version,
      partnerVerified: true,
    },
    Date.now(),
  );
}

/** Endings of these grants fail twice before they are let through, as a flaky database would. */
const flaky = new Map<string, number>();

describe('trusted partners on the time-skipping server', () => {
  let t: WorkflowTestEnv;

  beforeAll(async () => {
    t = await startWorkflowEnv({}, (app) => {
      const real = app.get(GrantProjectionActivities);
      return {
        endGrant: async (input: EndGrantInput) => {
          const attempts = flaky.get(input.state.grantId);
          if (attempts !== undefined) {
            flaky.set(input.state.grantId, attempts + 1);
            if (attempts < 2) {
              throw new Error(`injected transient failure ${attempts + 1}`);
            }
          }
          return real.endGrant(input);
        },
      };
    });
  });

  afterAll(async () => {
    await t?.teardown();
  });

  async function nominate(handle: WorkflowHandle, actor: Actor, partnerIds: string[], durationDays = 30, accessEndsAt?: number): Promise<string> {
    const nominationId = randomUUID();
    await handle.executeUpdate(nominateUpdate, {
      args: [{ actor, nominationId, partnerIds, durationDays, accessEndsAt, scopes: ['model:query'], answerWithinMs: 14 * DAY_MS }],
    });
    return nominationId;
  }

  async function publish(handle: WorkflowHandle, who: Actors, version: string): Promise<void> {
    await handle.executeUpdate(publishTermsUpdate, {
      args: [{ actor: who.developer, version, text: `terms ${version}`, accessEndpoint: 'https://gw.example/v1' }],
    });
  }

  const partnerActor = (partnerId: string): Actor => ({ sub: `user@${partnerId}`, org: partnerId, roles: [Role.Partner] });

  /**
   * The partner accepts as the API has it: Update-With-Start, so the grant's workflow begins with its
   * acceptance. Returns the workflow's handle and the Update's answer.
   */
  async function acceptGrant(row: GrantRow, engagementId: string, termsVersion: string) {
    const input = grantWorkflowInputOf(
      { id: row.id, engagementId, partnerId: row.partner_id, durationDays: row.duration_days, accessEndsAt: row.access_ends_at, acceptBy: row.accept_by },
      DAY_MS,
    );
    const accepted = await t.client.workflow.executeUpdateWithStart(acceptGrantUpdate, {
      args: [{ actor: partnerActor(row.partner_id), termsVersion }],
      startWorkflowOperation: new WithStartWorkflowOperation<typeof grantWorkflow>('grantWorkflow', {
        workflowId: grantWorkflowId(row.id),
        taskQueue: TASK_QUEUE,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    return { grantWf: t.client.workflow.getHandle(grantWorkflowId(row.id)), accepted };
  }

  /** A designated engagement with terms v1 and one approved partner, whose grant is ACTIVE. */
  async function activeGrant(who: Actors) {
    const { id, handle } = await designatedEngagement(t, who);
    const [partnerId] = await seedPartners(1);
    await publish(handle, who, 'v1');
    await handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.admin, nominationId: await nominate(handle, who.developer, [partnerId!]) }] });
    const [grant] = await grantRows(id);
    const { grantWf, accepted } = await acceptGrant(grant!, id, 'v1');
    return { id, handle, partnerId: partnerId!, grant: grant!, grantWf, accepted };
  }

  it('dual consent: nobody approves their own nomination, the same side cannot approve, the other side can', async () => {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who);
    const partners = await seedPartners(2);
    const byDeveloper = await nominate(handle, who.developer, partners);

    expect((await failureOf(handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.developer, nominationId: byDeveloper }] }))).type).toBe(
      'SELF_APPROVAL',
    );
    expect((await failureOf(handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.colleague, nominationId: byDeveloper }] }))).type).toBe(
      'ROLE_REQUIRED',
    );
    const everything: Actor = { ...who.admin, roles: [Role.ProgramAdmin, Role.Reviewer, Role.DesignationAuthority] };
    const byAdmin = await nominate(handle, everything, partners);
    expect((await failureOf(handle.executeUpdate(approveNominationUpdate, { args: [{ actor: everything, nominationId: byAdmin }] }))).type).toBe(
      'SELF_APPROVAL',
    );
    expect((await failureOf(handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.otherAdmin, nominationId: byAdmin }] }))).type).toBe(
      'ROLE_REQUIRED',
    );
    await handle.executeUpdate(declineNominationUpdate, { args: [{ actor: who.developer, nominationId: byAdmin }] });

    await handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.admin, nominationId: byDeveloper, acceptWithinMs: 7 * DAY_MS }] });
    const grants = await grantRows(id);
    expect(grants.map((g) => g.partner_id)).toEqual([...partners].sort());
    expect(grants.every((g) => g.status === GrantStatus.PendingAcceptance)).toBe(true);
    // Approved grants wait in the read model: a grant's workflow starts only when its partner accepts.
    for (const grant of grants) {
      await expect(t.client.workflow.getHandle(grantWorkflowId(grant.id)).describe()).rejects.toThrow(WorkflowNotFoundError);
    }
    await recordHistory(handle, 'partners-dual-consent');
  });

  it('a nomination left unanswered is declined at its deadline, and both sides are told', async () => {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who);
    const nominationId = await nominate(handle, who.admin, await seedPartners(1));
    await t.env.sleep(14 * DAY_MS - HOUR_MS);
    expect(t.notifications(id).filter((n) => n['kind'] === 'NOMINATION_EXPIRED')).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    const row = await asWorkflowTestsOwner((db) =>
      db.query<{ status: string; decided_by: string }>('SELECT status, decided_by FROM nominations WHERE id = $1', [nominationId]),
    );
    expect(row.rows[0]).toEqual({ status: 'EXPIRED', decided_by: 'system' });
    const notice = t.notifications(id).find((n) => n['kind'] === 'NOMINATION_EXPIRED')!;
    expect(notice['recipients']).toEqual([
      { kind: 'org', org: who.developer.org },
      { kind: 'role', role: 'program-admin' },
    ]);
    expect((await failureOf(handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.developer, nominationId }] }))).type).toBe(
      'NOMINATION_NOT_PENDING',
    );
    await recordHistory(handle, 'partners-nomination-expired');
  });

  it('the answering side is reminded 3 days before a nomination’s deadline, and partners yet to accept 3 days before theirs', async () => {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who, { nominationRemindBeforeMs: [3 * DAY_MS], acceptanceRemindBeforeMs: [3 * DAY_MS] });
    const [waiting, accepting] = await seedPartners(2);
    await publish(handle, who, 'v1');
    const nominatedAt = await t.env.currentTimeMs();
    const nominationId = await nominate(handle, who.admin, [waiting!, accepting!]);
    const reminders = (kind: string) => t.notifications(id).filter((n) => n['kind'] === kind);
    await t.env.sleep(11 * DAY_MS - HOUR_MS);
    expect(reminders('NOMINATION_REMINDER')).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    // The government nominated: the developer answers, and is reminded.
    const [reminder] = reminders('NOMINATION_REMINDER');
    expect(reminders('NOMINATION_REMINDER')).toHaveLength(1);
    expect(reminder!['recipients']).toEqual([{ kind: 'org', org: who.developer.org }]);
    expect(Math.abs(Date.parse(String(reminder!['dueAt'])) - (nominatedAt + 14 * DAY_MS))).toBeLessThan(60_000);

    await handle.executeUpdate(approveNominationUpdate, { args: [{ actor: who.developer, nominationId, acceptWithinMs: 7 * DAY_MS }] });
    const approvedAt = await t.env.currentTimeMs();
    const grants = await grantRows(id);
    await acceptGrant(
      grants.find((g) => g.partner_id === accepting)!,
      id,
      'v1',
    );
    await t.env.sleep(4 * DAY_MS - HOUR_MS);
    expect(reminders('ACCEPTANCE_REMINDER')).toEqual([]);
    await t.env.sleep(2 * HOUR_MS);
    const [due] = reminders('ACCEPTANCE_REMINDER');
    expect(due).toEqual(expect.objectContaining({ recipients: [{ kind: 'role', role: 'partner' }] }));
    expect(Date.parse(String(due!['dueAt'])) - approvedAt).toBeGreaterThanOrEqual(7 * DAY_MS - 60_000);
    expect(reminders('NOMINATION_REMINDER')).toHaveLength(1);
    await recordHistory(handle, 'partners-deadline-reminders');
  });

  it('new terms lapse every acceptance: the grant is suspended until the partner accepts them, and keeps its clock', async () => {
    const who = actors();
    const { id, handle, partnerId, grantWf, accepted } = await activeGrant(who);
    expect(accepted.status).toBe('ACTIVE');
    const active = (await grantRows(id))[0]!;
    expect(await seenStatus(active, id)).toBe('ACTIVE');

    await publish(handle, who, 'v2');
    expect(await seenStatus((await grantRows(id))[0]!, id)).toBe('SUSPENDED');

    const strangers = await failureOf(grantWf.executeUpdate(acceptGrantUpdate, { args: [{ actor: partnerActor('someone-else'), termsVersion: 'v2' }] }));
    expect(strangers.type).toBe('NOT_ON_ROSTER');
    await grantWf.executeUpdate(acceptGrantUpdate, { args: [{ actor: partnerActor(partnerId), termsVersion: 'v2' }] });
    const resumed = (await grantRows(id))[0]!;
    expect(await seenStatus(resumed, id)).toBe('ACTIVE');
    expect(resumed.expires_at?.getTime()).toBe(active.expires_at?.getTime());
    await recordHistory(grantWf, 'grant-terms-changed');
  });

  it('a grant expires at its exact expiresAt, and one never accepted lapses at its deadline', async () => {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who);
    const [early, late] = await seedPartners(2);
    await publish(handle, who, 'v1');
    await handle.executeUpdate(approveNominationUpdate, {
      args: [{ actor: who.admin, nominationId: await nominate(handle, who.developer, [early!, late!], 10), acceptWithinMs: 5 * DAY_MS }],
    });
    const grants = await grantRows(id);
    const toAccept = grants.find((g) => g.partner_id === early)!;
    const neverAccepted = grants.find((g) => g.partner_id === late)!;
    const acceptBy = neverAccepted.accept_by.getTime();
    const { grantWf: acceptedWf } = await acceptGrant(toAccept, id, 'v1');
    const accepted = (await grantRows(id)).find((g) => g.id === toAccept.id)!;
    const expiresAt = accepted.expires_at!.getTime();
    expect(expiresAt - accepted.activated_at!.getTime()).toBe(10 * DAY_MS);
    const rowOf = async (grantId: string) => (await grantRows(id)).find((g) => g.id === grantId)!;

    // Our client has no time-skipping interceptors, so move the clock explicitly. Just before the
    // acceptance deadline the unaccepted grant is still pending; just after, it has lapsed, stamped at the deadline.
    await t.env.sleep(acceptBy - (await t.env.currentTimeMs()) - HOUR_MS);
    expect((await rowOf(neverAccepted.id)).status).toBe('PENDING_ACCEPTANCE');
    await t.env.sleep(2 * HOUR_MS);
    expect(await rowOf(neverAccepted.id)).toEqual(expect.objectContaining({ status: 'LAPSED', end_reason: 'NOT_ACCEPTED', ended_at: new Date(acceptBy) }));
    expect((await rowOf(toAccept.id)).status).toBe('ACTIVE');
    const lapseAudit = await asWorkflowTestsOwner((db) =>
      db.query<{ action: string; actor_sub: string }>('SELECT action, actor_sub FROM audit_events WHERE subject_id = $1', [neverAccepted.id]),
    );
    expect(lapseAudit.rows).toEqual([{ action: 'grant.lapsed', actor_sub: 'system' }]);

    // One second before its expiresAt the accepted grant is active; once past, it has expired, at expiresAt exactly.
    await t.env.sleep(expiresAt - (await t.env.currentTimeMs()) - 1_000);
    expect((await acceptedWf.query(grantStateQuery)).status).toBe('ACTIVE');
    await t.env.sleep(2_000);
    const ended = (await acceptedWf.result()) as GrantState;
    expect(ended).toEqual(expect.objectContaining({ status: 'EXPIRED', endedAt: expiresAt }));
    expect(await rowOf(toAccept.id)).toEqual(expect.objectContaining({ status: 'EXPIRED', end_reason: 'EXPIRED', ended_at: new Date(expiresAt) }));
    const audit = await asWorkflowTestsOwner((db) =>
      db.query<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq', [toAccept.id]),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['grant.accepted', 'grant.expired']);
    await recordHistory(acceptedWf, 'grant-expired');
    await recordHistory(handle, 'partners-acceptance-lapsed');
  });

  it("grants that share an end (the nomination's accessEndsAt) expire together at that instant, each audited once", async () => {
    const who = actors();
    const { id, handle } = await designatedEngagement(t, who);
    const partners = await seedPartners(3);
    await publish(handle, who, 'v1');
    const accessEndsAt = (await t.env.currentTimeMs()) + 3 * DAY_MS;
    await handle.executeUpdate(approveNominationUpdate, {
      args: [{ actor: who.admin, nominationId: await nominate(handle, who.developer, partners, 30, accessEndsAt), acceptWithinMs: 2 * DAY_MS }],
    });
    const rows = await grantRows(id);
    const workflows = await Promise.all(rows.map(async (row) => (await acceptGrant(row, id, 'v1')).grantWf));
    expect((await grantRows(id)).map((g) => g.expires_at?.getTime())).toEqual([accessEndsAt, accessEndsAt, accessEndsAt]);

    await t.env.sleep(accessEndsAt - (await t.env.currentTimeMs()) - 1_000);
    expect((await grantRows(id)).map((g) => g.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    await t.env.sleep(2_000);
    // The engagement expired them all at the instant; each grant's own workflow then only confirms it.
    expect((await grantRows(id)).map((g) => g.status)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
    expect((await workflows[0]!.describe()).status.name).toBe('RUNNING');
    await t.env.sleep(2 * 60_000);
    for (const wf of workflows) {
      expect((await wf.result()) as GrantState).toEqual(expect.objectContaining({ status: 'EXPIRED', endedAt: accessEndsAt }));
    }
    const ended = await grantRows(id);
    expect(ended.map((g) => [g.status, g.end_reason, g.ended_at?.getTime()])).toEqual(Array.from({ length: 3 }, () => ['EXPIRED', 'EXPIRED', accessEndsAt]));
    const audit = await asWorkflowTestsOwner((db) =>
      db.query<{ subject_id: string; n: string }>(
        `SELECT subject_id, count(*) AS n FROM audit_events WHERE action = 'grant.expired' AND subject_id = ANY($1) GROUP BY subject_id`,
        [ended.map((g) => g.id)],
      ),
    );
    expect(audit.rows.map((r) => r.n)).toEqual(['1', '1', '1']);
    const timeline = await asWorkflowTestsOwner((db) =>
      db.query<{ occurred_at: Date }>(`SELECT occurred_at FROM engagement_timeline WHERE engagement_id = $1 AND event_type = 'GRANTS_EXPIRED'`, [id]),
    );
    expect(timeline.rows.map((r) => r.occurred_at.getTime())).toEqual([accessEndsAt]);
    await recordHistory(handle, 'partners-shared-access-end');
  });

  it('revocation is retried through transient failures until the read model confirms it, and audited once', async () => {
    const who = actors();
    const { id, grant, grantWf } = await activeGrant(who);

    flaky.set(grant.id, 0);
    const revoked = await grantWf.executeUpdate(revokeGrantUpdate, { args: [{ actor: who.developer, reason: 'misuse reported' }] });
    expect(revoked.status).toBe('REVOKED');
    expect(flaky.get(grant.id)).toBe(3);
    expect((await grantRows(id))[0]).toEqual(expect.objectContaining({ status: 'REVOKED', end_reason: 'REVOKED' }));
    const audit = await asWorkflowTestsOwner((db) =>
      db.query<{ action: string; outcome: string }>('SELECT action, outcome FROM audit_events WHERE subject_id = $1 ORDER BY seq', [grant.id]),
    );
    expect(audit.rows).toEqual([
      { action: 'grant.accepted', outcome: 'ACTIVE' },
      { action: 'grant.revoked', outcome: 'REVOKED' },
    ]);
    expect(((await grantWf.result()) as GrantState).status).toBe('REVOKED');
    await recordHistory(grantWf, 'grant-revoked-after-retries');
  });
});
