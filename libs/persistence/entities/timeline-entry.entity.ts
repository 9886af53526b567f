import { Column, Entity, PrimaryColumn } from 'typeorm';

import { EngagementStage } from '#domain';

/** One persisted event of an engagement, in version order: its timeline. */
@Entity({ name: 'engagement_timeline' })
export class TimelineEntryEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType!: string;

  @Column({ name: 'from_stage', type: 'varchar', length: 40, nullable: true })
  fromStage!: EngagementStage | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 40 })
  toStage!: EngagementStage;

  @Column({ name: 'actor_sub', type: 'varchar', length: 200 })
  actorSub!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** What the actor wrote with the event (a bulk revocation's reason), sealed. */
  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed!: string | null;
}
