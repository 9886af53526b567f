import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { GatewayClientEntity } from '../entities';
import { Tx } from './unit-of-work';

/** Developers' gateway clients. */
@Injectable()
export class GatewayClientRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: GatewayClientEntity): Promise<void> {
    await tx.getRepository(GatewayClientEntity).insert(row);
  }

  find(clientId: string, tx?: Tx): Promise<GatewayClientEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(GatewayClientEntity).findOneBy({ clientId });
  }

  listForOrg(org: string): Promise<GatewayClientEntity[]> {
    return this.dataSource.getRepository(GatewayClientEntity).find({ where: { org }, order: { createdAt: 'ASC', clientId: 'ASC' } });
  }

  /** Sets when a rotated client retires (only one not yet retired or revoked); false otherwise. */
  async retire(tx: Tx, clientId: string, at: Date): Promise<boolean> {
    const result = await tx.getRepository(GatewayClientEntity).update({ clientId, retiresAt: IsNull(), revokedAt: IsNull() }, { retiresAt: at });
    return (result.affected ?? 0) > 0;
  }

  async revoke(tx: Tx, clientId: string, by: string, at: Date): Promise<boolean> {
    const result = await tx.getRepository(GatewayClientEntity).update({ clientId, revokedAt: IsNull() }, { revokedAt: at, revokedBy: by });
    return (result.affected ?? 0) > 0;
  }
}
