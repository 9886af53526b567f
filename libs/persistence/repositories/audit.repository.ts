import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { Between, DataSource } from 'typeorm';

import { AuditEventBody, ChainCheck, ChainVerifier, hashAuditEvent } from '#security';

import { sqlStateOf } from '../database-errors';
import { AuditChainHeadEntity, AuditEventEntity } from '../entities';
import { prepared } from '../prepared-statements';
import { entitiesFromJson } from './json-rows';
import { Tx } from './unit-of-work';

/** What a caller says about an event; the chain supplies its id, position, time (unless given) and links. */
export type AuditEntry = Omit<AuditEventBody, 'id' | 'seq' | 'occurredAt' | 'prevHash'> & { readonly occurredAt?: Date };

const VERIFY_BATCH = 2_000;
/** An arbitrary constant: the advisory lock that lets one process at a time write checkpoints. */
const CHECKPOINT_LOCK = 7_440_601;
const COLUMNS = 13;
const INSERT_CHUNK = 2_000;
const EXPORT_BATCH = 2_000;
/**
 * Events per string within an export batch. A string this size (about 60 kB) is young garbage, swept
 * cheaply as the export runs; one string for a whole batch (over a megabyte) would be a large object,
 * left for a full collection, and a fast export piled them up to hundreds of megabytes first.
 */
const EXPORT_PIECE = 100;

/** A batch of export lines, as a few strings in order, and the last event in it. */
export interface ExportBatch {
  readonly pieces: readonly string[];
  readonly events: number;
  readonly lastSeq: number;
  readonly lastHash: string;
}

export class ReceiptConflictError extends Error {
  constructor(key: string, holder: string, commandId: string) {
    super(`${key} was already written by command ${holder}, not ${commandId}`);
    this.name = 'ReceiptConflictError';
  }
}

function bodyOf(row: AuditEventEntity): AuditEventBody & { hash: string } {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorSub: row.actorSub,
    actorRoles: row.actorRoles,
    action: row.action,
    engagementId: row.engagementId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    outcome: row.outcome,
    details: row.details as AuditEventBody['details'],
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** The chain's head: the last event's sequence number and hash. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** An event with its place in the chain, as written. */
export type ChainedEvent = AuditEventBody & { readonly hash: string };

const INSERT_COLUMNS = 'seq, id, occurred_at, actor_sub, actor_roles, action, engagement_id, subject_type, subject_id, outcome, details, prev_hash, hash';
/** Each column's type, for parameters in a VALUES list that is not an INSERT's own (PostgreSQL cannot infer them there). */
const COLUMN_TYPES = ['bigint', 'uuid', 'timestamptz', 'text', 'jsonb', 'text', 'uuid', 'text', 'text', 'text', 'jsonb', 'text', 'text'];

function placeholders(rows: number, types?: readonly string[]): string {
  return Array.from(
    { length: rows },
    (_, i) => `(${Array.from({ length: COLUMNS }, (__, j) => `$${i * COLUMNS + j + 1}${types ? `::${types[j]}` : ''}`).join(', ')})`,
  ).join(', ');
}

function parametersOf(rows: readonly ChainedEvent[]): unknown[] {
  return rows.flatMap((r) => [
    r.seq,
    r.id,
    r.occurredAt,
    r.actorSub,
    JSON.stringify(r.actorRoles),
    r.action,
    r.engagementId,
    r.subjectType,
    r.subjectId,
    r.outcome,
    JSON.stringify(r.details),
    r.prevHash,
    r.hash,
  ]);
}

/** Events placed after `head`: the next sequence numbers, each linked to the hash before it. */
export function chainAfter(head: ChainHead, entries: readonly AuditEntry[]): ChainedEvent[] {
  let seq = head.seq;
  let prevHash = head.hash;
  return entries.map((entry) => {
    seq += 1;
    // Millisecond precision survives the round trip through timestamptz, so the hash can be recomputed.
    const occurredAt = new Date(Math.floor((entry.occurredAt ?? new Date()).getTime()));
    const body: AuditEventBody = {
      id: randomUUID(),
      seq,
      occurredAt: occurredAt.toISOString(),
      actorSub: entry.actorSub,
      actorRoles: [...entry.actorRoles],
      action: entry.action,
      engagementId: entry.engagementId,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      outcome: entry.outcome,
      details: entry.details,
      prevHash,
    };
    const hash = hashAuditEvent(body);
    prevHash = hash;
    return { ...body, hash };
  });
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends events to the chain inside the caller's transaction. The head row is locked until that
   * transaction ends, so concurrent appenders extend the chain one after another, never forking it.
   */
  async append(tx: Tx, entries: readonly AuditEntry[]): Promise<ChainedEvent[]> {
    if (entries.length === 0) {
      return [];
    }
    const [head]: { seq: string; hash: string }[] = await tx.query('SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
    if (!head) {
      throw new Error('the audit chain has no head row');
    }
    const rows = chainAfter({ seq: Number(head.seq), hash: head.hash }, entries);
    // PostgreSQL takes at most 65,535 parameters per statement: a bulk end of 10,000 grants goes in chunks.
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      await tx.query(`INSERT INTO audit_events (${INSERT_COLUMNS}) VALUES ${placeholders(chunk.length)}`, parametersOf(chunk));
    }
    // The database moves the chain's head itself, once it has checked the rows continue the chain (the audit_events_extend_chain trigger).
    return rows;
  }

  /**
   * Writes events already chained after a head the caller last saw (chainAfter), in one statement of
   * their own, outside any transaction: one round trip, with nothing to lock before and nothing to commit
   * after. The statement locks the chain's head before it inserts, the order every appender takes them
   * in, and the chain's trigger checks that the rows continue it. False, with nothing written, when the
   * chain has moved on since that head (another appender was first): the caller then appends under the
   * head's lock with append().
   */
  async insertChained(rows: readonly ChainedEvent[]): Promise<boolean> {
    if (rows.length === 0) {
      return true;
    }
    if (rows.length > INSERT_CHUNK) {
      return false;
    }
    try {
      await this.dataSource.query(
        `WITH head AS (SELECT seq FROM audit_chain_head WHERE id = 1 FOR UPDATE)
         INSERT INTO audit_events (${INSERT_COLUMNS}) SELECT v.* FROM (VALUES ${placeholders(rows.length, COLUMN_TYPES)}) v, head`,
        parametersOf(rows),
      );
      return true;
    } catch (error) {
      // Another appender wrote these sequence numbers first (unique_violation), or the rows do not continue
      // the head as it now stands (the trigger's integrity_constraint_violation): nothing was written.
      const state = sqlStateOf(error);
      if (state === '23505' || state === '23000') {
        return false;
      }
      throw error;
    }
  }

  /**
   * Records that the write identified by `key` has committed, on behalf of `commandId`. Returns
   * false when that same command already wrote it (a retried activity: do nothing). A different
   * command at the same key means the workflow and the read model disagree; that is never hidden.
   */
  async claimReceipt(tx: Tx, key: string, commandId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'INSERT INTO activity_receipts (key, command_id, recorded_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO NOTHING RETURNING key',
      [key, commandId],
    );
    if (rows.length === 1) {
      return true;
    }
    const existing: { command_id: string | null }[] = await tx.query('SELECT command_id FROM activity_receipts WHERE key = $1', [key]);
    const holder = existing[0]?.command_id;
    if (holder !== undefined && holder !== null && holder !== commandId) {
      throw new ReceiptConflictError(key, holder, commandId);
    }
    return false;
  }

  /**
   * Runs `work` with the chain's head as it stands, holding the checkpoint writer's lock (an advisory
   * lock, across every process on this database) for the length of it; false when another holds it.
   */
  async underCheckpointLock(work: (head: { readonly seq: number; readonly hash: string }) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction('READ COMMITTED', async (tx) => {
      const [lock]: { acquired: boolean }[] = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS acquired', [CHECKPOINT_LOCK]);
      if (!lock?.acquired) {
        return false;
      }
      const head = await tx.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 });
      await work({ seq: Number(head.seq), hash: head.hash });
      return true;
    });
  }

  /** Events across the program that match every filter given, in chain order after `afterSeq`; those with no engagement included. */
  search(filter: AuditSearchFilter, afterSeq: number, limit: number): Promise<AuditEventEntity[]> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit);
    if (filter.engagementId) query.andWhere('e.engagement_id = :engagementId', { engagementId: filter.engagementId });
    if (filter.actorSub) query.andWhere('e.actor_sub = :actorSub', { actorSub: filter.actorSub });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.subjectType) query.andWhere('e.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return query.getMany();
  }

  /**
   * The contiguous stretch of the chain an export covers: from the first event at or after `from` to the
   * last before `to`, within the head as it stands now (events written meanwhile are left for the next
   * export). Events in between whose time lies outside the bounds are in it too, so every link holds.
   */
  async exportStretch(from?: Date, to?: Date): Promise<{ readonly headSeq: number; readonly firstSeq: number; readonly lastSeq: number }> {
    const head = await this.dataSource.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 });
    const headSeq = Number(head.seq);
    const [bounds]: { first: string | null; last: string | null }[] = await this.dataSource.query(
      `SELECT (SELECT min(seq) FROM audit_events WHERE seq <= $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2)) AS first,
              (SELECT max(seq) FROM audit_events WHERE seq <= $1 AND ($3::timestamptz IS NULL OR occurred_at < $3)) AS last`,
      [headSeq, from ?? null, to ?? null],
    );
    const firstSeq = bounds?.first === null || bounds?.first === undefined ? headSeq + 1 : Number(bounds.first);
    const lastSeq = bounds?.last === null || bounds?.last === undefined ? 0 : Number(bounds.last);
    return { headSeq, firstSeq, lastSeq };
  }

  /**
   * Events `firstSeq`..`lastSeq` in chain order as export lines (`AuditExportEvent`, each ending in a
   * newline), a batch at a time, and each batch also ends at every seq in `stops` (where a checkpoint line
   * goes). PostgreSQL writes the lines itself, so a stretch of any length passes through this process as a
   * few strings of `EXPORT_PIECE` events per batch, never as rows: the API's memory stays flat however
   * long the chain.
   */
  async *exportText(firstSeq: number, lastSeq: number, stops: readonly number[] = []): AsyncGenerator<ExportBatch> {
    const ends = [...stops].filter((seq) => seq >= firstSeq && seq < lastSeq).sort((a, b) => a - b);
    let after = firstSeq - 1;
    let next = 0;
    while (after < lastSeq) {
      while (next < ends.length && ends[next]! <= after) next += 1;
      const upTo = Math.min(after + EXPORT_BATCH, ends[next] ?? lastSeq, lastSeq);
      const pieces: { text: string; events: string; last_seq: string; last_hash: string }[] = await this.dataSource.query(
        `SELECT string_agg(json_build_object(
                  'kind', 'event', 'id', id, 'seq', seq,
                  'occurredAt', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'actorSub', actor_sub, 'actorRoles', actor_roles, 'action', action, 'engagementId', engagement_id,
                  'subjectType', subject_type, 'subjectId', subject_id, 'outcome', outcome, 'details', details,
                  'prevHash', prev_hash, 'hash', hash)::text || E'\n', '' ORDER BY seq) AS text,
                count(*) AS events, max(seq) AS last_seq, (array_agg(hash ORDER BY seq DESC))[1] AS last_hash
           FROM audit_events WHERE seq > $1 AND seq <= $2
          GROUP BY (seq - $1 - 1) / $3
          ORDER BY last_seq`,
        [after, upTo, EXPORT_PIECE],
      );
      const last = pieces[pieces.length - 1];
      if (!last) {
        return;
      }
      const events = pieces.reduce((sum, piece) => sum + Number(piece.events), 0);
      yield { pieces: pieces.map((piece) => piece.text), events, lastSeq: Number(last.last_seq), lastHash: last.last_hash };
      after = upTo;
    }
  }

  async listForEngagement(engagementId: string, afterSeq: number, limit: number): Promise<AuditEventEntity[]> {
    // The page as one JSON value: parsed at once, instead of field by field through TypeORM's query builder.
    const [page] = await this.dataSource.query<{ events: Record<string, unknown>[] }[]>(
      `${prepared('audit-trail-page')}SELECT coalesce(json_agg(e ORDER BY e.seq), '[]') AS events
         FROM (SELECT * FROM audit_events WHERE engagement_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) e`,
      [engagementId, afterSeq, limit],
    );
    return entitiesFromJson(this.dataSource.manager, AuditEventEntity, page?.events ?? []);
  }

  /**
   * Walks the chain in sequence order up to the head as it stood when the walk began (appends made
   * meanwhile are left for the next run) and names the first event that does not hold. `anchors` are the
   * hashes the chain must have at given sequence numbers (its signed checkpoints): those it does not
   * have, or does not reach, are named too, so a rewrite re-hashed through the head is still caught.
   */
  async verify(anchors: ReadonlyMap<number, string> = new Map()): Promise<ChainCheck & { readonly unmatchedAnchors: number[] }> {
    const head = await this.dataSource.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 });
    const verifier = new ChainVerifier();
    const matched = new Set<number>();
    let after = 0;
    while (after < head.seq) {
      const batch = await this.dataSource.getRepository(AuditEventEntity).find({
        where: { seq: Between(after + 1, head.seq) },
        order: { seq: 'ASC' },
        take: VERIFY_BATCH,
      });
      batch.filter((event) => anchors.get(event.seq) === event.hash).forEach((event) => matched.add(event.seq));
      if (batch.length === 0 || !verifier.feed(batch.map(bodyOf))) {
        break;
      }
      after = batch[batch.length - 1]!.seq;
    }
    const result = verifier.result();
    const unmatchedAnchors = [...anchors.keys()].filter((seq) => !matched.has(seq)).sort((a, b) => a - b);
    // Events cut from the end of the chain leave the head pointing past the last one that is left.
    const chain = result.ok && result.checked !== head.seq ? { ok: false, checked: result.checked } : result;
    return { ...chain, unmatchedAnchors };
  }
}

/** What an audit search filters by; every filter given must hold. */
export interface AuditSearchFilter {
  readonly engagementId?: string;
  readonly actorSub?: string;
  readonly action?: string;
  readonly subjectType?: string;
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
}
