import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AttestationCapacity } from '#domain';

/** A no-conflict-of-interest attestation by a reviewer or a designation authority. */
@Entity({ name: 'attestations' })
export class AttestationEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  sub!: string;

  @Column({ type: 'varchar', length: 20 })
  capacity!: AttestationCapacity;

  @Column({ name: 'attested_at', type: 'timestamptz' })
  attestedAt!: Date;

  @Column({ name: 'statement_sealed', type: 'text', nullable: true })
  statementSealed!: string | null;
}
