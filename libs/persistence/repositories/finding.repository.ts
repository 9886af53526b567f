import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';

import { FindingEntity } from '../entities';
import { Tx } from './unit-of-work';

@Injectable()
export class FindingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: DeepPartial<FindingEntity>): Promise<void> {
    await tx.getRepository(FindingEntity).insert(row);
  }

  async recordResponse(
    tx: Tx,
    id: string,
    response: Pick<FindingEntity, 'responseStatus' | 'responseNoteSealed' | 'respondedBy' | 'respondedAt'>,
  ): Promise<void> {
    await tx.getRepository(FindingEntity).update({ id }, response);
  }

  find(engagementId: string, id: string, tx?: Tx): Promise<FindingEntity | null> {
    return (tx ?? this.dataSource.manager).getRepository(FindingEntity).findOneBy({ engagementId, id });
  }

  listForEngagement(engagementId: string, tx?: Tx): Promise<FindingEntity[]> {
    return (tx ?? this.dataSource.manager).getRepository(FindingEntity).find({ where: { engagementId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }

  /** A finding's response status (null: not answered yet); undefined when there is no such finding. */
  async responseStatus(id: string): Promise<string | null | undefined> {
    const row = await this.dataSource.getRepository(FindingEntity).findOne({ where: { id }, select: { id: true, responseStatus: true } });
    return row === null ? undefined : row.responseStatus;
  }
}
