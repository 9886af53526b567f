import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AttestationCapacity } from '#domain';

/** A reviewer or authority who recused from an engagement, in the capacity they held; the reason is sealed. */
@Entity({ name: 'recusals' })
export class RecusalEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  sub!: string;

  @Column({ type: 'varchar', length: 20 })
  capacity!: AttestationCapacity;

  @Column({ name: 'reason_sealed', type: 'text' })
  reasonSealed!: string;

  @Column({ name: 'recused_at', type: 'timestamptz' })
  recusedAt!: Date;
}
