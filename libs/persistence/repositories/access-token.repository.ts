import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AccessTokenEntity } from '../entities';
import { Tx } from './unit-of-work';

@Injectable()
export class AccessTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an issued token once; false when a token with this id was already recorded. */
  async insertOnce(tx: Tx, row: AccessTokenEntity): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO access_tokens (jti, engagement_id, kind, grant_id, subject_sub, subject_org, scope, kid, issued_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (jti) DO NOTHING RETURNING jti`,
      [row.jti, row.engagementId, row.kind, row.grantId, row.subjectSub, row.subjectOrg, row.scope, row.kid, row.issuedAt, row.expiresAt],
    );
    return rows.length === 1;
  }

  find(jti: string, tx?: Tx): Promise<AccessTokenEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(AccessTokenEntity).findOneBy({ jti });
  }
}
