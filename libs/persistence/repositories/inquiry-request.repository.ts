import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere } from 'typeorm';

import type { InquiryRequestStatus } from '#domain';

import { InquiryRequestEntity } from '../entities';
import { Tx } from './unit-of-work';

/** The most requests one list answers: they are few (each a government request to one developer). */
export const MAX_LISTED_REQUESTS = 500;

/** Government requests to developer organizations, as their workflows record them. */
@Injectable()
export class InquiryRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: InquiryRequestEntity): Promise<void> {
    await tx.getRepository(InquiryRequestEntity).insert(row);
  }

  /** Applies a change recorded at `version`, only over the version before it (false if it was applied already). */
  async applyChange(tx: Tx, id: string, version: number, change: Partial<InquiryRequestEntity>): Promise<boolean> {
    const result = await tx.getRepository(InquiryRequestEntity).update({ id, version: version - 1 }, { ...change, version });
    return (result.affected ?? 0) > 0;
  }

  find(id: string): Promise<InquiryRequestEntity | null> {
    return this.dataSource.getRepository(InquiryRequestEntity).findOneBy({ id });
  }

  /** Newest first: every organization's for program administrators, or one organization's. */
  list(filter: { readonly developerOrg?: string; readonly status?: InquiryRequestStatus }): Promise<InquiryRequestEntity[]> {
    const where: FindOptionsWhere<InquiryRequestEntity> = {
      ...(filter.developerOrg === undefined ? {} : { developerOrg: filter.developerOrg }),
      ...(filter.status === undefined ? {} : { status: filter.status }),
    };
    return this.dataSource.getRepository(InquiryRequestEntity).find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take: MAX_LISTED_REQUESTS });
  }
}
