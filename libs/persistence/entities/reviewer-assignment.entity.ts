import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'engagement_reviewers' })
@Index('engagement_reviewers_by_reviewer', ['reviewerSub'])
export class ReviewerAssignmentEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ name: 'reviewer_sub', type: 'varchar', length: 200 })
  reviewerSub!: string;

  @Column({ name: 'assigned_by', type: 'varchar', length: 200 })
  assignedBy!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  /** When the assignment ended (the reviewer was unassigned or recused); null while it lasts. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason!: 'UNASSIGNED' | 'RECUSED' | null;
}
