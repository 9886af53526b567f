import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';

import { NotificationEntity } from '../entities';
import { Tx } from './unit-of-work';

@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  exists(key: string): Promise<boolean> {
    return this.dataSource.getRepository(NotificationEntity).existsBy({ key });
  }

  listForEngagement(engagementId: string): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({ where: { engagementId }, order: { sentAt: 'ASC' } });
  }

  /** Records a notification once per key; false when it was already recorded. */
  async record(tx: Tx, row: DeepPartial<NotificationEntity>): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO notifications (key, kind, engagement_id, recipients, subject, due_at, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [row.key, row.kind, row.engagementId, JSON.stringify(row.recipients), row.subject, row.dueAt, row.sentAt],
    );
    return rows.length === 1;
  }
}
