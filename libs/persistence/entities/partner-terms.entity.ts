import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published version of an engagement's partner terms; the text is stored with its SHA-256. */
@Entity({ name: 'partner_terms' })
export class PartnerTermsEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 50 })
  version!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ name: 'published_by', type: 'varchar', length: 200 })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
