import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Proof that an activity's write committed, so a retried activity does not write twice. */
@Entity({ name: 'activity_receipts' })
export class ActivityReceiptEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  /** The command (Update id, or clock point) that wrote it: a different command at the same key is a conflict, never a repeat. */
  @Column({ name: 'command_id', type: 'varchar', length: 300, nullable: true })
  commandId!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
