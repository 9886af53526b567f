import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial, In } from 'typeorm';

import { FindingStatus, REMEDIATED_STATUSES, RemediationTier, ValidationOutcome } from '#domain';

import { FindingEntity, FindingEventEntity } from '../entities';
import { prepared } from '../prepared-statements';
import { Tx } from './unit-of-work';

@Injectable()
export class FindingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<FindingEntity>): Promise<void> {
    await tx.getRepository(FindingEntity).insert(row);
  }

  async recordResponse(
    tx: Tx,
    id: string,
    response: Pick<FindingEntity, 'responseStatus' | 'status' | 'responseNoteSealed' | 'respondedBy' | 'respondedAt'>,
  ): Promise<void> {
    await tx.getRepository(FindingEntity).update({ id }, response);
  }

  /** Writes one change: the finding as it now stands and the history entry, guarded by the version it changes from. */
  async applyChange(
    tx: Tx,
    id: string,
    change: DeepPartial<FindingEntity> & { readonly version: number },
    entry: DeepPartial<FindingEventEntity>,
  ): Promise<void> {
    const result = await tx.getRepository(FindingEntity).update({ id, version: change.version - 1 }, change);
    if (result.affected !== 1) {
      throw new Error(`finding ${id} is not at version ${change.version - 1}: its workflow and its record disagree`);
    }
    await tx.getRepository(FindingEventEntity).insert(entry);
  }

  /** A finding's changes, oldest first. */
  history(findingId: string): Promise<FindingEventEntity[]> {
    return this.dataSource.getRepository(FindingEventEntity).find({ where: { findingId }, order: { version: 'ASC' } });
  }

  /** The histories of several findings at once, oldest first within each. */
  async histories(findingIds: readonly string[]): Promise<Map<string, FindingEventEntity[]>> {
    const byFinding = new Map<string, FindingEventEntity[]>(findingIds.map((id) => [id, []]));
    if (findingIds.length === 0) {
      return byFinding;
    }
    const rows = await this.dataSource
      .getRepository(FindingEventEntity)
      .find({ where: { findingId: In([...findingIds]) }, order: { findingId: 'ASC', version: 'ASC' } });
    for (const row of rows) {
      byFinding.get(row.findingId)?.push(row);
    }
    return byFinding;
  }

  /** An engagement's findings that match every filter given: status, tier, and whether overdue. */
  listFiltered(engagementId: string, filter: FindingFilter): Promise<FindingEntity[]> {
    const query = this.dataSource
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.engagement_id = :engagementId', { engagementId })
      .orderBy('f.recorded_at', 'ASC')
      .addOrderBy('f.id', 'ASC');
    if (filter.status) {
      query.andWhere('f.status = :status', { status: filter.status });
    }
    if (filter.tier) {
      query.andWhere('f.tier = :tier', { tier: filter.tier });
    }
    if (filter.overdue !== undefined) {
      const overdue = 'f.overdue_since IS NOT NULL AND f.status NOT IN (:...remediated)';
      query.andWhere(filter.overdue ? overdue : `NOT (${overdue})`, { remediated: [...REMEDIATED_STATUSES] });
    }
    return query.getMany();
  }

  /** How many findings of each engagement are overdue; engagements with none are absent. */
  async overdueCounts(engagementIds: readonly string[]): Promise<Map<string, number>> {
    if (engagementIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.query<{ engagement_id: string; overdue: number }[]>(
      `${prepared('overdue-finding-counts')}SELECT engagement_id, count(*)::int AS overdue FROM findings
        WHERE engagement_id = ANY($1::uuid[]) AND overdue_since IS NOT NULL AND status <> ALL($2::text[])
        GROUP BY engagement_id`,
      [engagementIds, REMEDIATED_STATUSES],
    );
    return new Map(rows.map((row) => [row.engagement_id, row.overdue]));
  }

  /**
   * A finding the clearinghouse may see: shared by its developer, on an engagement that was not withdrawn
   * (withdrawal ends every government access). Null for any other, as if it did not exist.
   */
  findShared(engagementId: string, id: string): Promise<FindingEntity | null> {
    return this.shared().andWhere('f.engagement_id = :engagementId AND f.id = :id', { engagementId, id }).getOne();
  }

  /** A shared finding by its id alone (a duplicate names another developer's). */
  findSharedById(id: string): Promise<FindingEntity | null> {
    return this.shared().andWhere('f.id = :id', { id }).getOne();
  }

  /** An engagement's shared findings, oldest first. */
  listSharedForEngagement(engagementId: string): Promise<FindingEntity[]> {
    return this.shared().andWhere('f.engagement_id = :engagementId', { engagementId }).orderBy('f.recorded_at', 'ASC').addOrderBy('f.id', 'ASC').getMany();
  }

  /**
   * The clearinghouse's queue: shared findings across engagements, the most urgent tier first and, within
   * it, the most recently shared; keyset-paginated after `after`.
   */
  async listShared(filter: SharedFindingFilter, limit: number, after?: SharedFindingPosition): Promise<FindingEntity[]> {
    const query = this.shared()
      .addSelect(URGENCY, 'urgency')
      .orderBy('urgency', 'ASC')
      .addOrderBy('f.shared_at', 'DESC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit);
    if (filter.status) query.andWhere('f.status = :status', { status: filter.status });
    if (filter.validation === 'NONE') query.andWhere('f.validation_outcome IS NULL');
    else if (filter.validation) query.andWhere('f.validation_outcome = :validation', { validation: filter.validation });
    if (after) {
      query.andWhere(`(${URGENCY} > :u OR (${URGENCY} = :u AND (f.shared_at < :t OR (f.shared_at = :t AND f.id > :id))))`, {
        u: after.urgency,
        t: after.sharedAt,
        id: after.id,
      });
    }
    return query.getMany();
  }

  private shared() {
    return this.dataSource
      .getRepository(FindingEntity)
      .createQueryBuilder('f')
      .where('f.shared_at IS NOT NULL')
      .andWhere(`NOT EXISTS (SELECT 1 FROM engagements e WHERE e.id = f.engagement_id AND e.stage = 'WITHDRAWN')`);
  }

  find(engagementId: string, id: string, tx?: Tx): Promise<FindingEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(FindingEntity).findOneBy({ engagementId, id });
  }

  listForEngagement(engagementId: string, tx?: Tx): Promise<FindingEntity[]> {
    return (tx ?? this.dataSource.manager).getRepository(FindingEntity).find({ where: { engagementId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  /** A finding's response status (null: not answered yet); undefined when there is no such finding. */
  async responseStatus(id: string): Promise<string | null | undefined> {
    const row = await this.dataSource.getRepository(FindingEntity).findOne({ where: { id }, select: { id: true, responseStatus: true } });
    return row === null ? undefined : row.responseStatus;
  }
}

/** The most urgent tier first: 3DF, 3D, 14D, 60D, then fix-on-upgrade (the SQL below says the same). */
const URGENT_FIRST: readonly RemediationTier[] = [RemediationTier.Days3Forensic, RemediationTier.Days3, RemediationTier.Days14, RemediationTier.Days60];
const URGENCY = `CASE f.tier WHEN '3DF' THEN 0 WHEN '3D' THEN 1 WHEN '14D' THEN 2 WHEN '60D' THEN 3 ELSE 4 END`;

/** Where a page of the clearinghouse's queue ended. */
export interface SharedFindingPosition {
  readonly urgency: number;
  readonly sharedAt: Date;
  readonly id: string;
}

/** The urgency rank of a tier, as the queue sorts by it. */
export function urgencyOf(tier: RemediationTier): number {
  const rank = URGENT_FIRST.indexOf(tier);
  return rank === -1 ? URGENT_FIRST.length : rank;
}

export interface SharedFindingFilter {
  readonly status?: FindingStatus;
  /** An outcome, or NONE for those not validated yet. */
  readonly validation?: ValidationOutcome | 'NONE';
}

export interface FindingFilter {
  readonly status?: FindingStatus;
  readonly tier?: RemediationTier;
  readonly overdue?: boolean;
}
