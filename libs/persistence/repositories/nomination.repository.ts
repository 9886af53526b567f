import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';

import { NominationStatus } from '#domain';

import { NominationEntity } from '../entities';
import { Tx } from './unit-of-work';

const INSERT_BATCH = 5_000;

@Injectable()
export class NominationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<NominationEntity>): Promise<void> {
    await tx.getRepository(NominationEntity).insert(row);
  }

  /** Names the listed partners that are VERIFIED right now; returns how many. */
  async addListedPartners(tx: Tx, nominationId: string, partnerIds: readonly string[]): Promise<number> {
    let count = 0;
    for (let start = 0; start < partnerIds.length; start += INSERT_BATCH) {
      const rows: unknown[] = await tx.query(
        `INSERT INTO nomination_partners (nomination_id, partner_id)
         SELECT $1, p.id FROM partners p WHERE p.id = ANY($2::varchar[]) AND p.status = 'VERIFIED'
         ON CONFLICT DO NOTHING RETURNING partner_id`,
        [nominationId, partnerIds.slice(start, start + INSERT_BATCH)],
      );
      count += rows.length;
    }
    return count;
  }

  /** Names every VERIFIED partner matching the filter right now; returns how many. */
  async addFilteredPartners(tx: Tx, nominationId: string, filter: { sector?: string; state?: string }, limit: number): Promise<number> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO nomination_partners (nomination_id, partner_id)
       SELECT $1, p.id FROM partners p
       WHERE p.status = 'VERIFIED' AND ($2::varchar IS NULL OR p.sector = $2) AND ($3::char(2) IS NULL OR p.state = $3)
       ORDER BY p.id LIMIT $4
       ON CONFLICT DO NOTHING RETURNING partner_id`,
      [nominationId, filter.sector ?? null, filter.state ?? null, limit],
    );
    return rows.length;
  }

  async setPartnerCount(tx: Tx, id: string, partnerCount: number): Promise<void> {
    await tx.getRepository(NominationEntity).update({ id }, { partnerCount });
  }

  async decide(tx: Tx, id: string, status: NominationStatus, decidedBy: string, decidedAt: Date): Promise<void> {
    await tx.getRepository(NominationEntity).update({ id }, { status, decidedBy, decidedAt });
  }

  async cancelPending(tx: Tx, engagementId: string, at: Date): Promise<void> {
    await tx
      .getRepository(NominationEntity)
      .update({ engagementId, status: NominationStatus.Pending }, { status: NominationStatus.Cancelled, decidedBy: 'system', decidedAt: at });
  }

  find(engagementId: string, id: string): Promise<NominationEntity | null> {
    return this.dataSource.getRepository(NominationEntity).findOneBy({ engagementId, id });
  }

  listForEngagement(engagementId: string): Promise<NominationEntity[]> {
    return this.dataSource.getRepository(NominationEntity).find({ where: { engagementId }, order: { nominatedAt: 'ASC', id: 'ASC' } });
  }
}
