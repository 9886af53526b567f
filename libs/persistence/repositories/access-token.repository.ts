import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';
import { AccessTokenEntity } from '../entities';
import { Tx } from './unit-of-work';

@Injectable()
export class AccessTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<AccessTokenEntity>): Promise<void> {
    await tx.getRepository(AccessTokenEntity).insert(row);
  }

  find(jti: string, tx?: Tx): Promise<AccessTokenEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(AccessTokenEntity).findOneBy({ jti });
  }
}
