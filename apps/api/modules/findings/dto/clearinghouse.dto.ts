import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsUUID, ValidateBy, ValidateIf } from 'class-validator';

import { engagementReference, FindingStatus, ValidationOutcome } from '#domain';
import type { EngagementEntity, FindingEntity } from '#persistence';
import { sealedAt, Sealer } from '#security';

import { Text } from '../../../common/dto-decorators';
import { BodyRule } from '../../../common/openapi.decorators';
import { PageQuery } from '../../../common/pagination';
import { FindingDto, toFinding } from './finding.dto';

@BodyRule({
  description: 'duplicateOf names the other shared finding when, and only when, the outcome is DUPLICATE_OF',
  oneOf: [
    { properties: { outcome: { enum: ['DUPLICATE_OF'] } }, required: ['duplicateOf'] },
    { properties: { outcome: { enum: ['VALIDATED', 'NOT_REPRODUCIBLE'] } }, not: { required: ['duplicateOf'] } },
  ],
})
export class ValidateFindingDto {
  @ApiProperty({ enum: ValidationOutcome, enumName: 'ValidationOutcome' })
  @IsEnum(ValidationOutcome)
  outcome!: ValidationOutcome;

  @ApiPropertyOptional({ format: 'uuid', description: 'For DUPLICATE_OF: the other shared finding (never shown to the developer)' })
  @ValidateIf((dto: ValidateFindingDto) => dto.outcome === ValidationOutcome.DuplicateOf || dto.duplicateOf !== undefined)
  @IsUUID('all', { message: 'duplicateOf names the shared finding this one duplicates (a UUID)' })
  @ValidateBy({
    name: 'onlyForDuplicates',
    validator: {
      validate: (value: unknown, args) => value === undefined || (args?.object as ValidateFindingDto).outcome === ValidationOutcome.DuplicateOf,
      defaultMessage: () => 'duplicateOf is given for DUPLICATE_OF only',
    },
  })
  duplicateOf?: string;

  @Text(5_000, "The clearinghouse's note; confidential, encrypted at rest, shown to the clearinghouse only")
  note!: string;
}

export class ClearinghouseQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FindingStatus, enumName: 'FindingStatus', description: 'Its remediation status' })
  @IsOptional()
  @IsEnum(FindingStatus)
  status?: FindingStatus;

  @ApiPropertyOptional({ enum: [...Object.values(ValidationOutcome), 'NONE'], description: 'Its validation outcome, or NONE for those not validated yet' })
  @IsOptional()
  @IsIn([...Object.values(ValidationOutcome), 'NONE'])
  validation?: ValidationOutcome | 'NONE';
}

/** The clearinghouse's own record of a shared finding: the duplicate it names, and its note. */
export class ClearinghouseValidationDto {
  @ApiProperty({ enum: ValidationOutcome, enumName: 'ValidationOutcome' }) outcome!: ValidationOutcome;
  @ApiPropertyOptional({ format: 'uuid' }) duplicateOf?: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class SharedEngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ENG-3F2A9C1B' }) reference!: string;
  @ApiProperty() developerOrg!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
}

/** A shared finding as the clearinghouse sees it: the finding and its model, never the rest of the engagement. */
export class SharedFindingDto extends FindingDto {
  @ApiProperty({ type: SharedEngagementDto }) engagement!: SharedEngagementDto;
  @ApiPropertyOptional({ type: ClearinghouseValidationDto, description: 'Its validation, as the clearinghouse recorded it' })
  clearinghouseValidation?: ClearinghouseValidationDto;
}

export class SharedFindingListDto {
  @ApiProperty({ type: [SharedFindingDto] }) items!: SharedFindingDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toSharedFinding(f: FindingEntity, e: EngagementEntity, cipher: Sealer): SharedFindingDto {
  return {
    ...toFinding(f, cipher),
    engagement: { id: e.id, reference: engagementReference(e.id), developerOrg: e.developerOrg, modelName: e.modelName, modelVersion: e.modelVersion },
    ...(f.validationOutcome && f.validatedBy && f.validatedAt
      ? {
          clearinghouseValidation: {
            outcome: f.validationOutcome,
            ...(f.duplicateOf ? { duplicateOf: f.duplicateOf } : {}),
            note: cipher.openOptional(f.validationNoteSealed, sealedAt('findings', 'validation_note', f.id)),
            by: f.validatedBy,
            at: f.validatedAt.toISOString(),
          },
        }
      : {}),
  };
}
