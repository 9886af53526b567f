import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsString, Matches } from 'class-validator';

import {
  DisputeResolution,
  FindingEventType,
  findingOverdue,
  FindingResponseStatus,
  FindingStatus,
  FixVerdict,
  RemediationTier,
  requiresForensicTriage,
  TechnicalImpact,
  TlpLabel,
  ValidationOutcome,
} from '#domain';
import type { FindingEntity, FindingEventEntity } from '#persistence';
import { SEALED_AT, sealedAt, Sealer } from '#security';

import { IsAbsentOr, OptionalText, Text } from '../../../common/dto-decorators';
import { BodyRule } from '../../../common/openapi.decorators';

const CWE = /^CWE-[1-9]\d{0,5}$/;

export class CreateFindingDto {
  @Text(300, 'Confidential; encrypted at rest')
  title!: string;

  @Text(20_000, 'Confidential; encrypted at rest')
  description!: string;

  @ApiPropertyOptional({ type: 'array', items: { type: 'string', pattern: CWE.source }, maxItems: 20, uniqueItems: true, example: ['CWE-787'] })
  @IsAbsentOr()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(CWE, { each: true, message: 'each CWE id must look like CWE-787' })
  cweIds?: string[];

  @ApiProperty({ description: 'In the Known Exploited Vulnerabilities catalog' })
  @IsBoolean()
  inKev!: boolean;

  @ApiProperty({ description: 'The affected asset is publicly exposed' })
  @IsBoolean()
  publiclyExposed!: boolean;

  @ApiProperty({ description: 'Exploitation can be automated' })
  @IsBoolean()
  automatable!: boolean;

  @ApiProperty({ enum: TechnicalImpact, enumName: 'TechnicalImpact' })
  @IsEnum(TechnicalImpact)
  technicalImpact!: TechnicalImpact;
}

const cweIdsProperty = () =>
  ApiPropertyOptional({ type: 'array', items: { type: 'string', pattern: CWE.source }, maxItems: 20, uniqueItems: true, example: ['CWE-787'] });

/** A reviewer's correction while the finding is OPEN: any of its text or SSVC inputs; the tier and due date are recomputed. */
@BodyRule({ minProperties: 1 })
export class EditFindingDto {
  @OptionalText(300, 'Confidential; encrypted at rest')
  title?: string;

  @OptionalText(20_000, 'Confidential; encrypted at rest')
  description?: string;

  @cweIdsProperty()
  @IsAbsentOr()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(CWE, { each: true, message: 'each CWE id must look like CWE-787' })
  cweIds?: string[];

  @ApiPropertyOptional() @IsAbsentOr() @IsBoolean() inKev?: boolean;
  @ApiPropertyOptional() @IsAbsentOr() @IsBoolean() publiclyExposed?: boolean;
  @ApiPropertyOptional() @IsAbsentOr() @IsBoolean() automatable?: boolean;

  @ApiPropertyOptional({ enum: TechnicalImpact, enumName: 'TechnicalImpact' })
  @IsAbsentOr()
  @IsEnum(TechnicalImpact)
  technicalImpact?: TechnicalImpact;
}

export class VerifyFixDto {
  @ApiProperty({ enum: FixVerdict, enumName: 'FixVerdict', description: 'VERIFIED_FIXED when the fix holds, REOPENED when it does not' })
  @IsEnum(FixVerdict)
  verdict!: FixVerdict;

  @OptionalText(5_000, 'Confidential; encrypted at rest')
  note?: string;
}

export class ResolveDisputeDto {
  @ApiProperty({ enum: DisputeResolution, enumName: 'DisputeResolution', description: 'KEPT: the finding stands (REOPENED); WITHDRAWN: it is closed' })
  @IsEnum(DisputeResolution)
  resolution!: DisputeResolution;

  @Text(5_000, 'Why; confidential, encrypted at rest')
  rationale!: string;
}

export class ShareFindingDto {
  @ApiPropertyOptional({
    enum: TlpLabel,
    enumName: 'TlpLabel',
    description: "The TLP label of its CSAF exports; left out, RED before the model's release and AMBER after",
  })
  @IsAbsentOr()
  @IsEnum(TlpLabel)
  tlp?: TlpLabel;
}

export class CloseFindingDto {
  @OptionalText(5_000, 'Confidential; encrypted at rest')
  note?: string;
}

export class ListFindingsQuery {
  @ApiPropertyOptional({ enum: FindingStatus, enumName: 'FindingStatus' })
  @IsOptional()
  @IsEnum(FindingStatus)
  status?: FindingStatus;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only findings past their due date and not yet verified fixed or closed (true), or only the others (false)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ enum: RemediationTier, enumName: 'RemediationTier' })
  @IsOptional()
  @IsEnum(RemediationTier)
  tier?: RemediationTier;
}

export class FindingResponseDto {
  @ApiProperty({ enum: FindingResponseStatus, enumName: 'FindingResponseStatus' })
  @IsEnum(FindingResponseStatus)
  status!: FindingResponseStatus;

  @OptionalText(5_000, 'Confidential; encrypted at rest')
  note?: string;
}

export class FindingRecordedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: RemediationTier, enumName: 'RemediationTier', description: 'CISA BOD 26-04 tier' }) tier!: RemediationTier;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null for FSU (fix on system upgrade)' }) remediationDueAt!: string | null;
  @ApiProperty({ description: 'The 3DF tier also asks for a forensic triage of whether the asset is already compromised' }) forensicTriageRequired!: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class FindingAnswerDto {
  @ApiProperty({ enum: FindingResponseStatus, enumName: 'FindingResponseStatus' }) status!: FindingResponseStatus;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FindingEventDto {
  @ApiProperty({ description: 'The finding version this change made' }) version!: number;
  @ApiProperty({ enum: FindingEventType, enumName: 'FindingEventType' }) type!: FindingEventType;
  @ApiProperty({ enum: FindingStatus, enumName: 'FindingStatus' }) fromStatus!: FindingStatus;
  @ApiProperty({ enum: FindingStatus, enumName: 'FindingStatus' }) toStatus!: FindingStatus;
  @ApiProperty({ description: 'Who acted (token sub), or "system" for the clock' }) actor!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional({ description: 'The note, rationale or answer that came with it' }) note?: string;
  @ApiPropertyOptional({ enum: RemediationTier, enumName: 'RemediationTier', description: 'For a correction: the tier recomputed' }) tier?: RemediationTier;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'For a correction: the due date recomputed' })
  remediationDueAt?: string | null;
  @ApiPropertyOptional({ type: [String], description: 'For a correction: what was corrected (title, description, cweIds, ssvc)' }) changed?: string[];
  @ApiPropertyOptional({ enum: TlpLabel, enumName: 'TlpLabel', description: 'For a share: the TLP label chosen' }) tlp?: TlpLabel;
  @ApiPropertyOptional({ enum: ValidationOutcome, enumName: 'ValidationOutcome', description: "For the clearinghouse's validation: its outcome" })
  outcome?: ValidationOutcome;
}

/** The clearinghouse's validation as the developer sees it: the outcome and when; for a duplicate, only the word. */
export class FindingValidationDto {
  @ApiProperty({ enum: ValidationOutcome, enumName: 'ValidationOutcome' }) outcome!: ValidationOutcome;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class FindingDto extends FindingRecordedDto {
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) cweIds!: string[];
  @ApiProperty() inKev!: boolean;
  @ApiProperty() publiclyExposed!: boolean;
  @ApiProperty() automatable!: boolean;
  @ApiProperty({ enum: TechnicalImpact, enumName: 'TechnicalImpact' }) technicalImpact!: TechnicalImpact;
  @ApiProperty() recordedBy!: string;
  @ApiPropertyOptional({ type: FindingAnswerDto }) response?: FindingAnswerDto;
  @ApiProperty({ enum: FindingStatus, enumName: 'FindingStatus' }) status!: FindingStatus;
  @ApiProperty({ description: 'Grows with every change to the finding' }) version!: number;
  @ApiProperty({ description: 'Past its remediation due date and not yet verified fixed or closed' }) overdue!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the due date passed unremediated' }) overdueSince?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the developer shared it with the clearinghouse' }) sharedAt?: string;
  @ApiPropertyOptional({ enum: TlpLabel, enumName: 'TlpLabel', description: 'The TLP label the developer chose for its exports' }) tlp?: TlpLabel;
  @ApiPropertyOptional({ type: FindingValidationDto }) validation?: FindingValidationDto;
}

export class FindingDetailDto extends FindingDto {
  @ApiProperty({ type: [FindingEventDto], description: 'Every change since it was recorded, oldest first' }) history!: FindingEventDto[];
}

export class FindingListDto {
  @ApiProperty({ type: [FindingDto] }) items!: FindingDto[];
}

export class FindingAnsweredDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FindingStatus, enumName: 'FindingStatus' }) status!: FindingStatus;
  @ApiProperty({ type: FindingAnswerDto }) response!: FindingAnswerDto;
}

export function toFindingRecorded(f: FindingEntity): FindingRecordedDto {
  const tier = f.tier;
  return {
    id: f.id,
    tier,
    remediationDueAt: f.remediationDueAt === null ? null : f.remediationDueAt.toISOString(),
    forensicTriageRequired: requiresForensicTriage(tier),
    recordedAt: f.recordedAt.toISOString(),
  };
}

function answerOf(f: FindingEntity, cipher: Sealer): FindingAnswerDto | undefined {
  if (f.responseStatus === null || f.respondedBy === null || f.respondedAt === null) {
    return undefined;
  }
  return {
    status: f.responseStatus,
    note: cipher.openOptional(f.responseNoteSealed, sealedAt('findings', 'response_note', f.id)),
    by: f.respondedBy,
    at: f.respondedAt.toISOString(),
  };
}

export function toFindingAnswered(f: FindingEntity, cipher: Sealer): FindingAnsweredDto {
  const response = answerOf(f, cipher);
  if (!response) {
    throw new Error(`finding ${f.id} has no response to show`);
  }
  return { id: f.id, status: f.status, response };
}

export function toFinding(f: FindingEntity, cipher: Sealer): FindingDto {
  return {
    ...toFindingRecorded(f),
    title: cipher.open(f.titleSealed, sealedAt('findings', 'title', f.id)),
    description: cipher.open(f.descriptionSealed, sealedAt('findings', 'description', f.id)),
    cweIds: f.cweIds,
    inKev: f.inKev,
    publiclyExposed: f.publiclyExposed,
    automatable: f.automatable,
    technicalImpact: f.technicalImpact,
    recordedBy: f.recordedBy,
    response: answerOf(f, cipher),
    status: f.status,
    version: f.version,
    overdue: findingOverdue(f.status, f.overdueSince?.getTime()),
    ...(f.overdueSince ? { overdueSince: f.overdueSince.toISOString() } : {}),
    updatedAt: f.updatedAt.toISOString(),
    ...(f.sharedAt ? { sharedAt: f.sharedAt.toISOString() } : {}),
    ...(f.tlp ? { tlp: f.tlp } : {}),
    ...(f.validationOutcome && f.validatedAt ? { validation: { outcome: f.validationOutcome, at: f.validatedAt.toISOString() } } : {}),
  };
}

export function toFindingEvent(e: FindingEventEntity, cipher: Sealer): FindingEventDto {
  return {
    version: e.version,
    type: e.type as FindingEventType,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actor: e.actorSub,
    at: e.occurredAt.toISOString(),
    note: cipher.openOptional(e.noteSealed, SEALED_AT.findingEventNote(e.findingId, e.version)),
    ...(e.details.tier ? { tier: e.details.tier } : {}),
    ...(e.details.remediationDueAt === undefined ? {} : { remediationDueAt: e.details.remediationDueAt }),
    ...(e.details.changed ? { changed: e.details.changed } : {}),
    ...(e.details.tlp ? { tlp: e.details.tlp } : {}),
    ...(e.details.outcome ? { outcome: e.details.outcome } : {}),
  };
}

export function toFindingDetail(f: FindingEntity, history: readonly FindingEventEntity[], cipher: Sealer): FindingDetailDto {
  return { ...toFinding(f, cipher), history: history.map((e) => toFindingEvent(e, cipher)) };
}
