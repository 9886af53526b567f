import { Client, Connection, ScheduleOverlapPolicy, WorkflowNotFoundError } from '@temporalio/client';

import { parseKeyring } from '#config';
import { engagementWorkflowId, findingWorkflowId, RETENTION_SCHEDULE_ID } from '#contracts';
import { DAY_MS, DisposalReason } from '#domain';
import { ENGAGEMENT_SEALED_COLUMNS } from '#persistence';
import { DISPOSED_TEXT, EngagementCipher, FieldCipher, sealedAt } from '#security';

import type { EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post, request } from '../support/api';
import { act, Cast, cast, detail, inWindow, publishTerms } from '../support/scenario';
import { asOwner, stack } from '../support/stack';
import { until } from '../support/until';

/**
 * `_sealed` columns that do not hold an engagement's content, and so are not disposed of with one: the
 * program's own secrets and sessions, partners' directory entries (a partner outlives any engagement),
 * government requests made before an inquiry exists, and idempotent replies (kept a day).
 */
const NOT_AN_ENGAGEMENTS = new Set([
  'browser_sessions.tokens_sealed',
  'sign_in_attempts.secrets_sealed',
  'signing_keys.private_jwk_sealed',
  'webhook_endpoints.secret_sealed',
  'webhook_endpoints.previous_secret_sealed',
  'partners.contacts_sealed',
  'inquiry_requests.model_name_sealed',
  'inquiry_requests.note_sealed',
  'idempotency_records.response_sealed',
]);

interface SealedValue {
  readonly at: string;
  readonly sealed: string;
}

/** Every value the engagement sealed, with where it is sealed to, read from the database as its owner reads it. */
async function sealedValuesOf(engagementId: string): Promise<SealedValue[]> {
  return asOwner(async (db) => {
    const values: SealedValue[] = [];
    for (const c of ENGAGEMENT_SEALED_COLUMNS) {
      const rows = await db.query<{ row_id: string; sealed: string }>(
        `SELECT ${c.rowId} AS row_id, ${c.column} AS sealed FROM ${c.table} WHERE ${c.engagementId} = $1 AND ${c.column} IS NOT NULL`,
        [engagementId],
      );
      values.push(...rows.rows.map((r) => ({ at: sealedAt(c.at[0], c.at[1], r.row_id), sealed: r.sealed })));
    }
    return values;
  });
}

/** Every table's rows as text, as a copy of the database holds them (of the audit trail, the engagement's events). */
async function databaseCopy(engagementId: string): Promise<string> {
  return asOwner(async (db) => {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      // The bulk-seeded audit export test leaves many events: only this engagement's are of interest there.
      const rows =
        name === 'audit_events'
          ? await db.query<{ row: string }>(`SELECT t::text AS row FROM audit_events t WHERE t.engagement_id = $1`, [engagementId])
          : await db.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      parts.push(...rows.rows.map((r) => r.row));
    }
    return parts.join('\n');
  });
}

/** What the program's field keys, and the engagement's own key if it still has one, open of these values. */
async function openedWithEveryKeyLeft(engagementId: string, values: readonly SealedValue[]): Promise<string[]> {
  const env = stack().appEnv;
  const master = new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
  const key = await asOwner((db) =>
    db.query<{ wrapped_key: string | null }>('SELECT wrapped_key FROM engagement_keys WHERE engagement_id = $1', [engagementId]),
  );
  const wrapped = key.rows[0]?.wrapped_key ?? null;
  const ciphers = [master, ...(wrapped === null ? [] : [EngagementCipher.unwrap(master, engagementId, wrapped)])];
  const opened = (sealed: string, at: string) =>
    ciphers.flatMap((cipher) => {
      try {
        return [cipher.open(sealed, at)];
      } catch {
        return [];
      }
    })[0];
  return values.flatMap(({ at, sealed }) => opened(sealed, at) ?? []);
}

/**
 * Retention and disposal: an engagement's confidential content is sealed under its own data key, and
 * disposal destroys that key. Afterwards nothing it sealed opens, from the database or a copy of it, with
 * any key the system still holds; its metadata and audit trail stay, and the trail still verifies.
 */
describe('retention and disposal', () => {
  let c: Cast;
  let connection: Connection;
  let temporal: Client;

  beforeAll(async () => {
    c = await cast();
    connection = await Connection.connect({ address: stack().temporalAddress });
    temporal = new Client({ connection });
  });

  afterAll(async () => {
    await connection.close();
  });

  it('every sealed column in the schema is either an engagement content, disposed of with it, or named as not one', async () => {
    const columns = await asOwner((db) =>
      db.query<{ name: string }>(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%\\_sealed' ORDER BY 1`,
      ),
    );
    const engagements = new Set(ENGAGEMENT_SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    expect(columns.rows.map((r) => r.name).filter((name) => !engagements.has(name) && !NOT_AN_ENGAGEMENTS.has(name))).toEqual([]);
    expect([...engagements].filter((name) => !columns.rows.some((r) => r.name === name))).toEqual([]);
  });

  it('a developer that withdrew has the content disposed of once the hold has passed: none of it opens again, even from a copy of the database', async () => {
    const marker = `shred-${Date.now()}`;
    const id = await inWindow(c);
    const finding = await post<{ id: string }>(`/v1/engagements/${id}/findings`, c.reviewer.token, {
      title: `${marker} title`,
      description: `${marker} description`,
      cweIds: ['CWE-787'],
      inKev: false,
      publiclyExposed: false,
      automatable: false,
      technicalImpact: 'PARTIAL',
    });
    expect(finding.status).toBe(201);
    await publishTerms(c, id, 'v1', `${marker} terms`);
    await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: `${marker} withdrawal reason` });
    // As an earlier version left one value: sealed under the program's keys alone. Disposal must leave it unreadable too.
    const env = stack().appEnv;
    const master = new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
    await asOwner((db) =>
      db.query('UPDATE engagements SET recommendation_rationale_sealed = $2 WHERE id = $1', [
        id,
        master.seal(`${marker} older rationale`, sealedAt('engagements', 'recommendation_rationale', id)),
      ]),
    );

    // Before: every value opens under the engagement's own key, and none under the program's keys alone.
    const values = await sealedValuesOf(id);
    expect(values.length).toBeGreaterThanOrEqual(8);
    expect(values.filter((v) => !v.sealed.startsWith('d1.'))).toHaveLength(1);
    const before = await openedWithEveryKeyLeft(id, values);
    expect(before).toHaveLength(values.length);
    expect(before.filter((text) => text.includes(marker)).length).toBeGreaterThanOrEqual(5);
    expect(before).toContain(`${marker} older rationale`);

    // The schedule's hold after a withdrawal refuses it at first, saying until when.
    const early = await post<{ code: string; disposableFrom: string }>(`/v1/engagements/${id}/disposal`, c.developer.token, {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DISPOSAL_TOO_EARLY');
    const from = (await detail(id, c.developer)).body.retention.earlyDisposalFrom!;
    expect(early.body.disposableFrom).toBe(from);
    expect(Date.parse((await detail(id, c.developer)).body.retention.disposalDueAt!) - Date.parse(from)).toBeGreaterThan(2000 * DAY_MS);

    // Nobody else may ask; another organization learns nothing.
    expect((await post(`/v1/engagements/${id}/disposal`, c.otherDeveloper.token, {})).status).toBe(404);
    expect((await post(`/v1/engagements/${id}/disposal`, c.auditor.token, {})).status).toBe(403);

    // As though the withdrawal were longer ago than the hold.
    await asOwner((db) => db.query(`UPDATE engagements SET withdrawn_at = withdrawn_at - interval '11 minutes' WHERE id = $1`, [id]));
    const disposed = await post<EngagementSummaryDto>(`/v1/engagements/${id}/disposal`, c.developer.token, {});
    expect(disposed.status).toBe(200);
    expect(disposed.body.disposedAt).toBeDefined();
    const again = await post<{ code: string }>(`/v1/engagements/${id}/disposal`, c.developer.token, {});
    expect([again.status, again.body.code]).toEqual([409, 'ALREADY_DISPOSED']);

    // The key is gone: no value the engagement sealed opens with any key left, and no copy holds the text.
    const key = await asOwner((db) => db.query<{ wrapped_key: string | null }>('SELECT wrapped_key FROM engagement_keys WHERE engagement_id = $1', [id]));
    expect(key.rows).toEqual([{ wrapped_key: null }]);
    const after = await sealedValuesOf(id);
    expect(after).toHaveLength(values.length);
    expect(after.filter((v) => !v.sealed.startsWith('d1.'))).toEqual([]);
    expect(await openedWithEveryKeyLeft(id, after)).toEqual([]);
    expect((await databaseCopy(id)).includes(marker)).toBe(false);

    // What remains: metadata, the step on the timeline, and text fields that say they were disposed of.
    const read = (await detail(id, c.developer)).body;
    expect([read.stage, read.modelName, read.capabilitySummary, read.withdrawal?.reason]).toEqual([
      'WITHDRAWN',
      expect.any(String),
      DISPOSED_TEXT,
      DISPOSED_TEXT,
    ]);
    expect(read.retention).toEqual(expect.objectContaining({ disposedAt: disposed.body.disposedAt, disposalReason: 'DEVELOPER_REQUEST' }));
    expect(read.timeline.at(-1)).toEqual(expect.objectContaining({ event: 'DISPOSED', actor: c.developer.sub }));
    const findingRead = await get<{ title: string; description: string }>(`/v1/engagements/${id}/findings/${finding.body.id}`, c.developer.token);
    expect([findingRead.body.title, findingRead.body.description]).toEqual([DISPOSED_TEXT, DISPOSED_TEXT]);

    // The audit trail says so, names no text, and still verifies.
    const trail = await get<{ items: { action: string; outcome: string; details: Record<string, unknown> }[] }>(
      `/v1/engagements/${id}/audit?limit=100`,
      c.auditor.token,
    );
    const event = trail.body.items.find((e) => e.action === 'engagement.disposed');
    expect([event?.outcome, event?.details['reason'], event?.details['stage']]).toEqual(['DEVELOPER_REQUEST', 'DEVELOPER_REQUEST', 'WITHDRAWN']);
    expect((await get<{ ok: boolean }>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);

    // And Temporal keeps no history of its commands: the clean-up says it asked, and Temporal (which deletes
    // asynchronously) soon no longer knows the engagement's or its finding's workflow.
    await until('the clean-up to delete the workflow histories', async () => {
      const row = await asOwner((db) =>
        db.query<{ done: boolean }>('SELECT histories_deleted_at IS NOT NULL AS done FROM engagement_keys WHERE engagement_id = $1', [id]),
      );
      return row.rows[0]?.done === true;
    });
    for (const workflowId of [engagementWorkflowId(id), findingWorkflowId(finding.body.id)]) {
      await until(
        `${workflowId} deleted from Temporal`,
        async () => {
          try {
            await temporal.workflow.getHandle(workflowId).describe();
            return false;
          } catch (error) {
            return error instanceof WorkflowNotFoundError;
          }
        },
        90_000,
      );
    }
  }, 240_000);

  it('early disposal is only for a withdrawn engagement', async () => {
    const id = await inWindow(c);
    const refused = await post<{ code: string }>(`/v1/engagements/${id}/disposal`, c.developer.token, {});
    expect([refused.status, refused.body.code]).toEqual([409, 'DISPOSAL_NEEDS_WITHDRAWAL']);
    expect((await detail(id, c.developer)).body.retention).toEqual({});
    const body = await request('POST', `/v1/engagements/${id}/disposal`, { now: true }, { token: c.developer.token });
    expect(body.status).toBe(400);
  });

  it('the retention schedule disposes of an engagement that ended longer ago than it keeps content, and of no other', async () => {
    const old = await inWindow(c);
    const recent = await inWindow(c);
    for (const id of [old, recent]) {
      await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: 'retention test' });
    }
    // As though the first had been withdrawn seven years ago.
    await asOwner((db) => db.query(`UPDATE engagements SET withdrawn_at = now() - interval '7 years' WHERE id = $1`, [old]));

    await temporal.schedule.getHandle(RETENTION_SCHEDULE_ID).trigger(ScheduleOverlapPolicy.ALLOW_ALL);
    await until(
      'the schedule disposing of the old engagement',
      async () => (await detail(old, c.developer)).body.retention.disposalReason === DisposalReason.RetentionSchedule,
    );
    const read = (await detail(old, c.developer)).body;
    expect([read.capabilitySummary, read.timeline.at(-1)?.actor]).toEqual([DISPOSED_TEXT, 'system']);
    expect((await detail(recent, c.developer)).body.retention.disposedAt).toBeUndefined();
    expect((await detail(recent, c.developer)).body.capabilitySummary).not.toBe(DISPOSED_TEXT);
    expect((await get<{ ok: boolean }>('/v1/audit/verify', c.auditor.token)).body.ok).toBe(true);
  });
});
