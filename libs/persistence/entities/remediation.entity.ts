import { Column, Entity, PrimaryColumn } from 'typeorm';

import { PartnerReportSeverity, RemediationUrgency } from '#domain';

/** What a developer tells trusted partners to update to. The findings it remedies are the developer's to know, never the partners'. */
@Entity({ name: 'remediation_notices' })
export class RemediationNoticeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'fixed_version', type: 'varchar', length: 100 })
  fixedVersion!: string;

  @Column({ name: 'artifact_digest', type: 'varchar', length: 71 })
  artifactDigest!: string;

  @Column({ type: 'varchar', length: 10 })
  urgency!: RemediationUrgency;

  @Column({ name: 'instruction_sealed', type: 'text' })
  instructionSealed!: string;

  @Column({ name: 'finding_ids', type: 'uuid', array: true })
  findingIds!: string[];

  @Column({ name: 'published_by', type: 'varchar', length: 200 })
  publishedBy!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}

/** A partner's acknowledgement of a remediation notice: once per partner. */
@Entity({ name: 'remediation_acknowledgements' })
export class RemediationAcknowledgementEntity {
  @PrimaryColumn({ name: 'notice_id', type: 'uuid' })
  noticeId!: string;

  @PrimaryColumn({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  @Column({ name: 'grant_id', type: 'uuid' })
  grantId!: string;

  @Column({ name: 'acknowledged_by', type: 'varchar', length: 200 })
  acknowledgedBy!: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;
}

/** A problem a trusted partner found with early access: sealed like a finding, shared with the clearinghouse only by the developer. */
@Entity({ name: 'partner_reports' })
export class PartnerReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'grant_id', type: 'uuid' })
  grantId!: string;

  @Column({ name: 'partner_id', type: 'text' })
  partnerId!: string;

  @Column({ name: 'title_sealed', type: 'text' })
  titleSealed!: string;

  @Column({ name: 'description_sealed', type: 'text' })
  descriptionSealed!: string;

  @Column({ type: 'varchar', length: 10 })
  severity!: PartnerReportSeverity;

  @Column({ name: 'reported_by', type: 'varchar', length: 200 })
  reportedBy!: string;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  @Column({ name: 'shared_by', type: 'varchar', length: 200, nullable: true })
  sharedBy!: string | null;
}
