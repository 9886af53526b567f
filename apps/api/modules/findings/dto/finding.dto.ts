import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsString, Matches } from 'class-validator';

import { FindingResponseStatus, RemediationTier, requiresForensicTriage, TechnicalImpact } from '#domain';
import type { FindingEntity } from '#persistence';
import { FieldCipher, sealedAt } from '#security';

import { OptionalText, Text } from '../../../common/dto-decorators';

const CWE = /^CWE-[1-9]\d{0,5}$/;

export class CreateFindingDto {
  @Text(300, 'Confidential; encrypted at rest')
  title!: string;

  @Text(20_000, 'Confidential; encrypted at rest')
  description!: string;

  @ApiPropertyOptional({ type: 'array', items: { type: 'string', pattern: CWE.source }, maxItems: 20, uniqueItems: true, example: ['CWE-787'] })
  @IsOptional()
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
}

export class FindingListDto {
  @ApiProperty({ type: [FindingDto] }) items!: FindingDto[];
}

export class FindingAnsweredDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
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

function answerOf(f: FindingEntity, cipher: FieldCipher): FindingAnswerDto | undefined {
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

export function toFindingAnswered(f: FindingEntity, cipher: FieldCipher): FindingAnsweredDto {
  const response = answerOf(f, cipher);
  if (!response) {
    throw new Error(`finding ${f.id} has no response to show`);
  }
  return { id: f.id, response };
}

export function toFinding(f: FindingEntity, cipher: FieldCipher): FindingDto {
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
  };
}
