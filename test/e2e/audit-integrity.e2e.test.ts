import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';

import type { Client as PgClient } from 'pg';

import { auditPrivilegeProblems, createDataSource } from '#persistence';

import { get, post, request } from '../support/api';
import { ROOT } from '../support/paths';
import { act, Cast, cast, determined, DIGEST, inquiry, inWindow, partnerRows, registerPartners } from '../support/scenario';
import { asApp, asOwner, stack } from '../support/stack';

const run = promisify(execFile);

interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenEventId?: string;
}

async function cliVerify(): Promise<{ code: number; result: Verification }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'tools', 'audit-verify.js')], {
      env: { ...process.env, ...stack().appEnv },
    });
    return { code: 0, result: JSON.parse(stdout) as Verification };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, result: JSON.parse(failed.stdout) as Verification };
  }
}

async function refused(db: PgClient, sql: string): Promise<string> {
  try {
    await db.query(sql);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`"${sql}" was allowed`);
}

describe('the login the system runs as', () => {
  it('cannot rewrite the audit trail, and the check that production boots with says so; a superuser login fails it', async () => {
    const check = async (url: string) => {
      const dataSource = await createDataSource({ url, poolSize: 1, applicationName: 'privilege-check' }).initialize();
      try {
        return await auditPrivilegeProblems(dataSource);
      } finally {
        await dataSource.destroy();
      }
    };
    expect(await check(stack().appEnv['DATABASE_URL']!)).toEqual([]);
    const owner = await check(stack().ownerDatabaseUrl);
    expect(owner.join('; ')).toMatch(/is a superuser/);
    expect(owner.join('; ')).toMatch(/holds UPDATE, DELETE, TRUNCATE on audit_events/);
  });
});

describe('the audit trail cannot be quietly rewritten', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await determined(c);
  });

  it('verifies end to end through the API and the command line', async () => {
    const res = await get<Verification>('/v1/audit/verify', c.auditor.token);
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.checked).toBeGreaterThan(5);
    const cli = await cliVerify();
    expect(cli.code).toBe(0);
    expect(cli.result.ok).toBe(true);
  });

  it("the application's database role cannot UPDATE, DELETE or TRUNCATE audit events", async () => {
    await asApp(async (db) => {
      expect(await refused(db, "UPDATE audit_events SET outcome = 'X'")).toMatch(/permission denied/);
      expect(await refused(db, 'DELETE FROM audit_events')).toMatch(/permission denied/);
      expect(await refused(db, 'TRUNCATE audit_events')).toMatch(/permission denied/);
      expect(await refused(db, 'ALTER TABLE audit_events DISABLE TRIGGER ALL')).toMatch(/must be owner/);
    });
  });

  it('even the schema owner is stopped by the append-only trigger', async () => {
    await asOwner(async (db) => {
      expect(await refused(db, "UPDATE audit_events SET outcome = 'X' WHERE seq = 1")).toMatch(/append-only/);
      expect(await refused(db, 'DELETE FROM audit_events WHERE seq = 1')).toMatch(/append-only/);
    });
  });

  it('a superuser who bypasses the trigger and edits a row is named by verify', async () => {
    const events = await get<{ items: { id: string; action: string; details: Record<string, unknown> }[] }>(`/v1/engagements/${id}/audit`, c.auditor.token);
    const target = events.body.items.find((e) => e.action === 'engagement.determined')!;
    await asOwner(async (db) => {
      const original = await db.query<{ details: unknown }>('SELECT details FROM audit_events WHERE id = $1', [target.id]);
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query(`UPDATE audit_events SET details = jsonb_set(details, '{outcome}', '"NOT_COVERED"') WHERE id = $1`, [target.id]);
      await db.query('COMMIT');
      try {
        const res = await get<Verification>('/v1/audit/verify', c.auditor.token);
        expect(res.body).toEqual(expect.objectContaining({ ok: false, firstBrokenEventId: target.id }));
        const cli = await cliVerify();
        expect(cli.code).toBe(1);
        expect(cli.result.firstBrokenEventId).toBe(target.id);
      } finally {
        // Put the row back so the rest of the suite shares an intact chain.
        await db.query('BEGIN');
        await db.query('SET LOCAL session_replication_role = replica');
        await db.query('UPDATE audit_events SET details = $2 WHERE id = $1', [target.id, JSON.stringify(original.rows[0]!.details)]);
        await db.query('COMMIT');
      }
    });
    expect((await get<Verification>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);
  });

  it('a deleted event breaks the chain at the event after it', async () => {
    await asOwner(async (db) => {
      const rows = await db.query<Record<string, unknown>>('SELECT * FROM audit_events WHERE engagement_id = $1 ORDER BY seq LIMIT 1', [id]);
      const [victim] = rows.rows;
      // The event that follows it in the one chain all engagements share: its link now points at nothing.
      const next = (await db.query<{ id: string }>('SELECT id FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT 1', [victim!['seq']])).rows[0]!;
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query('DELETE FROM audit_events WHERE id = $1', [victim!['id']]);
      await db.query('COMMIT');
      try {
        const res = await get<Verification>('/v1/audit/verify', c.auditor.token);
        expect(res.body.ok).toBe(false);
        expect(res.body.firstBrokenEventId).toBe(next.id);
      } finally {
        const v = victim!;
        await db.query('BEGIN');
        await db.query('SET LOCAL session_replication_role = replica');
        await db.query(
          `INSERT INTO audit_events (seq, id, occurred_at, actor_sub, actor_roles, action, engagement_id, subject_type, subject_id, outcome, details, prev_hash, hash)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
          [
            v['seq'],
            v['id'],
            v['occurred_at'],
            v['actor_sub'],
            JSON.stringify(v['actor_roles']),
            v['action'],
            v['engagement_id'],
            v['subject_type'],
            v['subject_id'],
            v['outcome'],
            JSON.stringify(v['details']),
            v['prev_hash'],
            v['hash'],
          ],
        );
        await db.query('COMMIT');
      }
    });
    expect((await get<Verification>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);
  });

  it('fails closed: when its audit event cannot be written, a command and every confidential read fail, and nothing changes', async () => {
    const target = await determined(c);
    const [partner] = partnerRows(1);
    await registerPartners(c, [partner!]);
    const trigger = `refuse_audit_${target.replace(/-/g, '')}`;
    // An audit table that refuses this engagement's withdrawal and its reads, and reads of one partner, and nothing
    // else (other suites run alongside).
    await asOwner(async (db) => {
      await db.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (NEW.engagement_id = '${target}' AND NEW.action IN ('engagement.withdrawn', 'engagement.viewed', 'finding.list_viewed', 'audit.trail_viewed'))
            OR (NEW.subject_id = '${partner!.id}' AND NEW.action = 'partner.viewed') THEN
            RAISE EXCEPTION 'audit refused for the test' USING ERRCODE = 'check_violation';
          END IF;
          RETURN NEW;
        END $$`);
      await db.query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    });
    const auditOf = async () =>
      Number(
        (
          await asOwner((db) =>
            // Notices of the steps before (notice.sent) are written by the worker a moment after them: left out.
            db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE (engagement_id = $1 OR subject_id = $2) AND action <> 'notice.sent'`, [
              target,
              partner!.id,
            ]),
          )
        ).rows[0]!.n,
      );
    try {
      const before = await auditOf();
      const withdrawal = await post(`/v1/engagements/${target}/withdraw`, c.developer.token, { reason: 'not recorded' });
      expect(withdrawal.status).toBeGreaterThanOrEqual(500);
      expect(withdrawal.contentType).toContain('application/problem+json');
      const reads = [
        await get(`/v1/engagements/${target}`, c.developer.token),
        await get(`/v1/engagements/${target}/findings`, c.developer.token),
        await get(`/v1/engagements/${target}/audit`, c.auditor.token),
        await get(`/v1/partners/${partner!.id}`, c.admin.token),
      ];
      expect(reads.map((r) => r.status >= 500 && r.contentType.includes('application/problem+json'))).toEqual([true, true, true, true]);
      expect(JSON.stringify(reads.map((r) => r.body))).not.toMatch(/capabilitySummary|"items"|contacts|engagement\.submitted/);
      const row = await asOwner((db) =>
        db.query<{ stage: string; withdrawn_at: Date | null }>('SELECT stage, withdrawn_at FROM engagements WHERE id = $1', [target]),
      );
      expect(row.rows[0]).toEqual({ stage: 'DESIGNATED', withdrawn_at: null });
      expect(await auditOf()).toBe(before);
    } finally {
      await asOwner(async (db) => {
        await db.query(`DROP TRIGGER ${trigger} ON audit_events`);
        await db.query(`DROP FUNCTION ${trigger}()`);
      });
    }
    // With the audit table writable again, the same request goes through.
    expect((await post(`/v1/engagements/${target}/withdraw`, c.developer.token, { reason: 'recorded' })).status).toBe(200);
  });
});

describe('every read of confidential content is in the trail, with who read what', () => {
  type Event = { action: string; seq: number; outcome: string; actor: { sub: string }; details: Record<string, unknown> };
  type Page = { items: Event[]; nextCursor: string | null };

  it("the record, its findings, its audit trail (page by page) and a partner's contacts", async () => {
    const c = await cast();
    const id = await inWindow(c);
    const finding = await post<{ id: string }>(`/v1/engagements/${id}/findings`, c.reviewer.token, {
      title: 'Prompt injection in the tool router',
      description: 'Reproducible with the attached harness',
      cweIds: ['CWE-77'],
      inKev: false,
      publiclyExposed: false,
      automatable: true,
      technicalImpact: 'PARTIAL',
    });
    expect(finding.status).toBe(201);
    expect((await get(`/v1/engagements/${id}`, c.developer.token)).status).toBe(200);
    expect((await get(`/v1/engagements/${id}/findings`, c.developer.token)).status).toBe(200);
    const first = await get<Page>(`/v1/engagements/${id}/audit?limit=2`, c.auditor.token);
    const second = await get<Page>(`/v1/engagements/${id}/audit?limit=2&cursor=${first.body.nextCursor!}`, c.auditor.token);
    expect(second.status).toBe(200);

    const trail: Event[] = [];
    for (let cursor: string | null = ''; cursor !== null;) {
      const page: Page = (await get<Page>(`/v1/engagements/${id}/audit?limit=100${cursor ? `&cursor=${cursor}` : ''}`, c.auditor.token)).body;
      trail.push(...page.items);
      cursor = page.nextCursor;
    }
    const reads = (action: string) => trail.filter((e) => e.action === action).map((e) => ({ by: e.actor.sub, outcome: e.outcome, details: e.details }));
    const viewed = reads('engagement.viewed').find((r) => r.by === c.developer.sub);
    expect(viewed?.outcome).toBe('READ');
    expect(viewed?.details['fields']).toEqual(expect.arrayContaining(['capabilitySummary']));
    expect(reads('finding.list_viewed')).toEqual([{ by: c.developer.sub, outcome: 'READ', details: { findingIds: [finding.body.id] } }]);
    const [p1, p2] = [first.body.items, second.body.items];
    expect(reads('audit.trail_viewed').slice(0, 2)).toEqual([
      { by: c.auditor.sub, outcome: 'READ', details: { afterSeq: 0, events: 2, firstSeq: p1[0]!.seq, lastSeq: p1[1]!.seq } },
      { by: c.auditor.sub, outcome: 'READ', details: { afterSeq: p1[1]!.seq, events: 2, firstSeq: p2[0]!.seq, lastSeq: p2[1]!.seq } },
    ]);

    const [partner] = partnerRows(1);
    await registerPartners(c, [partner!]);
    expect((await get(`/v1/partners/${partner!.id}`, c.admin.token)).status).toBe(200);
    const partnerReads = await asOwner((db) =>
      db.query<{ actor_sub: string; outcome: string; details: unknown }>(
        "SELECT actor_sub, outcome, details FROM audit_events WHERE subject_id = $1 AND action = 'partner.viewed'",
        [partner!.id],
      ),
    );
    expect(partnerReads.rows).toEqual([{ actor_sub: c.admin.sub, outcome: 'READ', details: { fields: ['contacts'] } }]);
  });

  it("the contacts a partner's creation or change answers with are a read, audited like GET in the same transaction", async () => {
    const c = await cast();
    const id = `audited-${randomUUID().slice(0, 8)}`;
    const created = await post<{ contacts: { email: string }[] }>('/v1/partners', c.admin.token, {
      id,
      name: 'Audited Rural Co-op',
      sector: 'WATER_UTILITY',
      state: 'ND',
      contacts: [{ name: 'Ops', email: 'ops@coop.example' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.contacts[0]!.email).toBe('ops@coop.example');
    const changed = await request<{ contacts: { email: string }[] }>('PATCH', `/v1/partners/${id}`, { name: 'Audited Co-op' }, { token: c.admin.token });
    expect(changed.status).toBe(200);
    expect(changed.body.contacts[0]!.email).toBe('ops@coop.example');
    const events = await asOwner((db) =>
      db.query<{ action: string; actor_sub: string; outcome: string; details: unknown }>(
        'SELECT action, actor_sub, outcome, details FROM audit_events WHERE subject_id = $1 ORDER BY seq',
        [id],
      ),
    );
    const read = { action: 'partner.viewed', actor_sub: c.admin.sub, outcome: 'READ', details: { fields: ['contacts'] } };
    expect(events.rows.map((e) => e.action)).toEqual(['partner.created', 'partner.viewed', 'partner.updated', 'partner.viewed']);
    expect(events.rows.filter((e) => e.action === 'partner.viewed')).toEqual([read, read]);
  });
});

describe('confidential text is encrypted at rest', () => {
  it('no plaintext of summaries, rationales, statements or contact details is in the rows', async () => {
    const c = await cast();
    const marker = `PLAINTEXT-${Date.now()}`;
    const res = await post<{ id: string }>(
      '/v1/engagements',
      c.developer.token,
      inquiry({ capabilitySummary: `${marker}-summary`, contactEmail: `${marker.toLowerCase()}@example.org` }),
      { idempotencyKey: `key-${Date.now()}` },
    );
    const id = res.body.id;
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true, statement: `${marker}-statement` });
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, { reference: 'NSA-55', digest: DIGEST, summary: `${marker}-benchmark` });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewer, { outcome: 'COVERED', rationale: `${marker}-rationale` });

    await asOwner(async (db) => {
      const tables = ['engagements', 'attestations', 'benchmark_results', 'audit_events', 'idempotency_records', 'engagement_timeline', 'notifications'];
      for (const table of tables) {
        const dump = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
        const leaked = dump.rows.filter((r) => r.row.toLowerCase().includes(marker.toLowerCase()));
        expect({ table, leaked: leaked.length }).toEqual({ table, leaked: 0 });
      }
      const row = await db.query<{ capability_summary_sealed: string; recommendation_rationale_sealed: string }>(
        'SELECT capability_summary_sealed, recommendation_rationale_sealed FROM engagements WHERE id = $1',
        [id],
      );
      // Sealed under the engagement's own data key, which is itself sealed under the field key local1.
      expect(row.rows[0]!.capability_summary_sealed).toMatch(/^d1\./);
      expect(row.rows[0]!.recommendation_rationale_sealed).toMatch(/^d1\./);
      const key = await db.query<{ wrapped_key: string }>('SELECT wrapped_key FROM engagement_keys WHERE engagement_id = $1', [id]);
      expect(key.rows[0]!.wrapped_key).toMatch(/^v1\.local1\./);
    });
    // ...while those with a need to know read it back.
    const seen = await get<{ capabilitySummary: string; recommendation: { rationale: string } }>(`/v1/engagements/${id}`, c.developer.token);
    expect(seen.body.capabilitySummary).toBe(`${marker}-summary`);
    expect(seen.body.recommendation.rationale).toBe(`${marker}-rationale`);
  });
});
