import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { VerificationStatus } from '#domain';

import { PartnerEntity } from '../entities';
import { containing } from './search';
import { Tx } from './unit-of-work';

export interface PartnerFilter {
  readonly sector?: string;
  readonly state?: string;
  readonly status?: string;
  /** Part of the id or name, any case. */
  readonly q?: string;
}

const UPSERT_BATCH = 1_000;
const COLUMNS = 8;

/** The trusted-partner registry. */
@Injectable()
export class PartnerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Creates or updates partners by id, in batches; returns how many ids were new. `created_at` of
   * an existing partner is kept.
   */
  async upsert(tx: Tx, rows: readonly PartnerEntity[]): Promise<{ created: number; updated: number }> {
    let created = 0;
    for (let start = 0; start < rows.length; start += UPSERT_BATCH) {
      const batch = rows.slice(start, start + UPSERT_BATCH);
      const values = batch.map((_, i) => `(${Array.from({ length: COLUMNS }, (__, j) => `$${i * COLUMNS + j + 1}`).join(', ')})`);
      const result: { inserted: boolean }[] = await tx.query(
        `INSERT INTO partners (id, name, sector, state, status, contacts_sealed, created_at, updated_at)
         VALUES ${values.join(', ')}
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, sector = EXCLUDED.sector, state = EXCLUDED.state,
           status = EXCLUDED.status, contacts_sealed = EXCLUDED.contacts_sealed, updated_at = EXCLUDED.updated_at
         RETURNING (xmax = 0) AS inserted`,
        batch.flatMap((p) => [p.id, p.name, p.sector, p.state, p.status, p.contactsSealed, p.createdAt, p.updatedAt]),
      );
      created += result.filter((r) => r.inserted).length;
    }
    return { created, updated: rows.length - created };
  }

  async update(tx: Tx, id: string, patch: Partial<Pick<PartnerEntity, 'name' | 'status' | 'contactsSealed' | 'updatedAt'>>): Promise<void> {
    await tx.getRepository(PartnerEntity).update({ id }, patch);
  }

  find(id: string, tx?: Tx): Promise<PartnerEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(PartnerEntity).findOneBy({ id });
  }

  /** How many VERIFIED partners a nomination filter matches right now. */
  async countVerified(filter: Omit<PartnerFilter, 'status'>): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM partners WHERE status = 'VERIFIED' AND ($1::varchar IS NULL OR sector = $1) AND ($2::char(2) IS NULL OR state = $2)
         AND ($3::text IS NULL OR id ILIKE $3 OR name ILIKE $3)`,
      [filter.sector ?? null, filter.state ?? null, filter.q === undefined ? null : containing(filter.q)],
    );
    return Number(rows[0]?.count ?? 0);
  }

  /** Inside a transaction: the registry status of each id given that exists. */
  async statusesOf(tx: Tx, ids: readonly string[]): Promise<Map<string, VerificationStatus>> {
    if (ids.length === 0) {
      return new Map();
    }
    // Locked until the caller commits, so a status change made meanwhile is neither lost nor unaudited.
    const rows: { id: string; status: VerificationStatus }[] = await tx.query('SELECT id, status FROM partners WHERE id = ANY($1::varchar[]) FOR UPDATE', [
      ids,
    ]);
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** The registry status of each id given that exists. */
  async statuses(ids: readonly string[]): Promise<Map<string, VerificationStatus>> {
    const rows = await this.dataSource.getRepository(PartnerEntity).find({ where: { id: In([...ids]) }, select: { id: true, status: true } });
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  list(filter: PartnerFilter, limit: number, afterId?: string): Promise<PartnerEntity[]> {
    const query = this.dataSource.getRepository(PartnerEntity).createQueryBuilder('p');
    if (filter.sector !== undefined) query.andWhere('p.sector = :sector', { sector: filter.sector });
    if (filter.state !== undefined) query.andWhere('p.state = :state', { state: filter.state });
    if (filter.status !== undefined) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.q !== undefined) query.andWhere('(p.id ILIKE :like OR p.name ILIKE :like)', { like: containing(filter.q) });
    if (afterId !== undefined) query.andWhere('p.id > :afterId', { afterId });
    return query.orderBy('p.id', 'ASC').limit(limit).getMany();
  }
}
