import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { NominationSide, NominationStatus } from '#domain';

/** A proposal of trusted partners for an engagement, by one side, for the other side to approve. */
@Entity({ name: 'nominations' })
@Index('nominations_by_engagement', ['engagementId', 'nominatedAt'])
export class NominationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'varchar', length: 20 })
  side!: NominationSide;

  @Column({ name: 'nominated_by', type: 'varchar', length: 200 })
  nominatedBy!: string;

  @Column({ name: 'nominated_at', type: 'timestamptz' })
  nominatedAt!: Date;

  @Column({ name: 'answer_by', type: 'timestamptz' })
  answerBy!: Date;

  @Column({ type: 'varchar', length: 20 })
  status!: NominationStatus;

  @Column({ name: 'duration_days', type: 'integer' })
  durationDays!: number;

  /** No grant of it outlives this instant (say, the public release), whatever its duration. */
  @Column({ name: 'access_ends_at', type: 'timestamptz', nullable: true })
  accessEndsAt!: Date | null;

  @Column({ type: 'jsonb' })
  scopes!: string[];

  /** The selection as asked, when it was a filter rather than a list. */
  @Column({ type: 'jsonb', nullable: true })
  filter!: { sector?: string; state?: string } | null;

  @Column({ name: 'partner_count', type: 'integer' })
  partnerCount!: number;

  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;
}
