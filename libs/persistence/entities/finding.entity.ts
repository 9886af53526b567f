import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { FindingResponseStatus, FindingStatus, RemediationTier, TechnicalImpact, TlpLabel, ValidationOutcome } from '#domain';

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

  @Column({ type: 'varchar', length: 20, default: FindingStatus.Open })
  status!: FindingStatus;

  /** Counts the finding's changes, from 1 when recorded; its events are numbered by it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** When the due date passed unremediated, as the finding's clock marked it. */
  @Column({ name: 'overdue_since', type: 'timestamptz', nullable: true })
  overdueSince!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** When the developer shared it with the clearinghouse; until then the clearinghouse does not know it exists. */
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  @Column({ name: 'shared_by', type: 'varchar', length: 200, nullable: true })
  sharedBy!: string | null;

  /** The TLP label the developer chose for its exports; absent, RED before the release and AMBER after. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  tlp!: TlpLabel | null;

  @Column({ name: 'validation_outcome', type: 'varchar', length: 20, nullable: true })
  validationOutcome!: ValidationOutcome | null;

  @Column({ name: 'validation_note_sealed', type: 'text', nullable: true })
  validationNoteSealed!: string | null;

  @Column({ name: 'validated_by', type: 'varchar', length: 200, nullable: true })
  validatedBy!: string | null;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt!: Date | null;

  /** The shared finding this one duplicates (another developer's, possibly): shown to the clearinghouse only. */
  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;
}

/** What a change says beyond its statuses: for an edit, the recomputed tier and due date and what was corrected. */
export interface FindingEventDetails {
  tier?: RemediationTier;
  remediationDueAt?: string | null;
  changed?: string[];
  /** For a share: the TLP label chosen. For a validation: the outcome, never the finding a duplicate duplicates. */
  tlp?: TlpLabel;
  outcome?: ValidationOutcome;
}

/** One change in a finding's life, in order: who, when, from which status to which, and the note that came with it (sealed). */
@Entity({ name: 'finding_events' })
export class FindingEventEntity {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20 })
  fromStatus!: FindingStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: FindingStatus;

  @Column({ name: 'actor_sub', type: 'varchar', length: 200 })
  actorSub!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'note_sealed', type: 'text', nullable: true })
  noteSealed!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: FindingEventDetails;
}
