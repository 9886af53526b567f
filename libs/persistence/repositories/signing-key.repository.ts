import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { SigningKeyEntity } from '../entities';

export interface KeyRing {
  /** Signs now. */
  readonly current?: SigningKeyEntity;
  /** Signed until the last rotation; its tokens still verify. */
  readonly previous?: SigningKeyEntity;
  /** Published already, signs once it activates. */
  readonly upcoming: readonly SigningKeyEntity[];
}

/** An arbitrary constant that serializes installing the first key across processes. */
const FIRST_KEY_LOCK = 7_440_514;

@Injectable()
export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The keys as of `now`. The table holds one row per rotation, so reading it whole is cheap. */
  async ring(now: Date): Promise<KeyRing> {
    const rows = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { activatesAt: 'DESC', kid: 'DESC' } });
    const active = rows.filter((r) => r.activatesAt.getTime() <= now.getTime());
    return { current: active[0], previous: active[1], upcoming: rows.filter((r) => r.activatesAt.getTime() > now.getTime()) };
  }

  /** Installs the first key, unless some process already did; true when this call installed it. */
  async installFirst(key: SigningKeyEntity): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEY_LOCK]);
      if ((await tx.getRepository(SigningKeyEntity).count()) > 0) {
        return false;
      }
      await tx.getRepository(SigningKeyEntity).insert(key);
      return true;
    });
  }

  /** Adds the next key; it signs from its activation on. */
  async add(key: SigningKeyEntity): Promise<void> {
    await this.dataSource.getRepository(SigningKeyEntity).insert(key);
  }
}
