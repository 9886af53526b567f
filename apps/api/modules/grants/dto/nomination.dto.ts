import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

import { MAX_GRANT_DAYS_CAP, MAX_NOMINATION_PARTNERS, NominationSide, NominationStatus, PARTNER_ID_PATTERN, PartnerSector } from '#domain';
import type { NominationEntity } from '#persistence';

import { IsAbsentOr, IsUtcTimestamp, SectorField, StateField, UTC_TIMESTAMP_PATTERN } from '../../../common/dto-decorators';
import { BodyRule } from '../../../common/openapi.decorators';

export const SCOPE_PATTERN = /^[a-z][a-z0-9:._-]{0,63}$/;

export class PartnerSelectionDto {
  @SectorField(false)
  sector?: PartnerSector;

  @StateField(false)
  state?: string;
}

@BodyRule({ oneOf: [{ required: ['partnerIds'] }, { required: ['filter'] }], description: 'Names the partners by partnerIds or by filter: one of the two.' })
export class NominateDto {
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', pattern: PARTNER_ID_PATTERN.source },
    minItems: 1,
    maxItems: MAX_NOMINATION_PARTNERS,
    uniqueItems: true,
    description: 'Registry ids; or give a filter instead',
  })
  @IsAbsentOr()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_NOMINATION_PARTNERS, { message: `partnerIds holds at most ${MAX_NOMINATION_PARTNERS} ids` })
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(PARTNER_ID_PATTERN, { each: true, message: 'each partner id must be a registry id' })
  partnerIds?: string[];

  @ApiPropertyOptional({ type: PartnerSelectionDto, description: 'Every VERIFIED partner matching it, at the time of nomination' })
  @IsAbsentOr()
  @ValidateNested()
  @Type(() => PartnerSelectionDto)
  filter?: PartnerSelectionDto;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_GRANT_DAYS_CAP, description: 'At most 90, or less if MAX_GRANT_DAYS says so' })
  @IsInt({ message: 'durationDays must be a whole number of days' })
  @Min(1)
  @Max(MAX_GRANT_DAYS_CAP)
  durationDays!: number;

  @ApiPropertyOptional({
    format: 'date-time',
    pattern: UTC_TIMESTAMP_PATTERN,
    description: 'No grant of this nomination outlives this instant (UTC), whatever its duration: say, the public release. In the future.',
  })
  @IsAbsentOr()
  @IsUtcTimestamp()
  accessEndsAt?: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', pattern: SCOPE_PATTERN.source },
    minItems: 1,
    maxItems: 10,
    uniqueItems: true,
    example: ['model:query'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(SCOPE_PATTERN, { each: true, message: 'each scope must look like model:query' })
  scopes!: string[];
}

export class NominationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ enum: NominationSide, enumName: 'NominationSide', description: 'Who nominated; the other side approves' }) side!: NominationSide;
  @ApiProperty({ enum: NominationStatus, enumName: 'NominationStatus' }) status!: NominationStatus;
  @ApiProperty() nominatedBy!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Their display name, from the directory' }) nominatedByName!: string | null;
  @ApiProperty({ format: 'date-time' }) nominatedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Unanswered by then, it is declined' }) answerBy!: string;
  @ApiProperty({ description: 'How many verified partners it names' }) partnerCount!: number;
  @ApiProperty() durationDays!: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'No grant of it outlives this instant' }) accessEndsAt?: string;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiPropertyOptional({ type: PartnerSelectionDto }) filter?: PartnerSelectionDto;
  @ApiPropertyOptional() decidedBy?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Their display name, from the directory' }) decidedByName?: string | null;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
}

export class NominationListDto {
  @ApiProperty({ type: [NominationDto] }) items!: NominationDto[];
}

export function toNomination(n: NominationEntity, names: ReadonlyMap<string, string> = new Map()): NominationDto {
  return {
    id: n.id,
    engagementId: n.engagementId,
    side: n.side,
    status: n.status,
    nominatedBy: n.nominatedBy,
    nominatedByName: names.get(n.nominatedBy) ?? null,
    nominatedAt: n.nominatedAt.toISOString(),
    answerBy: n.answerBy.toISOString(),
    partnerCount: n.partnerCount,
    durationDays: n.durationDays,
    accessEndsAt: n.accessEndsAt?.toISOString(),
    scopes: n.scopes,
    filter: n.filter ? (n.filter as PartnerSelectionDto) : undefined,
    decidedBy: n.decidedBy ?? undefined,
    ...(n.decidedBy ? { decidedByName: names.get(n.decidedBy) ?? null } : {}),
    decidedAt: n.decidedAt?.toISOString(),
  };
}

/** Everyone a nomination names, for their display names. */
export function peopleIn(nominations: readonly NominationEntity[]): string[] {
  return nominations.flatMap((n) => [n.nominatedBy, ...(n.decidedBy ? [n.decidedBy] : [])]);
}
