import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { ConsultationStatus, consultationStatus, EngagementStage } from '#domain';
import type { ConsultationEntity } from '#persistence';

/**
 * A consultation on a determination, as the engagement's full view and the consultation's own page show it
 * (apps/api/modules/engagements and modules/consultations both answer with it). The question and the note
 * are confidential: they appear only where the caller may read them, and only after that read is audited.
 */
export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ description: 'The government organization consulted' }) organization!: string;
  @ApiProperty({ description: 'The designation authority who asked' }) askedBy!: string;
  @ApiProperty({ format: 'date-time' }) askedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Unanswered by then, it lapses and no longer holds up the determination' }) answerBy!: string;
  @ApiProperty({
    enum: ConsultationStatus,
    enumName: 'ConsultationStatus',
    description: 'PENDING while it may be answered; LAPSED once its deadline passed unanswered, or the engagement was decided or ended first',
  })
  status!: ConsultationStatus;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the organization consulted concurs, once answered' }) concurs!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) answeredBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiPropertyOptional({ description: 'Confidential; absent from lists' }) question?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The answer's note. Confidential; absent from lists" }) note?: string | null;
}

/** The confidential fields of a consultation, as its read's audit event names them. */
export const CONSULTATION_CONFIDENTIAL_FIELDS: readonly string[] = ['question', 'note'];

/** A consultation, with its status as of now (LAPSED is derived) and its confidential text if given. */
export function toConsultation(
  row: ConsultationEntity,
  stage: EngagementStage,
  text?: { readonly question: string; readonly note: string | null },
  now = Date.now(),
): ConsultationDto {
  return {
    id: row.id,
    engagementId: row.engagementId,
    organization: row.organization,
    askedBy: row.askedBy,
    askedAt: row.askedAt.toISOString(),
    answerBy: row.answerBy.toISOString(),
    status: consultationStatus({ status: row.status, answerBy: row.answerBy.getTime() }, stage, now),
    concurs: row.concurs,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    ...(text ?? {}),
  };
}
