import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SigningKeyEntity } from '../entities';

@Injectable()
export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  current(): Promise<SigningKeyEntity | null> {
    return this.dataSource.getRepository(SigningKeyEntity).findOneBy({ status: 'CURRENT' });
  }

  /** The keys the JWKS publishes and introspection accepts: the current one and the one before it. */
  published(): Promise<SigningKeyEntity[]> {
    return this.dataSource.getRepository(SigningKeyEntity).find({ where: { status: In(['CURRENT', 'PREVIOUS']) }, order: { createdAt: 'DESC' } });
  }

  /** Installs the first key; false when another process installed one first. */
  async installFirst(key: Omit<SigningKeyEntity, 'status' | 'retiredAt'>): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO signing_keys (kid, alg, public_jwk, private_jwk_sealed, status, created_at)
       SELECT $1, $2, $3, $4, 'CURRENT', $5 WHERE NOT EXISTS (SELECT 1 FROM signing_keys WHERE status = 'CURRENT')
       ON CONFLICT DO NOTHING RETURNING kid`,
      [key.kid, key.alg, JSON.stringify(key.publicJwk), key.privateJwkSealed, key.createdAt],
    );
    return rows.length === 1;
  }

  /** The new key becomes current, the current one previous, and the previous one retired, in one transaction. */
  async rotate(key: Omit<SigningKeyEntity, 'status' | 'retiredAt'>): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(SigningKeyEntity);
      await tx.query(`LOCK TABLE signing_keys IN SHARE ROW EXCLUSIVE MODE`);
      await repo.update({ status: 'PREVIOUS' }, { status: 'RETIRED', retiredAt: key.createdAt });
      await repo.update({ status: 'CURRENT' }, { status: 'PREVIOUS' });
      await repo.insert({ ...key, status: 'CURRENT', retiredAt: null });
    });
  }
}
