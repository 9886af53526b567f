import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { PartnerSector, VerificationStatus } from '#domain';

/** A trusted-partner organization in the registry. Its id is its users' `org` claim. */
@Entity({ name: 'partners' })
@Index('partners_selection', ['sector', 'state', 'status'])
export class PartnerEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  sector!: PartnerSector;

  @Column({ type: 'char', length: 2 })
  state!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: VerificationStatus;

  /** Contact people: personal data, sealed. */
  @Column({ name: 'contacts_sealed', type: 'text' })
  contactsSealed!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
