import { execFile } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';

import type { Client as PgClient } from 'pg';

import { AuditEventBody, canonicalJson, hashAuditEvent, JsonValue } from '#security';

import { get } from '../support/api';
import { ROOT } from '../support/paths';
import { Cast, cast, determined } from '../support/scenario';
import { asApp, asOwner, stack } from '../support/stack';

const run = promisify(execFile);

/** The writer's advisory lock (libs/persistence AuditRepository): held, no checkpoint is written. */
const CHECKPOINT_LOCK = 7_440_601;

interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  kid: string;
  signature: string;
}

interface Verification {
  ok: boolean;
  checked: number;
  firstBrokenEventId?: string;
  checkpoints: number;
  anchoredThrough: number;
  firstBrokenCheckpoint?: { seq: number; at: string; fault: string; events: { fromSeq: number; toSeq: number } };
}

interface EventRow {
  seq: string;
  id: string;
  occurred_at: Date;
  actor_sub: string;
  actor_roles: string[];
  action: string;
  engagement_id: string | null;
  subject_type: string;
  subject_id: string;
  outcome: string;
  details: Record<string, JsonValue>;
  prev_hash: string;
  hash: string;
}

const body = (row: EventRow, prevHash: string): AuditEventBody => ({
  id: row.id,
  seq: Number(row.seq),
  occurredAt: row.occurred_at.toISOString(),
  actorSub: row.actor_sub,
  actorRoles: row.actor_roles,
  action: row.action,
  engagementId: row.engagement_id,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  outcome: row.outcome,
  details: row.details,
  prevHash,
});

async function cliVerify(): Promise<{ code: number; result: Verification }> {
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist', 'tools', 'audit-verify.js')], { env: { ...process.env, ...stack().appEnv } });
    return { code: 0, result: JSON.parse(stdout) as Verification };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, result: JSON.parse(failed.stdout) as Verification };
  }
}

/** Waits for a checkpoint at or past `seq` (the test stack writes one every 2 s once the head moves). */
async function checkpointThrough(c: Cast, seq: number): Promise<{ items: Checkpoint[]; publicKeys: { kid: string; jwk: Record<string, string> }[] }> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    const items: Checkpoint[] = [];
    let page: { items: Checkpoint[]; nextCursor: string | null; publicKeys: { kid: string; jwk: Record<string, string> }[] };
    let cursor = '';
    do {
      page = (await get<typeof page>(`/v1/audit/checkpoints?limit=100${cursor ? `&cursor=${cursor}` : ''}`, c.auditor.token)).body;
      items.push(...page.items);
      cursor = page.nextCursor ?? '';
    } while (cursor);
    if (items.some((item) => item.seq >= seq)) {
      return { items, publicKeys: page.publicKeys };
    }
  }
  throw new Error(`no checkpoint reached seq ${seq}`);
}

async function headSeq(): Promise<number> {
  return asOwner(async (db) => Number((await db.query<{ seq: string }>('SELECT seq FROM audit_chain_head')).rows[0]!.seq));
}

async function refused(db: PgClient, sql: string, values: unknown[] = []): Promise<string> {
  try {
    await db.query(sql, values);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`"${sql}" was allowed`);
}

describe('the audit chain is anchored outside the database by signed checkpoints', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
    await determined(c);
  });

  it('checkpoints are written as the chain grows, each signed with a key the database never holds, checkable by anyone with the public key', async () => {
    const { items, publicKeys } = await checkpointThrough(c, await headSeq());
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => a - b));
    for (const checkpoint of items.slice(-5)) {
      const jwk = publicKeys.find((k) => k.kid === checkpoint.kid)!.jwk;
      const message = Buffer.from(
        `frontier-access:audit-checkpoint:v1\n${canonicalJson({ seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at, kid: checkpoint.kid })}`,
      );
      const key = createPublicKey({ key: jwk, format: 'jwk' });
      expect(verify(null, message, key, Buffer.from(checkpoint.signature, 'base64url'))).toBe(true);
      expect(verify(null, Buffer.from(message.toString().replace(checkpoint.hash, '0'.repeat(64))), key, Buffer.from(checkpoint.signature, 'base64url'))).toBe(
        false,
      );
    }
    const verification = await get<Verification>('/v1/audit/verify', c.auditor.token);
    expect(verification.body).toMatchObject({ ok: true, checkpoints: expect.any(Number) as number });
    expect(verification.body.anchoredThrough).toBeGreaterThan(0);
  });

  it("the application's role can only extend the chain at its head: no event at a chosen position, no unlinked event, no moving the head", async () => {
    const insert = `INSERT INTO audit_events (seq, id, occurred_at, actor_sub, actor_roles, action, engagement_id, subject_type, subject_id, outcome, details, prev_hash, hash)
                    VALUES ($1, gen_random_uuid(), now(), 'mallory', '[]', 'forged', NULL, 'x', 'x', 'x', '{}', $2, $3)`;
    /**
     * The refusal of a forged event placed at the head as it stands. The worker appends in the background
     * (notices sent, say), so a head that moved between reading it and the insert is read again.
     */
    const refusedAtHead = async (db: PgClient, at: (head: number, hash: string) => unknown[]): Promise<string> => {
      for (let tries = 0; ; tries += 1) {
        const head = await headSeq();
        const row = (await db.query<EventRow>('SELECT * FROM audit_events WHERE seq = $1', [head])).rows[0]!;
        const message = await refused(db, insert, at(head, row.hash));
        if (!/duplicate key/.test(message) || tries >= 20) return message;
      }
    };
    await asApp(async (db) => {
      expect(await refusedAtHead(db, (head, hash) => [head + 1000, hash, 'f'.repeat(64)])).toMatch(/appended at the head of the chain/);
      expect(await refusedAtHead(db, (head) => [head + 1, 'e'.repeat(64), 'f'.repeat(64)])).toMatch(/does not link/);
      expect(await refused(db, 'UPDATE audit_chain_head SET seq = seq + 1000')).toMatch(/permission denied/);
    });
    expect((await get<Verification>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);
  });

  it('a superuser who rewrites an event and re-hashes the chain through its head is named by the first checkpoint that no longer matches', async () => {
    const id = await determined(c);
    const target = await asOwner(
      async (db) => (await db.query<EventRow>("SELECT * FROM audit_events WHERE engagement_id = $1 AND action = 'engagement.determined'", [id])).rows[0]!,
    );
    const targetSeq = Number(target.seq);
    await checkpointThrough(c, targetSeq);

    await asOwner(async (db) => {
      // The test holds the writer's lock, so no checkpoint records the rewritten chain meanwhile.
      await db.query('SELECT pg_advisory_lock($1)', [CHECKPOINT_LOCK]);
      const original = (await db.query<EventRow>('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq', [targetSeq])).rows;
      const rehash = async (rows: EventRow[], startPrev: string, change?: (row: EventRow) => EventRow) => {
        let prev = startPrev;
        await db.query('BEGIN');
        await db.query('SET LOCAL session_replication_role = replica');
        for (const row of rows) {
          const next = change ? change(row) : row;
          const hash = hashAuditEvent(body(next, prev));
          await db.query('UPDATE audit_events SET details = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [
            next.seq,
            JSON.stringify(next.details),
            prev,
            hash,
          ]);
          prev = hash;
        }
        await db.query('UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1', [rows[rows.length - 1]!.seq, prev]);
        await db.query('COMMIT');
      };
      try {
        // Flip the determination and re-hash every event from it through the head, the head row included.
        await rehash(original, target.prev_hash, (row) => (row.id === target.id ? { ...row, details: { ...row.details, outcome: 'NOT_COVERED' } } : row));
        const api = await get<Verification>('/v1/audit/verify', c.auditor.token);
        expect(api.body.ok).toBe(false);
        // The chain on its own looks intact: only the checkpoints tell.
        expect(api.body.firstBrokenEventId).toBeUndefined();
        expect(api.body.firstBrokenCheckpoint).toMatchObject({ fault: 'CHAIN_DIFFERS' });
        const { seq, events } = api.body.firstBrokenCheckpoint!;
        expect(seq).toBeGreaterThanOrEqual(targetSeq);
        expect(events.fromSeq).toBeLessThanOrEqual(targetSeq);
        expect(events.toSeq).toBe(seq);
        expect(api.body.anchoredThrough).toBe(events.fromSeq - 1);
        const cli = await cliVerify();
        expect(cli.code).toBe(1);
        expect(cli.result.firstBrokenCheckpoint).toMatchObject({ seq, fault: 'CHAIN_DIFFERS', events });
      } finally {
        // Put the chain back as it was, re-linking whatever was appended meanwhile (the verifications' own events).
        const appended = (await db.query<EventRow>('SELECT * FROM audit_events WHERE seq > $1 ORDER BY seq', [original[original.length - 1]!.seq])).rows;
        await rehash([...original, ...appended], target.prev_hash);
        await db.query('SELECT pg_advisory_unlock($1)', [CHECKPOINT_LOCK]);
      }
    });
    expect((await get<Verification>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);
    expect((await cliVerify()).code).toBe(0);
  });
});
