import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan } from 'typeorm';

import { BrowserSessionEntity, SessionEndReason, SignInAttemptEntity } from '../entities';
import { Tx } from './unit-of-work';

/** Browser sessions and the sign-ins under way that lead to them, keyed by the SHA-256 of their cookies. */
@Injectable()
export class BrowserSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async startAttempt(row: SignInAttemptEntity): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).insert(row);
  }

  /** The sign-in under way for this cookie, taken so it can be finished once only; undefined when there is none or it has lapsed. */
  async takeAttempt(idHash: string, now: Date): Promise<SignInAttemptEntity | undefined> {
    // A DELETE's RETURNING rows come back as from a SELECT only through a CTE.
    const rows: { id_hash: string; state: string; secrets_sealed: string; return_to: string; expires_at: Date }[] = await this.dataSource.query(
      `WITH taken AS (DELETE FROM sign_in_attempts WHERE id_hash = $1 RETURNING id_hash, state, secrets_sealed, return_to, expires_at) SELECT * FROM taken`,
      [idHash],
    );
    const row = rows[0];
    if (!row || row.expires_at <= now) {
      return undefined;
    }
    return { idHash: row.id_hash, state: row.state, secretsSealed: row.secrets_sealed, returnTo: row.return_to, expiresAt: row.expires_at };
  }

  async purgeAttempts(now: Date): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).delete({ expiresAt: LessThan(now) });
  }

  async insert(tx: Tx, row: BrowserSessionEntity): Promise<void> {
    await tx.getRepository(BrowserSessionEntity).insert(row);
  }

  find(idHash: string): Promise<BrowserSessionEntity | null> {
    return this.dataSource.getRepository(BrowserSessionEntity).findOneBy({ idHash });
  }

  /** Slides the idle deadline of an open session (never past its absolute one). */
  async touch(idHash: string, now: Date, idleExpiresAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE browser_sessions SET last_seen_at = $2, idle_expires_at = LEAST($3, absolute_expires_at) WHERE id_hash = $1 AND ended_at IS NULL`,
      [idHash, now, idleExpiresAt],
    );
  }

  /** The session row, locked until the transaction ends: one refresh of its tokens at a time, in any process. */
  lock(tx: Tx, idHash: string): Promise<BrowserSessionEntity | null> {
    return tx.getRepository(BrowserSessionEntity).findOne({ where: { idHash }, lock: { mode: 'pessimistic_write' } });
  }

  async replaceTokens(tx: Tx, idHash: string, tokensSealed: string, accessExpiresAt: Date): Promise<void> {
    await tx.getRepository(BrowserSessionEntity).update({ idHash, endedAt: IsNull() }, { tokensSealed, accessExpiresAt });
  }

  /** Ends an open session; false when it had ended already (so its end is recorded once). */
  async end(tx: Tx, idHash: string, reason: SessionEndReason, at: Date): Promise<boolean> {
    const result = await tx.getRepository(BrowserSessionEntity).update({ idHash, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every open session of a person; how many there were. */
  async endAllOf(tx: Tx, sub: string, reason: SessionEndReason, at: Date): Promise<number> {
    const result = await tx.getRepository(BrowserSessionEntity).update({ sub, endedAt: IsNull() }, { endedAt: at, endReason: reason });
    return result.affected ?? 0;
  }
}
