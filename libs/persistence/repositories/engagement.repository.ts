import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, DeepPartial, In, IsNull, SelectQueryBuilder } from 'typeorm';

import type { EngagementScope } from '#security';

import {
  AttestationEntity,
  BenchmarkResultEntity,
  ConsultationEntity,
  EngagementEntity,
  RecusalEntity,
  ReviewerAssignmentEntity,
  TimelineEntryEntity,
} from '../entities';
import { prepared, preparedComment } from '../prepared-statements';
import { ENGAGEMENT_KEY_AS_JSON, EngagementKeyRow } from './engagement-keys';
import { entitiesFromJson } from './json-rows';
import { Tx } from './unit-of-work';

export interface ListPosition {
  readonly submittedAt: Date;
  readonly id: string;
}

export interface EngagementRoster {
  readonly engagement: EngagementEntity;
  /** The reviewers assigned now. */
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
  /** Everyone who recused from it, reviewer or authority. */
  readonly recused: readonly string[];
}

export interface EngagementAggregate extends EngagementRoster {
  readonly reviewerRows: readonly ReviewerAssignmentEntity[];
  readonly attestations: readonly AttestationEntity[];
  readonly benchmarks: readonly BenchmarkResultEntity[];
  readonly timeline: readonly TimelineEntryEntity[];
  /** Consultations on its determination, in the order asked. */
  readonly consultations: readonly ConsultationEntity[];
}

type JsonRow = Record<string, unknown>;

interface RosterRow {
  readonly engagement: JsonRow | null;
  readonly reviewers: string[];
  readonly attested: string[];
  readonly recused: string[];
}

/** Who is on the engagement's roster now: its assigned reviewers, who attested, who recused. */
const ROSTER_SQL = `${prepared('engagement-roster')}
  SELECT
    (SELECT row_to_json(e) FROM engagements e WHERE e.id = $1) AS engagement,
    (SELECT coalesce(json_agg(r.reviewer_sub), '[]') FROM engagement_reviewers r WHERE r.engagement_id = $1 AND r.ended_at IS NULL) AS reviewers,
    (SELECT coalesce(json_agg(a.sub), '[]') FROM attestations a WHERE a.engagement_id = $1) AS attested,
    (SELECT coalesce(json_agg(x.sub), '[]') FROM recusals x WHERE x.engagement_id = $1) AS recused`;

interface AggregateRow {
  readonly engagement: JsonRow | null;
  readonly reviewers: JsonRow[];
  readonly attestations: JsonRow[];
  readonly benchmarks: JsonRow[];
  readonly timeline: JsonRow[];
  readonly recused: string[];
  readonly consultations: JsonRow[];
}

interface DetailRow extends AggregateRow {
  readonly names: Record<string, string>;
  readonly key: EngagementKeyRow | null;
}

/** An engagement's detail as one statement reads it: the aggregate, the names it shows, and the key that opens its text. */
export interface EngagementDetailRead extends EngagementAggregate {
  /** The names of the people its timeline and its current reviewers name, by sub (those in the directory). */
  readonly names: ReadonlyMap<string, string>;
  /** Its data key as engagement_keys holds it, read in the same snapshot as the text it opens; null before its first sealed write. */
  readonly key: EngagementKeyRow | null;
}

/**
 * Everything a detail read needs: the aggregate, each collection in the order the detail shows it (current
 * reviewers, attestations, benchmarks, timeline, consultations), the names it shows and its data key.
 */
const DETAIL_SQL = `${prepared('engagement-detail')}
  SELECT
    (SELECT row_to_json(e) FROM engagements e WHERE e.id = $1) AS engagement,
    (SELECT coalesce(json_agg(r ORDER BY r.assigned_at, r.reviewer_sub), '[]') FROM engagement_reviewers r
      WHERE r.engagement_id = $1 AND r.ended_at IS NULL) AS reviewers,
    (SELECT coalesce(json_agg(a ORDER BY a.attested_at), '[]') FROM attestations a WHERE a.engagement_id = $1) AS attestations,
    (SELECT coalesce(json_agg(b ORDER BY b.recorded_at, b.id), '[]') FROM benchmark_results b WHERE b.engagement_id = $1) AS benchmarks,
    (SELECT coalesce(json_agg(t ORDER BY t.version), '[]') FROM engagement_timeline t WHERE t.engagement_id = $1) AS timeline,
    (SELECT coalesce(json_agg(x.sub), '[]') FROM recusals x WHERE x.engagement_id = $1) AS recused,
    (SELECT coalesce(json_agg(c ORDER BY c.asked_at, c.id), '[]') FROM consultations c WHERE c.engagement_id = $1) AS consultations,
    (SELECT coalesce(json_object_agg(p.sub, p.name), '{}') FROM people p WHERE p.sub IN (
       SELECT t.actor_sub FROM engagement_timeline t WHERE t.engagement_id = $1
       UNION SELECT r.reviewer_sub FROM engagement_reviewers r WHERE r.engagement_id = $1 AND r.ended_at IS NULL)) AS names,
    ${ENGAGEMENT_KEY_AS_JSON('$1')} AS key`;

/** The engagement read model: the engagement row and the rows that hang off it. */
@Injectable()
export class EngagementRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<EngagementEntity>): Promise<void> {
    await tx.getRepository(EngagementEntity).insert(row);
  }

  async update(tx: Tx, id: string, patch: DeepPartial<EngagementEntity>): Promise<void> {
    await tx.getRepository(EngagementEntity).update({ id }, patch);
  }

  /**
   * Reopens the determination for reconsideration: it moves, as it was (its rationale still sealed), beside
   * the one to come, and the engagement has no determination in force until then.
   */
  async reopenDetermination(
    tx: Tx,
    id: string,
    request: { readonly at: Date; readonly by: string; readonly rationaleSealed: string | null; readonly determinationDueAt: Date },
  ): Promise<void> {
    await tx.query(
      `UPDATE engagements SET
         original_determination_outcome = determination_outcome,
         original_determination_rationale_sealed = determination_rationale_sealed,
         original_determined_by = determined_by,
         original_determined_at = determined_at,
         determination_outcome = NULL, determination_rationale_sealed = NULL, determined_by = NULL, determined_at = NULL,
         reconsideration_requested_at = $2, reconsideration_requested_by = $3, reconsideration_rationale_sealed = $4,
         determination_due_at = $5
       WHERE id = $1`,
      [id, request.at, request.by, request.rationaleSealed, request.determinationDueAt],
    );
  }

  /**
   * Engagements that ended (withdrawn, closed, or determined not covered: as `endedAt` in the domain's
   * retention rules says) at or before `at`, and whose content is not disposed of yet.
   */
  async endedBefore(at: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM engagements
        WHERE disposed_at IS NULL AND stage IN ('WITHDRAWN', 'CLOSED', 'CLOSED_NOT_COVERED')
          AND CASE stage WHEN 'WITHDRAWN' THEN withdrawn_at WHEN 'CLOSED' THEN closed_at ELSE determined_at END <= $1
        ORDER BY id LIMIT $2`,
      [at, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The engagement row, locked until the transaction ends: for a change decided on the record alone. */
  async lock(tx: Tx, id: string): Promise<EngagementEntity | null> {
    return tx.getRepository(EngagementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Assigns reviewers; one unassigned earlier is assigned again (its row starts over). */
  async addReviewers(tx: Tx, rows: readonly Pick<ReviewerAssignmentEntity, 'engagementId' | 'reviewerSub' | 'assignedBy' | 'assignedAt'>[]): Promise<void> {
    await tx.getRepository(ReviewerAssignmentEntity).upsert(
      rows.map((row) => ({ ...row, endedAt: null, endReason: null })),
      ['engagementId', 'reviewerSub'],
    );
  }

  /** The engagements a reviewer is assigned to now, of those still under way. */
  async openAssignmentsOf(reviewerSub: string, terminalStages: readonly string[]): Promise<string[]> {
    const rows: { engagement_id: string }[] = await this.dataSource.query(
      `SELECT a.engagement_id FROM engagement_reviewers a JOIN engagements e ON e.id = a.engagement_id
        WHERE a.reviewer_sub = $1 AND a.ended_at IS NULL AND NOT (e.stage = ANY($2)) ORDER BY a.engagement_id`,
      [reviewerSub, terminalStages],
    );
    return rows.map((row) => row.engagement_id);
  }

  /** Ends a reviewer's assignment: their access to the engagement's content ends with it. */
  async endAssignment(tx: Tx, engagementId: string, reviewerSub: string, reason: 'UNASSIGNED' | 'RECUSED', at: Date): Promise<void> {
    await tx.getRepository(ReviewerAssignmentEntity).update({ engagementId, reviewerSub, endedAt: IsNull() }, { endedAt: at, endReason: reason });
  }

  async addRecusal(tx: Tx, row: RecusalEntity): Promise<void> {
    await tx.getRepository(RecusalEntity).insert(row);
  }

  async addAttestation(tx: Tx, row: DeepPartial<AttestationEntity>): Promise<void> {
    await tx.getRepository(AttestationEntity).insert(row);
  }

  async addBenchmark(tx: Tx, row: DeepPartial<BenchmarkResultEntity>): Promise<void> {
    await tx.getRepository(BenchmarkResultEntity).insert(row);
  }

  async appendTimeline(tx: Tx, row: DeepPartial<TimelineEntryEntity>): Promise<void> {
    await tx.getRepository(TimelineEntryEntity).insert(row);
  }

  /** When the event at `version` happened. */
  async timelineAt(engagementId: string, version: number): Promise<Date | null> {
    const entry = await this.dataSource.getRepository(TimelineEntryEntity).findOneBy({ engagementId, version });
    return entry?.occurredAt ?? null;
  }

  /** Engagements by id, for a list that names several (the clearinghouse's queue); keyed by id. */
  async byIds(ids: readonly string[]): Promise<Map<string, EngagementEntity>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.getRepository(EngagementEntity).findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * The engagement with who is on it. One statement, the same whether it exists or not, so the time an
   * answer takes does not tell a record the caller may not see from one that does not exist.
   */
  async findRoster(id: string, tx?: Tx): Promise<EngagementRoster | null> {
    const manager = tx ?? this.dataSource.manager;
    const [row] = await manager.query<RosterRow[]>(ROSTER_SQL, [id]);
    if (!row?.engagement) {
      return null;
    }
    const [engagement] = entitiesFromJson(manager, EngagementEntity, [row.engagement]);
    return { engagement: engagement!, reviewers: row.reviewers, attested: row.attested, recused: row.recused };
  }

  /**
   * The engagement and every row hanging off it, the names of the people it mentions and the key that
   * opens its text, in one statement (a detail read is worth one round trip, not nine), the same whether
   * it exists or not (see findRoster).
   */
  async findDetail(id: string, tx?: Tx): Promise<EngagementDetailRead | null> {
    const manager = tx ?? this.dataSource.manager;
    const [row] = await manager.query<DetailRow[]>(DETAIL_SQL, [id]);
    if (!row?.engagement) {
      return null;
    }
    const [engagement] = entitiesFromJson(manager, EngagementEntity, [row.engagement]);
    const reviewerRows = entitiesFromJson(manager, ReviewerAssignmentEntity, row.reviewers);
    const attestations = entitiesFromJson(manager, AttestationEntity, row.attestations);
    return {
      engagement: engagement!,
      consultations: entitiesFromJson(manager, ConsultationEntity, row.consultations),
      reviewerRows,
      attestations,
      benchmarks: entitiesFromJson(manager, BenchmarkResultEntity, row.benchmarks),
      timeline: entitiesFromJson(manager, TimelineEntryEntity, row.timeline),
      reviewers: reviewerRows.map((r) => r.reviewerSub),
      attested: attestations.map((a) => a.sub),
      recused: row.recused,
      names: new Map(Object.entries(row.names)),
      key: row.key,
    };
  }

  /** Newest first, keyset-paginated, holding only what `scope` admits. */
  list(scope: EngagementScope, limit: number, after?: ListPosition, stage?: string): Promise<EngagementEntity[]> {
    const query = visibleTo(this.dataSource.getRepository(EngagementEntity).createQueryBuilder('e'), scope);
    if (stage !== undefined) {
      query.andWhere('e.stage = :stage', { stage });
    }
    if (after) {
      query.andWhere('(e.submitted_at, e.id) < (:afterAt, :afterId)', { afterAt: after.submittedAt, afterId: after.id });
    }
    return query.orderBy('e.submitted_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit).comment(preparedComment('engagement-list')).getMany();
  }

  /**
   * What `scope` admits that changed at or after `since` (to the millisecond), oldest change first:
   * ids, versions and stages only, for the live feed; nothing without `since`. Also the database's own
   * clock, so a caller's next `since` never depends on the API's.
   */
  async changedSince(scope: EngagementScope, since: Date | undefined, limit: number): Promise<{ rows: EngagementChange[]; now: Date }> {
    const clock = this.dataSource.query<{ now: Date }[]>('SELECT now() AS now');
    if (since === undefined) {
      return { rows: [], now: (await clock)[0]?.now ?? new Date() };
    }
    const query = visibleTo(this.dataSource.getRepository(EngagementEntity).createQueryBuilder('e'), scope)
      .select(['e.id', 'e.version', 'e.stage', 'e.updatedAt'])
      .andWhere("date_trunc('milliseconds', e.updated_at) >= :since", { since })
      .orderBy('e.updated_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit);
    const [rows, now] = await Promise.all([query.getMany(), clock]);
    return { rows: rows.map(({ id, version, stage, updatedAt }) => ({ id, version, stage, updatedAt })), now: now[0]?.now ?? new Date() };
  }
}

export interface EngagementChange {
  readonly id: string;
  readonly version: number;
  readonly stage: string;
  readonly updatedAt: Date;
}

/** Only the engagements `scope` admits: a developer's own, a reviewer's assigned, an authority's recommended (unless recused), or all. */
function visibleTo(query: SelectQueryBuilder<EngagementEntity>, scope: EngagementScope): SelectQueryBuilder<EngagementEntity> {
  if (scope.all) {
    return query;
  }
  return query.andWhere(
    new Brackets((visible) => {
      visible.where('false');
      if (scope.developerOrg !== undefined) {
        visible.orWhere('e.developer_org = :org', { org: scope.developerOrg });
      }
      if (scope.reviewerSub !== undefined) {
        visible.orWhere('EXISTS (SELECT 1 FROM engagement_reviewers r WHERE r.engagement_id = e.id AND r.reviewer_sub = :reviewer AND r.ended_at IS NULL)', {
          reviewer: scope.reviewerSub,
        });
      }
      if (scope.authoritySub !== undefined) {
        visible.orWhere('(e.recommended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM recusals x WHERE x.engagement_id = e.id AND x.sub = :authority))', {
          authority: scope.authoritySub,
        });
      }
    }),
  );
}
