import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { DesignationOutcome, disposalDueAt, DisposalReason, earlyDisposalFrom, EngagementStage, RetentionSchedule, WindowEndReason } from '#domain';
import { type EngagementAggregate, EngagementEntity } from '#persistence';
import { EngagementView, SEALED_AT, sealedAt, Sealer, windowEndpointOf } from '#security';

import { ConsultationDto, toConsultation } from '../../../common/consultation.dto';

export enum EngagementViewName {
  Full = 'FULL',
  Developer = 'DEVELOPER',
  Metadata = 'METADATA',
}

const VIEW_NAMES: Record<Exclude<EngagementView, EngagementView.None>, EngagementViewName> = {
  [EngagementView.Full]: EngagementViewName.Full,
  [EngagementView.Developer]: EngagementViewName.Developer,
  [EngagementView.Metadata]: EngagementViewName.Metadata,
};

export class AccessWindowDto {
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'At most 30 days after openedAt; never extended' }) closesAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) endedAt?: string;
  @ApiPropertyOptional({ enum: WindowEndReason, enumName: 'WindowEndReason' }) endReason?: WindowEndReason;
  @ApiPropertyOptional({ description: "The developer's model gateway (not shown to metadata-only callers)" }) accessEndpoint?: string;
  @ApiPropertyOptional() artifactDigest?: string;
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
  @ApiPropertyOptional({ type: AccessWindowDto, description: 'The pre-release window, once opened (dates only here)' }) window?: AccessWindowDto;
  @ApiPropertyOptional({ format: 'date-time' }) releasedAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Grows with every change (the version /v1/engagement-changes reports)' }) version!: number;
  @ApiPropertyOptional({
    description: 'How many of its findings are past their remediation due date and not yet verified fixed or closed (in lists, for those who follow findings)',
  })
  overdueFindings?: number;
  @ApiPropertyOptional({
    format: 'date-time',
    description: "When the engagement's confidential content was disposed of (its data key destroyed): its text fields read as `[disposed]` since",
  })
  disposedAt?: string;
}

/** How long the engagement's confidential content is kept, and whether it is gone. */
export class RetentionDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the retention schedule disposes of the content: set once the engagement has ended' })
  disposalDueAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'A withdrawn engagement: from when its developer may have the content disposed of early' })
  earlyDisposalFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) disposedAt?: string;
  @ApiPropertyOptional({ enum: DisposalReason, enumName: 'DisposalReason' }) disposalReason?: DisposalReason;
}

export class TimelineEntryDto {
  @ApiProperty() version!: number;
  @ApiProperty({ example: 'REVIEWERS_ASSIGNED' }) event!: string;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage', nullable: true }) fromStage!: EngagementStage | null;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
  @ApiProperty({ description: 'Who acted (token sub), or "system" for the clock' }) actor!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The display name of who acted, from the directory; null for the clock or someone it does not know',
  })
  actorName!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ReviewerDto {
  @ApiProperty() sub!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Their display name, from the directory' }) name!: string | null;
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

/** The developer's one reconsideration, and the determination it reopened. */
export class ReconsiderationViewDto {
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ description: 'Why the developer asked. Confidential' }) rationale!: string;
  @ApiProperty({ type: DecisionDto, description: 'The determination reconsidered; `determination` is the one that replaced it, once made' })
  originalDetermination!: DecisionDto;
}

export class WithdrawalDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional() reason?: string;
}

/** Model lineage: the engagement of the model's previous version, as far as the caller may see it. */
export class PreviousEngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
  @ApiPropertyOptional({
    enum: DesignationOutcome,
    enumName: 'DesignationOutcome',
    description: 'Its determination, for those who may read it there (absent in a metadata view, and before one was made)',
  })
  determinationOutcome?: DesignationOutcome;
  @ApiPropertyOptional({ format: 'date-time' }) determinedAt?: string;
}

export function toPreviousEngagement(e: EngagementEntity, withDetermination: boolean): PreviousEngagementDto {
  return {
    id: e.id,
    modelName: e.modelName,
    modelVersion: e.modelVersion,
    stage: e.stage,
    ...(withDetermination && e.determinationOutcome ? { determinationOutcome: e.determinationOutcome } : {}),
    ...(withDetermination && e.determinedAt ? { determinedAt: e.determinedAt.toISOString() } : {}),
  };
}

export class EngagementDetailDto extends EngagementSummaryDto {
  @ApiProperty({
    enum: EngagementViewName,
    description: 'FULL; DEVELOPER (no benchmark references or attestation statements); METADATA for callers without a need to know the content',
  })
  view!: EngagementViewName;
  @ApiProperty({ type: [TimelineEntryDto] }) timeline!: TimelineEntryDto[];
  @ApiProperty({ type: [ReviewerDto] }) reviewers!: ReviewerDto[];
  @ApiPropertyOptional({ format: 'date-time' }) accessDeclinedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) plannedReleaseDate?: string | null;
  @ApiPropertyOptional() capabilitySummary?: string;
  @ApiPropertyOptional() contactEmail?: string;
  @ApiPropertyOptional({ type: [AttestationViewDto] }) attestations?: AttestationViewDto[];
  @ApiPropertyOptional({ type: [BenchmarkResultViewDto] }) benchmarkResults?: BenchmarkResultViewDto[];
  @ApiPropertyOptional({ type: DecisionDto }) recommendation?: DecisionDto;
  @ApiPropertyOptional({ type: DecisionDto }) determination?: DecisionDto;
  @ApiPropertyOptional({ type: WithdrawalDto }) withdrawal?: WithdrawalDto;
  @ApiPropertyOptional({ type: ReconsiderationViewDto }) reconsideration?: ReconsiderationViewDto;
  @ApiPropertyOptional({
    type: PreviousEngagementDto,
    description: "The engagement of the model's previous version, when the inquiry named one and you may see it: absent otherwise",
  })
  previousEngagement?: PreviousEngagementDto;
  @ApiPropertyOptional({ type: [ConsultationDto], description: 'Consultations on the determination, with their text (full view only)' })
  consultations?: ConsultationDto[];
  @ApiProperty({ type: RetentionDto }) retention!: RetentionDto;
}

export class EngagementListDto {
  @ApiProperty({ type: [EngagementSummaryDto] }) items!: EngagementSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toEngagementSummary(e: EngagementEntity, overdueFindings?: number): EngagementSummaryDto {
  return {
    ...(overdueFindings === undefined ? {} : { overdueFindings }),
    id: e.id,
    developerOrg: e.developerOrg,
    modelName: e.modelName,
    modelVersion: e.modelVersion,
    stage: e.stage,
    submittedAt: e.submittedAt.toISOString(),
    determinationDueAt: e.determinationDueAt.toISOString(),
    overdue: e.overdue,
    window: windowOf(e),
    releasedAt: iso(e.releasedAt),
    updatedAt: e.updatedAt.toISOString(),
    version: e.version,
    disposedAt: iso(e.disposedAt),
  };
}

export function toRetention(e: EngagementEntity, schedule: RetentionSchedule): RetentionDto {
  return {
    disposalDueAt: iso(disposalDueAt(e, schedule) ?? null),
    earlyDisposalFrom: iso(earlyDisposalFrom(e, schedule) ?? null),
    disposedAt: iso(e.disposedAt),
    disposalReason: e.disposalReason ?? undefined,
  };
}

const iso = (date: Date | null): string | undefined => (date === null ? undefined : date.toISOString());

/** The window; with a cipher, for those who may see them, also the gateway and the artifact's digest. */
function windowOf(e: EngagementEntity, cipher?: Sealer): AccessWindowDto | undefined {
  if (e.windowOpenedAt === null || e.windowClosesAt === null) {
    return undefined;
  }
  return {
    openedAt: e.windowOpenedAt.toISOString(),
    closesAt: e.windowClosesAt.toISOString(),
    endedAt: iso(e.windowEndedAt),
    endReason: e.windowEndReason ?? undefined,
    ...(cipher ? { accessEndpoint: windowEndpointOf(cipher, e), artifactDigest: e.windowArtifactDigest ?? undefined } : {}),
  };
}

function decision(
  outcome: DesignationOutcome | null,
  sealed: string | null,
  by: string | null,
  at: Date | null,
  open: (s: string) => string,
): DecisionDto | undefined {
  if (outcome === null || by === null || at === null) {
    return undefined;
  }
  return { outcome, rationale: sealed === null ? '' : open(sealed), by, at: at.toISOString() };
}

/** The reconsideration, once asked; the reopened determination's rationale is sealed as a determination's. */
function reconsiderationOf(
  e: EngagementEntity,
  open: (table: string, column: string, rowId: string) => (sealed: string) => string,
): ReconsiderationViewDto | undefined {
  const original = decision(
    e.originalDeterminationOutcome,
    e.originalDeterminationRationaleSealed,
    e.originalDeterminedBy,
    e.originalDeterminedAt,
    open('engagements', 'determination_rationale', e.id),
  );
  if (e.reconsiderationRequestedAt === null || e.reconsiderationRequestedBy === null || original === undefined) {
    return undefined;
  }
  return {
    requestedAt: e.reconsiderationRequestedAt.toISOString(),
    requestedBy: e.reconsiderationRequestedBy,
    rationale: e.reconsiderationRationaleSealed === null ? '' : open('engagements', 'reconsideration_rationale', e.id)(e.reconsiderationRationaleSealed),
    originalDetermination: original,
  };
}

/** Timeline events of the government's own deliberation (consultations): in the full view only, not even as a fact. */
const GOVERNMENT_DELIBERATION: ReadonlySet<string> = new Set(['CONSULTATION_REQUESTED', 'CONSULTATION_ANSWERED']);

/** The confidential fields each view reveals, for the audit event of the read. */
export const CONFIDENTIAL_FIELDS: Record<EngagementView.Developer | EngagementView.Full, readonly string[]> = {
  [EngagementView.Developer]: [
    'capabilitySummary',
    'contactEmail',
    'plannedReleaseDate',
    'recommendation.rationale',
    'determination.rationale',
    'reconsideration.rationale',
    'reconsideration.originalDetermination.rationale',
    'withdrawal.reason',
    'window.accessEndpoint',
  ],
  [EngagementView.Full]: [
    'capabilitySummary',
    'contactEmail',
    'plannedReleaseDate',
    'recommendation.rationale',
    'determination.rationale',
    'reconsideration.rationale',
    'reconsideration.originalDetermination.rationale',
    'withdrawal.reason',
    'window.accessEndpoint',
    'attestations.statement',
    'benchmarkResults.summary',
    'consultations.question',
    'consultations.note',
  ],
};

export function toEngagementDetail(
  aggregate: EngagementAggregate,
  view: Exclude<EngagementView, EngagementView.None>,
  cipher: Sealer,
  schedule: RetentionSchedule,
  names: ReadonlyMap<string, string> = new Map(),
): EngagementDetailDto {
  const e = aggregate.engagement;
  const metadata: EngagementDetailDto = {
    ...toEngagementSummary(e),
    view: VIEW_NAMES[view],
    timeline: aggregate.timeline
      .filter((t) => view === EngagementView.Full || !GOVERNMENT_DELIBERATION.has(t.eventType))
      .map((t) => ({
        version: t.version,
        event: t.eventType,
        fromStage: t.fromStage,
        stage: t.toStage,
        actor: t.actorSub,
        actorName: names.get(t.actorSub) ?? null,
        at: t.occurredAt.toISOString(),
      })),
    reviewers: aggregate.reviewerRows.map((r) => ({
      sub: r.reviewerSub,
      name: names.get(r.reviewerSub) ?? null,
      assignedAt: r.assignedAt.toISOString(),
      attested: aggregate.attested.includes(r.reviewerSub),
    })),
    accessDeclinedAt: iso(e.accessDeclinedAt),
    closedAt: iso(e.closedAt),
    retention: toRetention(e, schedule),
  };
  if (view === EngagementView.Metadata) {
    return metadata;
  }
  const open = (table: string, column: string, rowId: string) => (sealed: string) => cipher.open(sealed, sealedAt(table, column, rowId));
  const developer: EngagementDetailDto = {
    ...metadata,
    window: windowOf(e, cipher),
    plannedReleaseDate: e.plannedReleaseDate,
    capabilitySummary: open('engagements', 'capability_summary', e.id)(e.capabilitySummarySealed),
    contactEmail: open('engagements', 'contact_email', e.id)(e.contactEmailSealed),
    recommendation: decision(
      e.recommendationOutcome,
      e.recommendationRationaleSealed,
      e.recommendedBy,
      e.recommendedAt,
      open('engagements', 'recommendation_rationale', e.id),
    ),
    determination: decision(
      e.determinationOutcome,
      e.determinationRationaleSealed,
      e.determinedBy,
      e.determinedAt,
      open('engagements', 'determination_rationale', e.id),
    ),
    reconsideration: reconsiderationOf(e, open),
    withdrawal:
      e.withdrawnAt === null
        ? undefined
        : {
            at: e.withdrawnAt.toISOString(),
            reason: e.withdrawalReasonSealed === null ? undefined : open('engagements', 'withdrawal_reason', e.id)(e.withdrawalReasonSealed),
          },
  };
  if (view === EngagementView.Developer) {
    return developer;
  }
  return {
    ...developer,
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
    consultations: aggregate.consultations.map((c) =>
      toConsultation(c, e.stage, {
        question: cipher.open(c.questionSealed, SEALED_AT.consultationQuestion(c.id)),
        note: cipher.openOptional(c.noteSealed, SEALED_AT.consultationNote(c.id)) ?? null,
      }),
    ),
  };
}
