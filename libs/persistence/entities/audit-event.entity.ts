import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { bigintAsNumber } from './column-transformers';

/**
 * An append-only, hash-chained audit event. The database refuses UPDATE, DELETE and TRUNCATE on
 * this table (a trigger, and no such grant to the application role).
 */
@Entity({ name: 'audit_events' })
@Index('audit_events_by_engagement', ['engagementId', 'seq'])
@Index('audit_events_by_actor', ['actorSub', 'seq'])
@Index('audit_events_by_action', ['action', 'seq'])
@Index('audit_events_by_time', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq!: number;

  @Index('audit_events_id', { unique: true })
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_sub', type: 'varchar', length: 200 })
  actorSub!: string;

  @Column({ name: 'actor_roles', type: 'jsonb' })
  actorRoles!: string[];

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId!: string | null;

  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 200 })
  subjectId!: string;

  @Column({ type: 'varchar', length: 40 })
  outcome!: string;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
