import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { FindingResponseStatus, RemediationTier, TechnicalImpact } from '#domain';

/** A vulnerability found during the pre-release window, tiered by BOD 26-04. Never shown to partners. */
@Entity({ name: 'findings' })
@Index('findings_by_engagement', ['engagementId', 'recordedAt'])
export class FindingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ name: 'title_sealed', type: 'text' })
  titleSealed!: string;

  @Column({ name: 'description_sealed', type: 'text' })
  descriptionSealed!: string;

  @Column({ name: 'cwe_ids', type: 'jsonb' })
  cweIds!: string[];

  @Column({ name: 'in_kev', type: 'boolean' })
  inKev!: boolean;

  @Column({ name: 'publicly_exposed', type: 'boolean' })
  publiclyExposed!: boolean;

  @Column({ type: 'boolean' })
  automatable!: boolean;

  @Column({ name: 'technical_impact', type: 'varchar', length: 10 })
  technicalImpact!: TechnicalImpact;

  @Column({ type: 'varchar', length: 4 })
  tier!: RemediationTier;

  @Column({ name: 'remediation_due_at', type: 'timestamptz', nullable: true })
  remediationDueAt!: Date | null;

  @Column({ name: 'recorded_by', type: 'varchar', length: 200 })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'response_status', type: 'varchar', length: 20, nullable: true })
  responseStatus!: FindingResponseStatus | null;

  @Column({ name: 'response_note_sealed', type: 'text', nullable: true })
  responseNoteSealed!: string | null;

  @Column({ name: 'responded_by', type: 'varchar', length: 200, nullable: true })
  respondedBy!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
