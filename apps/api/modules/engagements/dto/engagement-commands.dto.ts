import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  Equals,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { DEFAULT_WINDOW_DAYS, DesignationOutcome, MAX_WINDOW_DAYS } from '#domain';

import {
  IsAbsentOr,
  IsUtcTimestamp,
  OptionalText,
  SHA256_DIGEST,
  SUBJECT_PATTERN,
  Text,
  UTC_TIMESTAMP_PATTERN,
  UUID_PATTERN,
} from '../../../common/dto-decorators';
import { InquiryDetailsDto } from '../../../common/inquiry-details.dto';

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

export class CreateEngagementDto extends InquiryDetailsDto {
  @Text(200, 'The model under development')
  modelName!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    pattern: UUID_PATTERN.source,
    description: "Model lineage: the engagement of this model's previous version, one of your organization's",
  })
  @IsAbsentOr()
  @IsString()
  @Matches(UUID_PATTERN, { message: 'previousEngagementId must be a UUID' })
  previousEngagementId?: string;
}

export class AssignReviewersDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'string', pattern: SUBJECT_PATTERN.source },
    minItems: 1,
    maxItems: 20,
    uniqueItems: true,
    description: 'The token `sub` of each reviewer',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(SUBJECT_PATTERN, { each: true, message: 'each reviewer id must be 1 to 200 visible ASCII characters' })
  reviewerIds!: string[];
}

export class AttestationDto {
  @ApiProperty({ type: Boolean, enum: [true], description: 'Must be true: you have no conflict of interest with the developer' })
  @IsBoolean()
  @Equals(true, { message: 'noConflictOfInterest must be true; if you have a conflict, ask to be reassigned instead' })
  noConflictOfInterest!: true;

  @OptionalText(2_000)
  statement?: string;
}

export class BenchmarkResultDto {
  @ApiProperty({ maxLength: 100, pattern: REFERENCE.source, description: 'Control number of the classified result; never the result itself' })
  @IsString()
  @Matches(REFERENCE, { message: 'reference must be a control number (letters, digits and . _ : / -, up to 100)' })
  reference!: string;

  @ApiProperty({ pattern: SHA256_DIGEST.source, example: `sha256:${'0'.repeat(64)}` })
  @IsString()
  @Matches(SHA256_DIGEST, { message: 'digest must be sha256: followed by 64 lowercase hex digits' })
  digest!: string;

  @Text(5_000, 'Unclassified summary')
  summary!: string;
}

export class OutcomeDto {
  @ApiProperty({ enum: DesignationOutcome, enumName: 'DesignationOutcome' })
  @IsEnum(DesignationOutcome)
  outcome!: DesignationOutcome;

  @Text(10_000, 'Unclassified rationale')
  rationale!: string;
}

export class ReconsiderationDto {
  @Text(10_000, 'Why the developer asks for the determination to be decided again. Confidential; encrypted at rest')
  rationale!: string;
}

export class RecusalDto {
  @Text(2_000, 'Why you recuse: kept sealed, never in the audit trail')
  reason!: string;
}

export class WithdrawDto {
  @OptionalText(2_000)
  reason?: string;
}

export class OpenWindowDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_WINDOW_DAYS,
    default: DEFAULT_WINDOW_DAYS,
    description: 'Up to 30 days (EO 14409 Sec. 3); the window is never extended',
  })
  @IsAbsentOr()
  @IsInt({ message: 'days must be a whole number of days' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(MAX_WINDOW_DAYS, { message: `days must be at most ${MAX_WINDOW_DAYS}: pre-release access is capped at ${MAX_WINDOW_DAYS} days (EO 14409 Sec. 3)` })
  days?: number;

  @ApiProperty({
    format: 'uri',
    maxLength: 2048,
    example: 'https://gateway.acme.example/v1',
    description: "The HTTPS URL of the developer's model gateway; tokens name it as their audience",
  })
  @IsString()
  @MaxLength(2048)
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: false, disallow_auth: true, allow_fragments: false },
    { message: 'accessEndpoint must be an https:// URL without credentials or fragment' },
  )
  accessEndpoint!: string;

  @ApiProperty({ pattern: SHA256_DIGEST.source, description: 'sha256 digest of the model build under review' })
  @IsString()
  @Matches(SHA256_DIGEST, { message: 'artifactDigest must be sha256: followed by 64 lowercase hex digits' })
  artifactDigest!: string;
}

export class ReleaseDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    pattern: UTC_TIMESTAMP_PATTERN,
    description: 'When the model was released publicly (UTC, ending in Z); now if absent. Never in the future.',
  })
  @IsAbsentOr()
  @IsUtcTimestamp()
  releasedAt?: string;
}
