import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DisposedCipher, EngagementCipher, FieldCipher, isSealedUnderEngagementKey, newEngagementKey, sealedAt, Sealer } from '#security';

import type { Tx } from './unit-of-work';

/** A column that holds an engagement's confidential text, and how to find each value's engagement and location. */
export interface EngagementSealedColumn {
  readonly table: string;
  readonly column: string;
  /** The table and column its location names (a moved value keeps the location it was sealed at). */
  readonly at: readonly [table: string, column: string];
  /** SQL for the row's id as its location names it. */
  readonly rowId: string;
  /** The column holding the engagement's id. */
  readonly engagementId: string;
}

const own = (table: string, column: string, rowId = 'id::text', engagementId = 'engagement_id'): EngagementSealedColumn => ({
  table,
  column: `${column}_sealed`,
  at: [table, column],
  rowId,
  engagementId,
});

/**
 * Every column holding an engagement's confidential text. Each is sealed under the engagement's own
 * data key, so destroying that key disposes of all of it. A test checks that every `_sealed` column in
 * the schema is either here or named as not an engagement's (test/security/disposal.e2e-spec.ts).
 */
export const ENGAGEMENT_SEALED_COLUMNS: readonly EngagementSealedColumn[] = [
  ...['capability_summary', 'contact_email', 'recommendation_rationale', 'determination_rationale', 'withdrawal_reason'].map((c) =>
    own('engagements', c, 'id::text', 'id'),
  ),
  ...['window_access_endpoint', 'partner_access_endpoint', 'reconsideration_rationale'].map((c) => own('engagements', c, 'id::text', 'id')),
  // The determination a reconsideration reopened keeps the location it was sealed at.
  { ...own('engagements', 'original_determination_rationale', 'id::text', 'id'), at: ['engagements', 'determination_rationale'] },
  own('engagement_timeline', 'note', `engagement_id::text || ':v' || version`),
  own('recusals', 'reason', `engagement_id::text || ':' || sub`),
  own('attestations', 'statement', `engagement_id::text || ':' || sub`),
  own('benchmark_results', 'summary'),
  ...['title', 'description', 'response_note', 'validation_note'].map((c) => own('findings', c)),
  own('finding_events', 'note', `finding_id::text || ':v' || version`),
  own('consultations', 'question'),
  own('consultations', 'note'),
  own('partner_terms', 'text', `engagement_id::text || ':' || version`),
  own('grants', 'end_note'),
  own('remediation_notices', 'instruction'),
  own('partner_reports', 'title'),
  own('partner_reports', 'description'),
];

const BATCH = 200;

/** An engagement's key row as a larger statement reads it (EngagementRepository.findDetail); readerFrom opens it. */
export interface EngagementKeyRow {
  readonly wrapped_key: string | null;
}

interface KeyRow extends EngagementKeyRow {
  readonly engagement_id: string;
  readonly disposed_at: Date | null;
}

/** SQL for the key row of the engagement `idParam` names, as one JSON value (null when it has none yet). */
export const ENGAGEMENT_KEY_AS_JSON = (idParam: string): string =>
  `(SELECT json_build_object('wrapped_key', k.wrapped_key) FROM engagement_keys k WHERE k.engagement_id = ${idParam})`;

/**
 * Engagements' own data keys. Each is made on an engagement's first sealed write and kept wrapped under
 * the program's field keys; disposal destroys it, after which the engagement's sealed text opens for
 * nobody, from this database or any copy made since.
 */
@Injectable()
export class EngagementKeys {
  constructor(
    private readonly dataSource: DataSource,
    private readonly master: FieldCipher,
  ) {}

  /** The cipher that seals an engagement's confidential text; its data key is made on first use, in `tx` if given. */
  async sealerFor(engagementId: string, tx?: Tx): Promise<Sealer> {
    const db = tx ?? this.dataSource.manager;
    const kept = await this.keyRow(db, engagementId);
    if (kept) {
      return this.cipherOf(engagementId, kept);
    }
    const made: KeyRow[] = await db.query(
      `INSERT INTO engagement_keys (engagement_id, wrapped_key) VALUES ($1, $2) ON CONFLICT (engagement_id) DO NOTHING RETURNING engagement_id, wrapped_key, disposed_at`,
      [engagementId, newEngagementKey(this.master, engagementId)],
    );
    // Else made by a concurrent writer since the first read: its row is committed now.
    const row = made[0] ?? (await this.keyRow(db, engagementId));
    if (!row) {
      throw new Error(`engagement ${engagementId} has no data key, and none could be made`);
    }
    return this.cipherOf(engagementId, row);
  }

  /** Optional text sealed under the engagement's key (null when there is none, without making a key for nothing). */
  async sealOptional(engagementId: string, tx: Tx, text: string | undefined | null, aad: string): Promise<string | null> {
    return text ? (await this.sealerFor(engagementId, tx)).seal(text, aad) : null;
  }

  private async keyRow(db: Tx, engagementId: string): Promise<KeyRow | undefined> {
    const rows: KeyRow[] = await db.query(`SELECT engagement_id, wrapped_key, disposed_at FROM engagement_keys WHERE engagement_id = $1`, [engagementId]);
    return rows[0];
  }

  /** The cipher that opens an engagement's confidential text, read after the text itself. */
  async readerFor(engagementId: string, tx?: Tx): Promise<Sealer> {
    return (await this.readersFor([engagementId], tx))(engagementId);
  }

  /** The cipher that opens an engagement's text, from its key row read in the same statement as that text. */
  readerFrom(engagementId: string, row: EngagementKeyRow | null): Sealer {
    // An engagement without a key yet has sealed nothing under one: the program's keys open what it has.
    return row === null ? this.master : this.cipherOf(engagementId, row);
  }

  /** The ciphers that open these engagements' confidential text, one query for all. */
  async readersFor(engagementIds: Iterable<string>, tx?: Tx): Promise<(engagementId: string) => Sealer> {
    const ids = [...new Set(engagementIds)];
    const rows: KeyRow[] =
      ids.length === 0
        ? []
        : await (tx ?? this.dataSource.manager).query(
            `SELECT engagement_id, wrapped_key, disposed_at FROM engagement_keys WHERE engagement_id = ANY($1::uuid[])`,
            [ids],
          );
    const ciphers = new Map(rows.map((row) => [row.engagement_id, this.readerFrom(row.engagement_id, row)]));
    return (engagementId) => ciphers.get(engagementId) ?? this.readerFrom(engagementId, null);
  }

  /**
   * Destroys an engagement's data key in `tx`, first re-sealing under it anything still sealed under the
   * program's keys, so that nothing of the engagement opens afterwards.
   */
  async destroy(tx: Tx, engagementId: string, at: Date): Promise<void> {
    await this.resealEngagement(tx, engagementId, await this.resealerFor(engagementId, tx));
    await tx.query(`UPDATE engagement_keys SET wrapped_key = NULL, disposed_at = $2 WHERE engagement_id = $1`, [engagementId, at]);
    // Plaintext an earlier version kept (the API seals it as it starts, so it is normally empty already).
    await tx.query(`UPDATE engagements SET window_access_endpoint = NULL, partner_access_endpoint = NULL WHERE id = $1`, [engagementId]);
    await tx.query(`UPDATE partner_terms SET text = NULL WHERE engagement_id = $1`, [engagementId]);
  }

  /**
   * Re-seals under each engagement's own key what was sealed under the program's keys before engagements
   * had their own, an engagement per transaction. Returns how many values.
   */
  async resealAll(): Promise<number> {
    let count = 0;
    for (const c of ENGAGEMENT_SEALED_COLUMNS) {
      for (;;) {
        const pending: { id: string }[] = await this.dataSource.query(
          `SELECT DISTINCT ${c.engagementId} AS id FROM ${c.table} WHERE ${c.column} LIKE 'v1.%' LIMIT ${BATCH}`,
        );
        for (const { id } of pending) {
          count += await this.dataSource.transaction(async (tx) => this.resealEngagement(tx, id, await this.resealerFor(id, tx)));
        }
        if (pending.length < BATCH) {
          break;
        }
      }
    }
    return count;
  }

  /** The engagement's own cipher; for a disposed engagement's leftovers (an older process wrote them), one under a key nobody keeps. */
  private async resealerFor(engagementId: string, tx: Tx): Promise<Sealer> {
    const cipher = await this.sealerFor(engagementId, tx);
    return cipher instanceof DisposedCipher ? EngagementCipher.throwaway(this.master) : cipher;
  }

  private async resealEngagement(tx: Tx, engagementId: string, cipher: Sealer): Promise<number> {
    let count = 0;
    for (const c of ENGAGEMENT_SEALED_COLUMNS) {
      const rows: { row: string; row_id: string; sealed: string }[] = await tx.query(
        `SELECT ctid::text AS row, ${c.rowId} AS row_id, ${c.column} AS sealed FROM ${c.table} WHERE ${c.engagementId} = $1 AND ${c.column} LIKE 'v1.%' FOR UPDATE`,
        [engagementId],
      );
      for (const row of rows) {
        const at = sealedAt(c.at[0], c.at[1], row.row_id);
        const resealed = cipher.seal(this.master.open(row.sealed, at), at);
        if (!isSealedUnderEngagementKey(resealed)) {
          throw new Error(`engagement ${engagementId} has no data key to re-seal under`);
        }
        // The row is locked since the SELECT, so its ctid still names it.
        await tx.query(`UPDATE ${c.table} SET ${c.column} = $2 WHERE ctid = $1::tid`, [row.row, resealed]);
        count += 1;
      }
    }
    return count;
  }

  private cipherOf(engagementId: string, row: EngagementKeyRow): Sealer {
    return row.wrapped_key === null ? new DisposedCipher(engagementId) : EngagementCipher.unwrap(this.master, engagementId, row.wrapped_key);
  }
}
