import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A notice in one person's inbox: what happened and where to look, never confidential content. */
@Entity({ name: 'inbox_items' })
export class InboxItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** With `sub`, unique: the audit event's sequence number and the kind (libs/domain/notices.ts). */
  @Column({ name: 'notice_key', type: 'text' })
  noticeKey!: string;

  @Column({ type: 'text' })
  sub!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** Null for a notice about the person's organization (a webhook turned off), not an engagement. */
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The console page to open, as this person may open it. */
  @Column({ type: 'text' })
  link!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
