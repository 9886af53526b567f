import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';

import { PartnerTermsEntity } from '../entities';
import { Tx } from './unit-of-work';

@Injectable()
export class PartnerTermsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<PartnerTermsEntity>): Promise<void> {
    await tx.getRepository(PartnerTermsEntity).insert(row);
  }

  find(engagementId: string, version: string): Promise<PartnerTermsEntity | null> {
    return this.dataSource.getRepository(PartnerTermsEntity).findOneBy({ engagementId, version });
  }
}
