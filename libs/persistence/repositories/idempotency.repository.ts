import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { IdempotencyRecordEntity } from '../entities';

export type Reservation =
  | { readonly kind: 'reserved' }
  | { readonly kind: 'existing'; readonly record: IdempotencyRecordEntity };

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims a key for a request, or returns what is already there. */
  async reserve(callerSub: string, key: string, requestHash: string, ttlMs: number): Promise<Reservation> {
    const now = new Date();
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_records (caller_sub, idempotency_key, request_hash, state, created_at, expires_at)
       VALUES ($1, $2, $3, 'PENDING', $4, $5)
       ON CONFLICT (caller_sub, idempotency_key) DO NOTHING RETURNING idempotency_key`,
      [callerSub, key, requestHash, now, new Date(now.getTime() + ttlMs)],
    );
    if (rows.length === 1) {
      return { kind: 'reserved' };
    }
    const record = await this.find(callerSub, key);
    return record ? { kind: 'existing', record } : this.reserve(callerSub, key, requestHash, ttlMs);
  }

  find(callerSub: string, key: string): Promise<IdempotencyRecordEntity | null> {
    return this.dataSource.getRepository(IdempotencyRecordEntity).findOneBy({ callerSub, idempotencyKey: key });
  }

  async complete(callerSub: string, key: string, statusCode: number, responseSealed: string): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyRecordEntity)
      .update({ callerSub, idempotencyKey: key }, { state: 'DONE', statusCode, responseSealed });
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
