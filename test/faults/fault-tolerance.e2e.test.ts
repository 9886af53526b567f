import { randomUUID } from 'node:crypto';
import * as path from 'node:path';

import { Client, Connection } from '@temporalio/client';
import { decodeJwt } from 'jose';

import { Role } from '#domain';

import { ApiResponse, get, post, request } from '../support/api';
import { OUTPUT } from '../support/paths';
import {
  act,
  ARTIFACT,
  Cast,
  cast,
  detail,
  determined,
  GATEWAY,
  grantsOf,
  inquiry,
  introspect,
  partnerRows,
  publishTerms,
  registerPartners,
  reviewerToken,
  STAGES,
} from '../support/scenario';
import { asOwner, Caller, caller, control, stack, useStack } from '../support/stack';
import { launchStack, stopStack } from '../support/stack-process';
import { until } from '../support/until';

/** One of this stack's days lasts this long, so a one-day window or grant ends within the test. */
const DAY_MS = 30_000;
const INFO = path.join(OUTPUT, 'fault-stack.json');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a command as a careful client does: one Idempotency-Key, repeated while the answer is 503 or "in progress". */
async function command<T>(who: Caller, method: string, url: string, body: unknown, timeoutMs = 90_000, key: string = randomUUID()): Promise<ApiResponse<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await request<T>(method, url, body, { token: who.token, idempotencyKey: key }).catch(() => undefined);
    const retry = res === undefined || res.status === 503 || (res.status === 409 && (res.body as { code?: string }).code === 'IDEMPOTENCY_KEY_IN_PROGRESS');
    if (!retry) {
      return res;
    }
    if (Date.now() > deadline) {
      throw new Error(`${method} ${url} still unanswered: ${res ? `${res.status} ${JSON.stringify(res.body)}` : 'no connection'}`);
    }
    await sleep(300);
  }
}

interface AuditRow {
  action: string;
  subject_id: string;
  details: { version?: number; commandId?: string };
}

/**
 * Every state change was audited exactly once: each audit event of these subjects names the
 * activity receipt (`<kind>:<id>:v<version>`) that its write claimed, with the same command, and no
 * receipt has two events or none.
 */
async function expectAuditMatchesReceipts(kind: 'engagement' | 'grant', ids: readonly string[]): Promise<AuditRow[]> {
  const { events, receipts } = await asOwner(async (db) => ({
    events: (
      await db.query<AuditRow>(`SELECT action, subject_id, details FROM audit_events WHERE subject_type = $1 AND subject_id = ANY($2) ORDER BY seq`, [
        kind,
        ids,
      ])
    ).rows,
    receipts: (
      await db.query<{ key: string; command_id: string }>(`SELECT key, command_id FROM activity_receipts WHERE key LIKE ANY($1)`, [
        ids.map((id) => `${kind}:${id}:v%`),
      ])
    ).rows,
  }));
  const changes = events.filter((e) => e.details.commandId !== undefined);
  const byKey = new Map<string, string>();
  for (const event of changes) {
    const key = `${kind}:${event.subject_id}:v${event.details.version}`;
    expect(byKey.has(key)).toBe(false);
    byKey.set(key, event.details.commandId!);
  }
  expect(new Map(receipts.map((r) => [r.key, r.command_id]))).toEqual(byKey);
  return events;
}

/** The engagements a caller submitted. */
async function submittedIds(sub: string): Promise<string[]> {
  return asOwner(async (db) => (await db.query<{ id: string }>('SELECT id FROM engagements WHERE submitted_by = $1', [sub])).rows.map((r) => r.id));
}

async function expectChainVerifies(auditor: Caller): Promise<void> {
  const verify = await get<{ ok: boolean; checked: number }>('/v1/audit/verify', auditor.token);
  expect(verify.body).toEqual(expect.objectContaining({ ok: true }));
}

/** A dependency is down: the API says so as 503 problem+json, and within 5 seconds. */
function expectPrompt503(answer: ApiResponse, tookMs: number): void {
  expect(tookMs).toBeLessThan(5_000);
  expect(answer.status).toBe(503);
  expect(answer.contentType).toContain('application/problem+json');
}

/** The window closes by its own timer, stamped at `closesAt` to the millisecond, and the token dies with it. */
async function expectWindowExpiredAt(c: Cast, id: string, closesAt: number, token: string, graceMs: number): Promise<void> {
  const closed = await until(
    'the window to close',
    async () => {
      const d = (await detail(id, c.developer)).body;
      return d.stage === STAGES.PostWindow && d;
    },
    closesAt - Date.now() + graceMs,
  );
  expect(closed.window).toEqual(expect.objectContaining({ endReason: 'EXPIRED', endedAt: new Date(closesAt).toISOString() }));
  expect((await introspect(token, c.developer)).body).toEqual({ active: false });
}

describe('fault tolerance: real processes killed, stopped and restarted', () => {
  let pid: number | undefined;
  let temporal: Client;
  let connection: Connection;

  beforeAll(async () => {
    // Untraced, as production runs by default (the suite's shared stack traces): the plain workflow bundle is exercised here.
    const launched = launchStack(INFO, path.join(OUTPUT, 'fault-stack.log'), {
      DAY_LENGTH: `${DAY_MS / 1000}s`,
      WINDOW_REMINDERS: 'none',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
    });
    pid = launched.pid;
    await launched.ready;
    useStack(INFO);
    connection = await Connection.connect({ address: stack().temporalAddress });
    temporal = new Client({ connection });
  }, 200_000);

  afterAll(async () => {
    await connection?.close();
    await stopStack(pid, INFO);
  }, 60_000);

  async function failedWorkflows(): Promise<string[]> {
    const failed: string[] = [];
    for await (const wf of temporal.workflow.list({ query: `ExecutionStatus = 'Failed' OR ExecutionStatus = 'Terminated' OR ExecutionStatus = 'TimedOut'` })) {
      failed.push(wf.workflowId);
    }
    return failed;
  }

  it('a worker killed mid-window comes back: the window still closes at its time, commands land once, the audit chain holds', async () => {
    const c = await cast();
    const id = await determined(c);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { days: 1, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const closesAt = Date.parse((await detail(id, c.developer)).body.window!.closesAt);
    const token = (await reviewerToken(id, c.reviewer)).token;
    const finding = {
      title: 'Jailbreak through role-play',
      description: 'Policy bypass',
      inKev: false,
      publiclyExposed: true,
      automatable: true,
      technicalImpact: 'PARTIAL',
    };

    await control('worker', 'kill');
    // With no worker, a command cannot finish: the API says so within seconds, and the client repeats it.
    const key = randomUUID();
    let waiting: ApiResponse;
    let waitedMs: number;
    try {
      const started = Date.now();
      waiting = await request(`POST`, `/v1/engagements/${id}/findings`, finding, { token: c.reviewer.token, idempotencyKey: key });
      waitedMs = Date.now() - started;
      await sleep(2_000);
    } finally {
      await control('worker', 'start');
    }
    expectPrompt503(waiting, waitedMs);
    const recorded = await until(
      'the repeated finding',
      async () => {
        const res = await request<{ id: string }>('POST', `/v1/engagements/${id}/findings`, finding, { token: c.reviewer.token, idempotencyKey: key });
        return res.status === 201 && res;
      },
      60_000,
    );
    expect(recorded.body.id).toEqual(expect.any(String));

    await expectWindowExpiredAt(c, id, closesAt, token, 30_000);
    expect((await get<{ items: unknown[] }>(`/v1/engagements/${id}/findings`, c.developer.token)).body.items).toHaveLength(1);
    const events = await expectAuditMatchesReceipts('engagement', [id]);
    expect(events.filter((e) => e.action === 'engagement.finding_recorded')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'engagement.window_ended')).toHaveLength(1);
    await expectChainVerifies(c.auditor);
  }, 180_000);

  it('a worker killed twice during a 500-grant fan-out: every grant starts, activates and expires once, and none outlives expiresAt', async () => {
    const c = await cast();
    const id = await determined(c);
    const rows = partnerRows(500, 'ELECTRIC_UTILITY', 'MT');
    await registerPartners(c, rows);
    const terms = await publishTerms(c, id);
    const nominated = await post<{ id: string }>(`/v1/engagements/${id}/nominations`, c.admin.token, {
      partnerIds: rows.map((r) => r.id),
      durationDays: 2,
      scopes: ['model:query'],
    });
    const approvedAt = new Date();
    await act(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.developer, {});
    const grantWorkflows = async (status?: string) =>
      (
        await temporal.workflow.count(
          `WorkflowType = 'grantWorkflow' AND StartTime >= '${approvedAt.toISOString()}'${status ? ` AND ExecutionStatus = '${status}'` : ''}`,
        )
      ).count;
    const grants = await grantsOf(c.developer, id);
    expect(grants).toHaveLength(500);
    // The fan-out is the partners': each acceptance starts its grant's workflow. None has started yet.
    expect(await grantWorkflows()).toBe(0);

    // 500 partners accept, 8 at a time, as careful clients (one Idempotency-Key each, repeated on 503);
    // the worker is killed twice while they do.
    const queue = [...grants];
    let accepted = 0;
    const kills = new Set([100, 300]);
    const lanes = Array.from({ length: 8 }, async () => {
      for (let grant = queue.shift(); grant; grant = queue.shift()) {
        const partner = await caller(Role.Partner, grant.partner.id);
        const res = await command<{ status: string }>(partner, 'POST', `/v1/grants/${grant.id}/accept`, { termsVersion: terms.version, termsHash: terms.hash });
        expect(res.status).toBe(200);
        accepted += 1;
        if (kills.delete(accepted)) {
          await control('worker', 'kill');
          await sleep(1_000);
          await control('worker', 'start');
        }
      }
    });
    await Promise.all(lanes);
    expect(kills.size).toBe(0);
    // Every grant's workflow started exactly once, however many times its acceptance was sent.
    await until('visibility to list every grant workflow', async () => (await grantWorkflows()) >= 500, 30_000);
    expect(await grantWorkflows()).toBe(500);

    const ids = grants.map((g) => g.id);

    // The grants that expire last: their partners hold tokens, and the worker is down across their expiry.
    const last = await asOwner(
      async (db) =>
        (
          await db.query<{ id: string; partner_id: string; expires_at: Date }>(
            `SELECT id, partner_id, expires_at FROM grants WHERE engagement_id = $1 ORDER BY expires_at DESC LIMIT 5`,
            [id],
          )
        ).rows,
    );
    const tokens = await Promise.all(
      last.map(async (g) => {
        const res = await post<{ token: string; expiresAt: string }>(`/v1/grants/${g.id}/access-tokens`, (await caller(Role.Partner, g.partner_id)).token, {});
        expect(res.status).toBe(201);
        // A token never outlives its grant.
        expect(Date.parse(res.body.expiresAt)).toBeLessThanOrEqual(g.expires_at.getTime());
        return res.body.token;
      }),
    );
    const lastExpiry = last[0]!.expires_at;
    await sleep(Math.max(0, lastExpiry.getTime() - Date.now() - 3_000));
    await control('worker', 'kill');
    try {
      await sleep(Math.max(0, lastExpiry.getTime() - Date.now() + 1_000));
      // No worker has run the expiry timers, yet no grant is usable past its expiresAt.
      for (const token of tokens) {
        expect((await introspect(token, c.developer)).body).toEqual({ active: false });
      }
      expect((await post(`/v1/grants/${last[0]!.id}/access-tokens`, (await caller(Role.Partner, last[0]!.partner_id)).token, {})).status).toBe(409);
    } finally {
      await control('worker', 'start');
    }
    await until(
      'every grant to expire',
      async () =>
        (await asOwner((db) => db.query<{ n: string }>(`SELECT count(*) AS n FROM grants WHERE engagement_id = $1 AND status = 'EXPIRED'`, [id]))).rows[0]!
          .n === '500',
      lastExpiry.getTime() - Date.now() + 60_000,
    );
    const ended = await asOwner((db) =>
      db.query<{ late: string; early: string }>(
        `SELECT count(*) FILTER (WHERE ended_at <> expires_at) AS late, count(*) FILTER (WHERE end_reason <> 'EXPIRED') AS early FROM grants WHERE engagement_id = $1`,
        [id],
      ),
    );
    expect(ended.rows[0]).toEqual({ late: '0', early: '0' });
    // No partner token outlives its grant, and the grant's own token reads as inactive now.
    const outliving = await asOwner((db) =>
      db.query(
        `SELECT t.jti FROM access_tokens t JOIN grants g ON g.engagement_id = t.engagement_id AND g.partner_id = t.subject_org
         WHERE g.engagement_id = $1 AND t.kind = 'partner-access' AND t.expires_at > g.expires_at`,
        [id],
      ),
    );
    expect(outliving.rows).toEqual([]);
    // And no introspection ever called a token of these grants active after the grant's expiresAt.
    const lateActive = await asOwner((db) =>
      db.query(
        `SELECT a.id FROM audit_events a JOIN access_tokens t ON t.jti::text = a.subject_id JOIN grants g ON g.id = t.grant_id
         WHERE g.engagement_id = $1 AND a.action = 'access_token.introspected' AND a.outcome = 'ACTIVE' AND a.occurred_at >= g.expires_at`,
        [id],
      ),
    );
    expect(lateActive.rows).toEqual([]);

    const events = await expectAuditMatchesReceipts('grant', ids);
    expect(events.filter((e) => e.action === 'grant.accepted')).toHaveLength(500);
    expect(events.filter((e) => e.action === 'grant.expired')).toHaveLength(500);
    expect(await failedWorkflows()).toEqual([]);
    // Every grant workflow finished: none is left running, each completed.
    await until('every grant workflow to complete', async () => (await grantWorkflows('Running')) === 0, 30_000);
    expect(await grantWorkflows('Completed')).toBe(500);
    await expectChainVerifies(c.auditor);
  }, 420_000);

  it('Temporal stopped and restarted mid-window: the API says 503 meanwhile, and the window still closes at its time', async () => {
    const c = await cast();
    const id = await determined(c);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { days: 1, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const closesAt = Date.parse((await detail(id, c.developer)).body.window!.closesAt);
    const token = (await reviewerToken(id, c.reviewer)).token;

    await control('temporal', 'stop');
    let refused: ApiResponse;
    let refusedMs: number;
    let health: ApiResponse<{ dependencies: Record<string, string> }>;
    let read: ApiResponse<unknown>;
    try {
      const started = Date.now();
      refused = await request('POST', `/v1/engagements/${id}/access-window/end`, {}, { token: c.developer.token });
      refusedMs = Date.now() - started;
      health = await get('/health');
      read = await detail(id, c.developer);
      await sleep(3_000);
    } finally {
      await control('temporal', 'start');
    }
    expectPrompt503(refused, refusedMs);
    expect(health.status).toBe(503);
    expect(health.body.dependencies).toEqual({ database: 'up', temporal: 'down' });
    // Reads come from PostgreSQL, so they go on working.
    expect(read.status).toBe(200);

    await expectWindowExpiredAt(c, id, closesAt, token, 45_000);
    await until('health to recover', async () => (await get('/health')).status === 200, 30_000);
    const events = await expectAuditMatchesReceipts('engagement', [id]);
    expect(events.map((e) => e.action).filter((a) => a.startsWith('engagement.window'))).toEqual(['engagement.window_opened', 'engagement.window_ended']);
    await expectChainVerifies(c.auditor);
  }, 180_000);

  it('PostgreSQL stopped for 10 s under load: 503 problem+json within 5 s, /health names it, and every accepted command lands exactly once', async () => {
    const c = await cast();
    const inWindowId = await determined(c);
    await act(`/v1/engagements/${inWindowId}/access-window`, c.developer, { days: 10, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const token = (await reviewerToken(inWindowId, c.reviewer)).token;

    interface Outcome {
      readonly kind: string;
      readonly status: number;
      readonly ms: number;
      readonly problem: boolean;
      readonly code?: string;
    }
    const outcomes: Outcome[] = [];
    // Each command's body by its Idempotency-Key, to repeat it exactly after the outage.
    const submitted = new Map<string, Record<string, unknown>>();
    const findings = new Map<string, Record<string, unknown>>();
    let stop = false;
    const timed = async (kind: string, send: () => Promise<ApiResponse>) => {
      const started = Date.now();
      const res = await send();
      outcomes.push({
        kind,
        status: res.status,
        ms: Date.now() - started,
        problem: res.contentType.includes('application/problem+json'),
        code: res.body['code'] as string | undefined,
      });
      // A polite client: a short pause between requests, a longer one after a 503.
      await sleep(res.status === 503 ? 250 : 20);
      return res;
    };
    // Four clients: submitting inquiries, recording findings, reading, and introspecting.
    const clients = [
      async () => {
        while (!stop) {
          const key = randomUUID();
          const body = inquiry({ modelName: `Outage ${key}` });
          submitted.set(key, body);
          await timed('submit', () => request('POST', '/v1/engagements', body, { token: c.colleague.token, idempotencyKey: key }));
        }
      },
      async () => {
        while (!stop) {
          const key = randomUUID();
          const body = { title: `Finding ${key}`, description: 'd', inKev: false, publiclyExposed: false, automatable: false, technicalImpact: 'PARTIAL' };
          findings.set(key, body);
          await timed('finding', () => request('POST', `/v1/engagements/${inWindowId}/findings`, body, { token: c.reviewer.token, idempotencyKey: key }));
        }
      },
      async () => {
        while (!stop) {
          await timed('read', () => request('GET', `/v1/engagements/${inWindowId}`, undefined, { token: c.developer.token }));
        }
      },
      async () => {
        while (!stop) {
          await timed('introspect', () => request('POST', '/v1/tokens/introspect', { token }, { token: c.developer.token }));
        }
      },
    ];
    // A window whose clock runs out while PostgreSQL is down: its expiry must be recorded once it is back.
    const expiringId = await determined(c);
    await act(`/v1/engagements/${expiringId}/access-window`, c.developer, { days: 1, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const expiringClosesAt = Date.parse((await detail(expiringId, c.developer)).body.window!.closesAt);
    const expiringToken = (await reviewerToken(expiringId, c.reviewer)).token;
    // A token is never issued past its window's close.
    expect(decodeJwt(expiringToken).exp! * 1000).toBeLessThanOrEqual(expiringClosesAt);

    const load = Promise.all(clients.map((client) => client()));

    await sleep(Math.max(2_000, expiringClosesAt - Date.now() - 4_000));
    await control('postgres', 'stop');
    const outageStarted = Date.now();
    let health: ApiResponse<{ dependencies: Record<string, string> }>;
    try {
      health = await get('/health');
      await sleep(Math.max(0, 10_000 - (Date.now() - outageStarted)));
    } finally {
      await control('postgres', 'start');
    }
    await sleep(5_000);
    stop = true;
    await load;

    expect(health.status).toBe(503);
    expect(health.body.dependencies).toEqual({ database: 'down', temporal: 'up' });
    expect(outcomes.filter((o) => o.status >= 500 && o.status !== 503)).toEqual([]);
    expect(outcomes.filter((o) => o.status >= 400 && !o.problem)).toEqual([]);
    expect(outcomes.filter((o) => o.ms >= 5_000)).toEqual([]);
    expect(outcomes.filter((o) => o.status === 503).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status >= 400 && o.status !== 503)).toEqual([]);

    // Each command is repeated with its own key until it is answered; each then exists exactly once.
    for (const [key, body] of submitted) {
      expect((await command(c.colleague, 'POST', '/v1/engagements', body, 90_000, key)).status).toBe(201);
    }
    for (const [key, body] of findings) {
      expect((await command(c.reviewer, 'POST', `/v1/engagements/${inWindowId}/findings`, body, 90_000, key)).status).toBe(201);
    }
    const engagementsByModel = await asOwner((db) =>
      db.query<{ model_name: string; n: string }>(`SELECT model_name, count(*) AS n FROM engagements WHERE submitted_by = $1 GROUP BY model_name`, [
        c.colleague.sub,
      ]),
    );
    expect(engagementsByModel.rows.map((r) => r.model_name).sort()).toEqual([...submitted.keys()].map((key) => `Outage ${key}`).sort());
    expect(engagementsByModel.rows.every((r) => r.n === '1')).toBe(true);
    const recorded = await get<{ items: { title: string }[] }>(`/v1/engagements/${inWindowId}/findings`, c.developer.token);
    expect(recorded.body.items.map((f) => f.title).sort()).toEqual([...findings.keys()].map((key) => `Finding ${key}`).sort());
    await expectAuditMatchesReceipts('engagement', [inWindowId, ...(await submittedIds(c.colleague.sub))]);

    // The window closed during the outage: its activity retried until the database was back, and the
    // read model has it at its own time, once.
    expect(outageStarted).toBeLessThan(expiringClosesAt);
    await expectWindowExpiredAt(c, expiringId, expiringClosesAt, expiringToken, 30_000);
    const windowEvents = await expectAuditMatchesReceipts('engagement', [expiringId]);
    expect(windowEvents.filter((e) => e.action === 'engagement.window_ended')).toHaveLength(1);
    const history = await temporal.workflow.getHandle(`engagement-${expiringId}`).fetchHistory();
    const attempts = (history.events ?? []).map((e) => e.activityTaskStartedEventAttributes?.attempt ?? 0);
    expect(Math.max(...attempts)).toBeGreaterThan(1);

    expect(await failedWorkflows()).toEqual([]);
    await until('health to recover', async () => (await get('/health')).status === 200, 30_000);
    await expectChainVerifies(c.auditor);
  }, 300_000);

  it('the same command sent 20 times at once with one Idempotency-Key takes effect once', async () => {
    const c: Cast = await cast();
    const id = await determined(c);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { days: 10, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const key = randomUUID();
    const body = { title: 'Duplicated', description: 'Sent twenty times', inKev: true, publiclyExposed: true, automatable: true, technicalImpact: 'TOTAL' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        request<{ id: string }>('POST', `/v1/engagements/${id}/findings`, body, { token: c.reviewer.token, idempotencyKey: key }),
      ),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 201 && a.status !== 409)).toEqual([]);
    expect(new Set(created.map((a) => a.body.id)).size).toBe(1);
    expect((await get<{ items: unknown[] }>(`/v1/engagements/${id}/findings`, c.developer.token)).body.items).toHaveLength(1);
    const events = await expectAuditMatchesReceipts('engagement', [id]);
    expect(events.filter((e) => e.action === 'engagement.finding_recorded')).toHaveLength(1);
  }, 60_000);
});
