import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published version of an engagement's partner terms; the text is stored with its SHA-256. */
@Entity({ name: 'partner_terms' })
export class PartnerTermsEntity {
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @PrimaryColumn({ type: 'varchar', length: 50 })
  version!: string;

  /** The terms' text, sealed. */
  @Column({ name: 'text_sealed', type: 'text', nullable: true })
  textSealed!: string | null;

  /** Plaintext from before sealing: emptied by LegacyPlaintextSealer as the API starts; never written. */
  @Column({ name: 'text', type: 'text', nullable: true })
  legacyText!: string | null;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ name: 'published_by', type: 'varchar', length: 200 })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
