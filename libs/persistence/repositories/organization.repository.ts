import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';

import { OrganizationKind } from '#domain';

import { OrganizationEntity } from '../entities';
import { Tx } from './unit-of-work';

/** The registry of organizations and their kinds; partners in the partner registry are among them. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string, tx?: Tx): Promise<OrganizationEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(OrganizationEntity).findOneBy({ id });
  }

  /** In id order, keyset-paginated. */
  list(limit: number, afterId?: string, kind?: OrganizationKind): Promise<OrganizationEntity[]> {
    return this.dataSource.getRepository(OrganizationEntity).find({
      where: { ...(afterId === undefined ? {} : { id: MoreThan(afterId) }), ...(kind === undefined ? {} : { kind }) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Adds an organization; false when the id is taken already. */
  async insert(tx: Tx, row: OrganizationEntity): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [row.id, row.name, row.kind, row.createdAt, row.updatedAt],
    );
    return inserted.length === 1;
  }

  async update(tx: Tx, id: string, patch: Partial<Pick<OrganizationEntity, 'name' | 'kind' | 'updatedAt'>>): Promise<void> {
    await tx.getRepository(OrganizationEntity).update({ id }, patch);
  }

  /** Inside a transaction: the kind of each id given that is registered, locked until the caller commits. */
  async kindsOf(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganizationKind>> {
    if (ids.length === 0) {
      return new Map();
    }
    const rows: { id: string; kind: OrganizationKind }[] = await tx.query('SELECT id, kind FROM organizations WHERE id = ANY($1::varchar[]) FOR UPDATE', [ids]);
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  /**
   * Registers partners of the registry as PARTNER organizations (new ones) or renames them (known ones),
   * in the caller's transaction. Ids must not belong to another kind: check with {@link kindsOf} first.
   */
  async upsertPartners(tx: Tx, rows: readonly Pick<OrganizationEntity, 'id' | 'name' | 'createdAt' | 'updatedAt'>[]): Promise<void> {
    const BATCH = 5_000;
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await tx.query(
        `INSERT INTO organizations (id, name, kind, created_at, updated_at)
         SELECT id, name, 'PARTNER', created_at, updated_at FROM unnest($1::varchar[], $2::varchar[], $3::timestamptz[], $4::timestamptz[]) AS r(id, name, created_at, updated_at)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at WHERE organizations.kind = 'PARTNER'`,
        [batch.map((r) => r.id), batch.map((r) => r.name), batch.map((r) => r.createdAt), batch.map((r) => r.updatedAt)],
      );
    }
  }

  /** Registers organizations that are not yet registered (the stack's and a deployment's bootstrap); known ones stay as they are. */
  async ensure(rows: readonly Pick<OrganizationEntity, 'id' | 'name' | 'kind'>[]): Promise<string[]> {
    const added: string[] = [];
    for (const row of rows) {
      const inserted: unknown[] = await this.dataSource.query(
        `INSERT INTO organizations (id, name, kind, created_at, updated_at) VALUES ($1, $2, $3, now(), now()) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [row.id, row.name, row.kind],
      );
      if (inserted.length === 1) added.push(row.id);
    }
    return added;
  }
}
