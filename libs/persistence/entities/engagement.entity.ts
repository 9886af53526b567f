import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { DesignationOutcome, DisposalReason, EngagementStage, WindowEndReason } from '#domain';

/** The read model of one engagement. Columns ending in `_sealed` hold AES-256-GCM ciphertext. */
@Entity({ name: 'engagements' })
@Index('engagements_list_order', ['submittedAt', 'id'])
@Index('engagements_developer_org', ['developerOrg', 'submittedAt'])
export class EngagementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'developer_org', type: 'varchar', length: 200 })
  developerOrg!: string;

  @Column({ name: 'submitted_by', type: 'varchar', length: 200 })
  submittedBy!: string;

  @Column({ name: 'model_name', type: 'varchar', length: 200 })
  modelName!: string;

  @Column({ name: 'model_version', type: 'varchar', length: 100 })
  modelVersion!: string;

  @Column({ name: 'capability_summary_sealed', type: 'text' })
  capabilitySummarySealed!: string;

  @Column({ name: 'contact_email_sealed', type: 'text' })
  contactEmailSealed!: string;

  /** The engagement of the model's previous version, named by the developer (its own organization's). */
  @Column({ name: 'previous_engagement_id', type: 'uuid', nullable: true })
  previousEngagementId!: string | null;

  @Column({ name: 'planned_release_date', type: 'date', nullable: true })
  plannedReleaseDate!: string | null;

  @Column({ type: 'varchar', length: 40 })
  stage!: EngagementStage;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'determination_due_at', type: 'timestamptz' })
  determinationDueAt!: Date;

  @Column({ type: 'boolean', default: false })
  overdue!: boolean;

  @Column({ name: 'recommendation_outcome', type: 'varchar', length: 20, nullable: true })
  recommendationOutcome!: DesignationOutcome | null;

  @Column({ name: 'recommendation_rationale_sealed', type: 'text', nullable: true })
  recommendationRationaleSealed!: string | null;

  @Column({ name: 'recommended_by', type: 'varchar', length: 200, nullable: true })
  recommendedBy!: string | null;

  @Column({ name: 'recommended_at', type: 'timestamptz', nullable: true })
  recommendedAt!: Date | null;

  @Column({ name: 'determination_outcome', type: 'varchar', length: 20, nullable: true })
  determinationOutcome!: DesignationOutcome | null;

  @Column({ name: 'determination_rationale_sealed', type: 'text', nullable: true })
  determinationRationaleSealed!: string | null;

  @Column({ name: 'determined_by', type: 'varchar', length: 200, nullable: true })
  determinedBy!: string | null;

  @Column({ name: 'determined_at', type: 'timestamptz', nullable: true })
  determinedAt!: Date | null;

  /** The developer's one reconsideration, once asked: when, by whom, and why (sealed). */
  @Column({ name: 'reconsideration_requested_at', type: 'timestamptz', nullable: true })
  reconsiderationRequestedAt!: Date | null;

  @Column({ name: 'reconsideration_requested_by', type: 'varchar', length: 200, nullable: true })
  reconsiderationRequestedBy!: string | null;

  @Column({ name: 'reconsideration_rationale_sealed', type: 'text', nullable: true })
  reconsiderationRationaleSealed!: string | null;

  /** The determination a reconsideration reopened; its rationale stays sealed as a determination's was. */
  @Column({ name: 'original_determination_outcome', type: 'varchar', length: 20, nullable: true })
  originalDeterminationOutcome!: DesignationOutcome | null;

  @Column({ name: 'original_determination_rationale_sealed', type: 'text', nullable: true })
  originalDeterminationRationaleSealed!: string | null;

  @Column({ name: 'original_determined_by', type: 'varchar', length: 200, nullable: true })
  originalDeterminedBy!: string | null;

  @Column({ name: 'original_determined_at', type: 'timestamptz', nullable: true })
  originalDeterminedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason_sealed', type: 'text', nullable: true })
  withdrawalReasonSealed!: string | null;

  @Column({ name: 'window_opened_at', type: 'timestamptz', nullable: true })
  windowOpenedAt!: Date | null;

  @Column({ name: 'window_closes_at', type: 'timestamptz', nullable: true })
  windowClosesAt!: Date | null;

  /** The developer's gateway for reviewers, sealed. */
  @Column({ name: 'window_access_endpoint_sealed', type: 'text', nullable: true })
  windowAccessEndpointSealed!: string | null;

  /** Plaintext from before sealing: emptied by LegacyPlaintextSealer as the API starts; never written. */
  @Column({ name: 'window_access_endpoint', type: 'varchar', length: 2048, nullable: true })
  legacyWindowAccessEndpoint!: string | null;

  @Column({ name: 'window_artifact_digest', type: 'varchar', length: 71, nullable: true })
  windowArtifactDigest!: string | null;

  @Column({ name: 'window_ended_at', type: 'timestamptz', nullable: true })
  windowEndedAt!: Date | null;

  @Column({ name: 'window_end_reason', type: 'varchar', length: 20, nullable: true })
  windowEndReason!: WindowEndReason | null;

  @Column({ name: 'access_declined_at', type: 'timestamptz', nullable: true })
  accessDeclinedAt!: Date | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'current_terms_version', type: 'varchar', length: 50, nullable: true })
  currentTermsVersion!: string | null;

  /** Where partners' tokens are meant for, when the terms name it (else the window's gateway), sealed. */
  @Column({ name: 'partner_access_endpoint_sealed', type: 'text', nullable: true })
  partnerAccessEndpointSealed!: string | null;

  /** Plaintext from before sealing: emptied by LegacyPlaintextSealer as the API starts; never written. */
  @Column({ name: 'partner_access_endpoint', type: 'varchar', length: 2048, nullable: true })
  legacyPartnerAccessEndpoint!: string | null;

  /** When the confidential content was disposed of (its data key destroyed), and why and by whom. */
  @Column({ name: 'disposed_at', type: 'timestamptz', nullable: true })
  disposedAt!: Date | null;

  @Column({ name: 'disposal_reason', type: 'varchar', length: 30, nullable: true })
  disposalReason!: DisposalReason | null;

  @Column({ name: 'disposed_by', type: 'varchar', length: 200, nullable: true })
  disposedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
