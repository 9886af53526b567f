import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DesignationOutcome, EngagementStage } from '../../../../../libs/domain';
import type { EngagementAggregate } from '../../../../../libs/persistence';
import { EngagementEntity } from '../../../../../libs/persistence';
import { EngagementView, FieldCipher, sealedAt } from '../../../../../libs/security';

export enum EngagementViewName {
  Full = 'FULL',
  Metadata = 'METADATA',
}

export class EngagementSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() developerOrg!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) determinationDueAt!: string;
  @ApiProperty({ description: 'The determination target has passed without a determination' }) overdue!: boolean;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) plannedReleaseDate!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TimelineEntryDto {
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'REVIEWERS_ASSIGNED' }) event!: string;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage', nullable: true }) fromStage!: EngagementStage | null;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
  @ApiProperty({ description: 'Who acted (token sub), or "system" for the clock' }) actor!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ReviewerDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty() attested!: boolean;
}

export class AttestationViewDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ enum: ['REVIEWER', 'AUTHORITY'] }) capacity!: string;
  @ApiProperty({ format: 'date-time' }) attestedAt!: string;
  @ApiPropertyOptional() statement?: string;
}

export class BenchmarkResultViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() digest!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DesignationOutcome, enumName: 'DesignationOutcome' }) outcome!: DesignationOutcome;
  @ApiProperty() rationale!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class WithdrawalDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional() reason?: string;
}

export class EngagementDetailDto extends EngagementSummaryDto {
  @ApiProperty({ enum: EngagementViewName, description: 'FULL, or METADATA for callers without a need to know the content' })
  view!: EngagementViewName;
  @ApiProperty({ type: [TimelineEntryDto] }) timeline!: TimelineEntryDto[];
  @ApiProperty({ type: [ReviewerDto] }) reviewers!: ReviewerDto[];
  @ApiPropertyOptional() capabilitySummary?: string;
  @ApiPropertyOptional() contactEmail?: string;
  @ApiPropertyOptional({ type: [AttestationViewDto] }) attestations?: AttestationViewDto[];
  @ApiPropertyOptional({ type: [BenchmarkResultViewDto] }) benchmarkResults?: BenchmarkResultViewDto[];
  @ApiPropertyOptional({ type: DecisionDto }) recommendation?: DecisionDto;
  @ApiPropertyOptional({ type: DecisionDto }) determination?: DecisionDto;
  @ApiPropertyOptional({ type: WithdrawalDto }) withdrawal?: WithdrawalDto;
}

export class EngagementListDto {
  @ApiProperty({ type: [EngagementSummaryDto] }) items!: EngagementSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toEngagementSummary(e: EngagementEntity): EngagementSummaryDto {
  return {
    id: e.id,
    developerOrg: e.developerOrg,
    modelName: e.modelName,
    modelVersion: e.modelVersion,
    stage: e.stage as EngagementStage,
    submittedAt: e.submittedAt.toISOString(),
    determinationDueAt: e.determinationDueAt.toISOString(),
    overdue: e.overdue,
    plannedReleaseDate: e.plannedReleaseDate,
    updatedAt: e.updatedAt.toISOString(),
  };
}

function decision(outcome: string | null, sealed: string | null, by: string | null, at: Date | null, open: (s: string) => string): DecisionDto | undefined {
  if (outcome === null || by === null || at === null) {
    return undefined;
  }
  return { outcome: outcome as DesignationOutcome, rationale: sealed === null ? '' : open(sealed), by, at: at.toISOString() };
}

/** The names of the confidential fields a full view reveals, for the audit event of the read. */
export const CONFIDENTIAL_FIELDS = [
  'capabilitySummary',
  'contactEmail',
  'attestations.statement',
  'benchmarkResults.summary',
  'recommendation.rationale',
  'determination.rationale',
  'withdrawal.reason',
] as const;

export function toEngagementDetail(aggregate: EngagementAggregate, view: EngagementView, cipher: FieldCipher): EngagementDetailDto {
  const e = aggregate.engagement;
  const metadata: EngagementDetailDto = {
    ...toEngagementSummary(e),
    view: view === EngagementView.Full ? EngagementViewName.Full : EngagementViewName.Metadata,
    timeline: aggregate.timeline.map((t) => ({
      version: t.version,
      event: t.eventType,
      fromStage: t.fromStage as EngagementStage | null,
      stage: t.toStage as EngagementStage,
      actor: t.actorSub,
      at: t.occurredAt.toISOString(),
    })),
    reviewers: aggregate.reviewerRows.map((r) => ({
      sub: r.reviewerSub,
      assignedAt: r.assignedAt.toISOString(),
      attested: aggregate.attested.includes(r.reviewerSub),
    })),
  };
  if (view !== EngagementView.Full) {
    return metadata;
  }
  const open = (table: string, column: string, rowId: string) => (sealed: string) => cipher.open(sealed, sealedAt(table, column, rowId));
  return {
    ...metadata,
    capabilitySummary: open('engagements', 'capability_summary', e.id)(e.capabilitySummarySealed),
    contactEmail: open('engagements', 'contact_email', e.id)(e.contactEmailSealed),
    attestations: aggregate.attestations.map((a) => ({
      sub: a.sub,
      capacity: a.capacity,
      attestedAt: a.attestedAt.toISOString(),
      statement: a.statementSealed === null ? undefined : open('attestations', 'statement', `${e.id}:${a.sub}`)(a.statementSealed),
    })),
    benchmarkResults: aggregate.benchmarks.map((b) => ({
      id: b.id,
      reference: b.reference,
      digest: b.digest,
      summary: open('benchmark_results', 'summary', b.id)(b.summarySealed),
      recordedBy: b.recordedBy,
      recordedAt: b.recordedAt.toISOString(),
    })),
    recommendation: decision(e.recommendationOutcome, e.recommendationRationaleSealed, e.recommendedBy, e.recommendedAt, open('engagements', 'recommendation_rationale', e.id)),
    determination: decision(e.determinationOutcome, e.determinationRationaleSealed, e.determinedBy, e.determinedAt, open('engagements', 'determination_rationale', e.id)),
    withdrawal:
      e.withdrawnAt === null
        ? undefined
        : {
            at: e.withdrawnAt.toISOString(),
            reason: e.withdrawalReasonSealed === null ? undefined : open('engagements', 'withdrawal_reason', e.id)(e.withdrawalReasonSealed),
          },
  };
}
