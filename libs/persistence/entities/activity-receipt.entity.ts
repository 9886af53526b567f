import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Proof that an activity's write committed, so a retried activity does not write twice. */
@Entity({ name: 'activity_receipts' })
export class ActivityReceiptEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
