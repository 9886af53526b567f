import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial } from 'typeorm';

import { PartnerReportEntity, RemediationAcknowledgementEntity, RemediationNoticeEntity } from '../entities';
import { Tx } from './unit-of-work';

/** A partner with a live (active or suspended) grant of an engagement, and whether it acknowledged a notice. */
export interface NoticeAudience {
  readonly partnerId: string;
  readonly partnerName: string;
  readonly grantId: string;
  readonly acknowledgedAt: Date | null;
  readonly acknowledgedBy: string | null;
}

/** How many of an engagement's live partners have acknowledged a notice, and the first of each kind. */
export interface AcknowledgementSummary {
  readonly acknowledged: number;
  readonly awaiting: number;
  readonly sample: readonly NoticeAudience[];
}

/** How many partners a summary names of each kind. */
const SAMPLE = 200;

@Injectable()
export class RemediationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertNotice(tx: Tx, row: DeepPartial<RemediationNoticeEntity>): Promise<void> {
    await tx.getRepository(RemediationNoticeEntity).insert(row);
  }

  notices(engagementId: string): Promise<RemediationNoticeEntity[]> {
    return this.dataSource.getRepository(RemediationNoticeEntity).find({ where: { engagementId }, order: { publishedAt: 'DESC', id: 'ASC' } });
  }

  notice(engagementId: string, id: string): Promise<RemediationNoticeEntity | null> {
    return this.dataSource.getRepository(RemediationNoticeEntity).findOneBy({ engagementId, id });
  }

  /** Records a partner's acknowledgement once; false when it had already acknowledged. */
  async acknowledge(tx: Tx, row: RemediationAcknowledgementEntity): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO remediation_acknowledgements (notice_id, partner_id, grant_id, acknowledged_by, acknowledged_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING notice_id`,
      [row.noticeId, row.partnerId, row.grantId, row.acknowledgedBy, row.acknowledgedAt],
    );
    return rows.length === 1;
  }

  /** A partner's acknowledgements of an engagement's notices, by notice. */
  async acknowledgementsOf(partnerId: string, noticeIds: readonly string[]): Promise<Map<string, RemediationAcknowledgementEntity>> {
    if (noticeIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource
      .getRepository(RemediationAcknowledgementEntity)
      .createQueryBuilder('a')
      .where('a.partner_id = :partnerId AND a.notice_id = ANY(:noticeIds)', { partnerId, noticeIds: [...noticeIds] })
      .getMany();
    return new Map(rows.map((row) => [row.noticeId, row]));
  }

  /** Who of the partners with a live grant of the notice's engagement acknowledged it, and who has yet to. */
  async summary(notice: RemediationNoticeEntity): Promise<AcknowledgementSummary> {
    const rows: { partner_id: string; partner_name: string; grant_id: string; acknowledged_at: Date | null; acknowledged_by: string | null; total: string }[] =
      await this.dataSource.query(
        `WITH live AS (
           SELECT DISTINCT ON (g.partner_id) g.partner_id, g.id AS grant_id
             FROM grants g WHERE g.engagement_id = $1 AND g.status IN ('ACTIVE', 'SUSPENDED') ORDER BY g.partner_id, g.id
         ), marked AS (
           SELECT live.partner_id, coalesce(o.name, live.partner_id) AS partner_name, live.grant_id, a.acknowledged_at, a.acknowledged_by,
                  row_number() OVER (PARTITION BY a.acknowledged_at IS NULL ORDER BY live.partner_id) AS n,
                  count(*) OVER (PARTITION BY a.acknowledged_at IS NULL) AS total
             FROM live
             LEFT JOIN remediation_acknowledgements a ON a.notice_id = $2 AND a.partner_id = live.partner_id
             LEFT JOIN organizations o ON o.id = live.partner_id
         )
         SELECT partner_id, partner_name, grant_id, acknowledged_at, acknowledged_by, total FROM marked WHERE n <= $3 ORDER BY partner_id`,
        [notice.engagementId, notice.id, SAMPLE],
      );
    const total = (acknowledged: boolean) => Number(rows.find((r) => (r.acknowledged_at !== null) === acknowledged)?.total ?? 0);
    return {
      acknowledged: total(true),
      awaiting: total(false),
      sample: rows.map((r) => ({
        partnerId: r.partner_id,
        partnerName: r.partner_name,
        grantId: r.grant_id,
        acknowledgedAt: r.acknowledged_at,
        acknowledgedBy: r.acknowledged_by,
      })),
    };
  }

  async insertReport(tx: Tx, row: DeepPartial<PartnerReportEntity>): Promise<void> {
    await tx.getRepository(PartnerReportEntity).insert(row);
  }

  reportsOfEngagement(engagementId: string): Promise<PartnerReportEntity[]> {
    return this.dataSource.getRepository(PartnerReportEntity).find({ where: { engagementId }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  reportsOfGrant(grantId: string): Promise<PartnerReportEntity[]> {
    return this.dataSource.getRepository(PartnerReportEntity).find({ where: { grantId }, order: { reportedAt: 'ASC', id: 'ASC' } });
  }

  report(engagementId: string, id: string): Promise<PartnerReportEntity | null> {
    return this.dataSource.getRepository(PartnerReportEntity).findOneBy({ engagementId, id });
  }

  /** Shares a report once; false when it was already shared. */
  async share(tx: Tx, id: string, by: string, at: Date): Promise<boolean> {
    const result = await tx
      .getRepository(PartnerReportEntity)
      .createQueryBuilder()
      .update()
      .set({ sharedAt: at, sharedBy: by })
      .where('id = :id AND shared_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  /** Reports shared with the clearinghouse, newest first, of engagements not withdrawn. */
  sharedReports(limit: number): Promise<PartnerReportEntity[]> {
    return this.dataSource
      .getRepository(PartnerReportEntity)
      .createQueryBuilder('r')
      .where('r.shared_at IS NOT NULL')
      .andWhere(`NOT EXISTS (SELECT 1 FROM engagements e WHERE e.id = r.engagement_id AND e.stage = 'WITHDRAWN')`)
      .orderBy('r.shared_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
