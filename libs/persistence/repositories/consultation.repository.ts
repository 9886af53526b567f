import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ConsultationEntity, EngagementEntity } from '../entities';
import { Tx } from './unit-of-work';

/** The most consultations one list answers: a handful per engagement, for the organizations a government asks. */
export const MAX_LISTED_CONSULTATIONS = 500;

/** A consultation with what every reader of it may see of its engagement: metadata only. */
export interface ConsultationWithEngagement {
  readonly consultation: ConsultationEntity;
  readonly engagement: Pick<EngagementEntity, 'id' | 'developerOrg' | 'modelName' | 'modelVersion' | 'stage' | 'determinationDueAt'>;
}

/** Consultations on determinations, as the engagement's workflow records them. */
@Injectable()
export class ConsultationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, row: ConsultationEntity): Promise<void> {
    await tx.getRepository(ConsultationEntity).insert(row);
  }

  async recordAnswer(tx: Tx, id: string, answer: Pick<ConsultationEntity, 'concurs' | 'noteSealed' | 'answeredBy' | 'answeredAt'>): Promise<void> {
    await tx.getRepository(ConsultationEntity).update({ id }, { ...answer, status: 'ANSWERED' as ConsultationEntity['status'] });
  }

  /** An engagement's consultations, in the order they were asked. */
  ofEngagement(engagementId: string, tx?: Tx): Promise<ConsultationEntity[]> {
    return (tx ?? this.dataSource.manager).getRepository(ConsultationEntity).find({ where: { engagementId }, order: { askedAt: 'ASC', id: 'ASC' } });
  }

  find(id: string): Promise<ConsultationWithEngagement | null> {
    return this.withEngagement({ id }).then((rows) => rows[0] ?? null);
  }

  /**
   * Newest first: those asked of one organization, or asked by one person; never one on an engagement that
   * person recused from, or of their own organization as the developer (libs/security mayReadConsultation).
   */
  list(filter: { readonly organization: string; readonly askedBy: string }): Promise<ConsultationWithEngagement[]> {
    return this.withEngagement(filter);
  }

  private async withEngagement(
    filter: { readonly id: string } | { readonly organization: string; readonly askedBy: string },
  ): Promise<ConsultationWithEngagement[]> {
    const query = this.dataSource
      .getRepository(ConsultationEntity)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.engagement', EngagementEntity, 'e', 'e.id = c.engagement_id')
      .orderBy('c.asked_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(MAX_LISTED_CONSULTATIONS);
    if ('id' in filter) {
      query.where('c.id = :id', { id: filter.id });
    } else {
      query
        .where('(c.organization = :organization OR c.asked_by = :askedBy)', filter)
        .andWhere('e.developer_org <> :organization')
        .andWhere('NOT EXISTS (SELECT 1 FROM recusals r WHERE r.engagement_id = c.engagement_id AND r.sub = :askedBy)');
    }
    const rows = (await query.getMany()) as (ConsultationEntity & { engagement: EngagementEntity })[];
    return rows.map(({ engagement, ...consultation }) => ({
      consultation: Object.assign(new ConsultationEntity(), consultation),
      engagement: {
        id: engagement.id,
        developerOrg: engagement.developerOrg,
        modelName: engagement.modelName,
        modelVersion: engagement.modelVersion,
        stage: engagement.stage,
        determinationDueAt: engagement.determinationDueAt,
      },
    }));
  }
}
