import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Every notification handed to the transport, once per key. Holds no confidential content. */
@Entity({ name: 'notifications' })
@Index('notifications_by_engagement', ['engagementId', 'sentAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;

  @Column({ type: 'jsonb' })
  recipients!: unknown[];

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
