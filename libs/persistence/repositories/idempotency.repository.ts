import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';

import { IdempotencyRecordEntity } from '../entities';

export type Reservation = { readonly kind: 'reserved' } | { readonly kind: 'existing'; readonly record: IdempotencyRecordEntity };

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims a key for a request, or returns what is already there. An expired record, or one left
   * PENDING longer than `leaseMs` (its request died with the process that ran it), is taken over:
   * safe, because the command id derived from the key makes Temporal de-duplicate the command itself.
   */
  async reserve(callerSub: string, key: string, requestHash: string, ttlMs: number, leaseMs: number): Promise<Reservation> {
    const now = new Date();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records AS r (caller_sub, idempotency_key, request_hash, state, created_at, expires_at)
       VALUES ($1, $2, $3, 'PENDING', $4, $5)
       ON CONFLICT (caller_sub, idempotency_key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, state = 'PENDING', status_code = NULL, response_sealed = NULL,
             created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE r.expires_at < $4 OR (r.state = 'PENDING' AND r.created_at < $6)
       RETURNING idempotency_key`,
      [callerSub, key, requestHash, now, new Date(now.getTime() + ttlMs), new Date(now.getTime() - leaseMs)],
    );
    if (rows.length === 1) {
      return { kind: 'reserved' };
    }
    const record = await this.find(callerSub, key);
    return record ? { kind: 'existing', record } : this.reserve(callerSub, key, requestHash, ttlMs, leaseMs);
  }

  find(callerSub: string, key: string): Promise<IdempotencyRecordEntity | null> {
    return this.dataSource.getRepository(IdempotencyRecordEntity).findOneBy({ callerSub, idempotencyKey: key });
  }

  async complete(callerSub: string, key: string, statusCode: number, responseSealed: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyRecordEntity).update({ callerSub, idempotencyKey: key }, { state: 'DONE', statusCode, responseSealed });
  }

  /** A request that failed leaves nothing behind, so the same key may be tried again. */
  async release(callerSub: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyRecordEntity).delete({ callerSub, idempotencyKey: key, state: 'PENDING' });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    const result = await this.dataSource.getRepository(IdempotencyRecordEntity).delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
