import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { GrantEndReason, GrantStatus, PartnerSector } from '#domain';

/** One partner's time-boxed access to one engagement's model; its life runs in workflow `grant-<id>`. */
@Entity({ name: 'grants' })
@Index('grants_by_engagement', ['engagementId', 'id'])
@Index('grants_by_partner', ['partnerId', 'id'])
@Index('grants_by_engagement_status', ['engagementId', 'status'])
@Index('grants_by_nomination', ['nominationId', 'id'])
export class GrantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'nomination_id', type: 'uuid' })
  nominationId!: string;

  @Column({ name: 'partner_id', type: 'varchar', length: 100 })
  partnerId!: string;

  /** Copied from the registry at approval, for revocation by sector. */
  @Column({ type: 'varchar', length: 40 })
  sector!: PartnerSector;

  @Column({ type: 'varchar', length: 20 })
  status!: GrantStatus;

  @Column({ type: 'jsonb' })
  scopes!: string[];

  @Column({ name: 'duration_days', type: 'integer' })
  durationDays!: number;

  /** No grant of it outlives this instant (say, the public release), whatever its duration. */
  @Column({ name: 'access_ends_at', type: 'timestamptz', nullable: true })
  accessEndsAt!: Date | null;

  @Column({ name: 'accept_by', type: 'timestamptz' })
  acceptBy!: Date;

  @Column({ name: 'accepted_terms_version', type: 'varchar', length: 50, nullable: true })
  acceptedTermsVersion!: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 30, nullable: true })
  endReason!: GrantEndReason | null;

  /** Why it was revoked, in the revoker's words, sealed. */
  @Column({ name: 'end_note_sealed', type: 'text', nullable: true })
  endNoteSealed!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
