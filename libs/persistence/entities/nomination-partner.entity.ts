import { Entity, PrimaryColumn } from 'typeorm';

/** One partner named by a nomination (kept here, not in workflow history, so selections scale). */
@Entity({ name: 'nomination_partners' })
export class NominationPartnerEntity {
  @PrimaryColumn({ name: 'nomination_id', type: 'uuid' })
  nominationId!: string;

  @PrimaryColumn({ name: 'partner_id', type: 'varchar', length: 100 })
  partnerId!: string;
}
