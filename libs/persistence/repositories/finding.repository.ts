import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial, In, IsNull, Not } from 'typeorm';

import { FindingStatus, REMEDIATED_STATUSES, RemediationTier } from '#domain';

import { FindingEntity, FindingEventEntity } from '../entities';
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
    const rows = await this.dataSource.getRepository(FindingEntity).find({
      where: { engagementId: In([...engagementIds]), overdueSince: Not(IsNull()), status: Not(In([...REMEDIATED_STATUSES])) },
      select: { id: true, engagementId: true },
    });
    const counts = new Map<string, number>();
    for (const row of rows) {
      counts.set(row.engagementId, (counts.get(row.engagementId) ?? 0) + 1);
    }
    return counts;
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

export interface FindingFilter {
  readonly status?: FindingStatus;
  readonly tier?: RemediationTier;
  readonly overdue?: boolean;
}
