import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { ConsultationStatus } from '#domain';

/** A consultation on an engagement's determination, as its workflow recorded it. LAPSED is derived when read. */
@Entity({ name: 'consultations' })
export class ConsultationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  /** The government organization consulted. */
  @Column({ type: 'text' })
  organization!: string;

  /** What the authority asks: confidential, sealed. */
  @Column({ name: 'question_sealed', type: 'text' })
  questionSealed!: string;

  @Column({ name: 'answer_by', type: 'timestamptz' })
  answerBy!: Date;

  @Column({ name: 'asked_by', type: 'text' })
  askedBy!: string;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;

  @Column({ type: 'text' })
  status!: ConsultationStatus.Pending | ConsultationStatus.Answered;

  @Column({ type: 'boolean', nullable: true })
  concurs!: boolean | null;

  /** The answer's note: confidential, sealed. */
  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed!: string | null;

  @Column({ name: 'answered_by', type: 'text', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
