import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches } from 'class-validator';

import { EngagementStage, ORGANIZATION_ID_PATTERN } from '#domain';

import { ConsultationDto } from '../../../common/consultation.dto';
import { IsUtcTimestamp, OptionalText, Text, UTC_TIMESTAMP_PATTERN } from '../../../common/dto-decorators';

export class AskConsultationDto {
  @ApiProperty({ pattern: ORGANIZATION_ID_PATTERN.source, description: 'The organization consulted: a registered GOVERNMENT organization' })
  @IsString()
  @Matches(ORGANIZATION_ID_PATTERN, { message: 'organization must be letters, digits, . _ or -, starting with a letter or digit, up to 200' })
  organization!: string;

  @Text(5_000, 'What the authority asks. Confidential; encrypted at rest')
  question!: string;

  @ApiProperty({
    format: 'date-time',
    pattern: UTC_TIMESTAMP_PATTERN,
    description: 'The determination waits for the answer until this instant (UTC), and no longer. In the future.',
  })
  @IsUtcTimestamp()
  answerBy!: string;
}

export class AnswerConsultationDto {
  @ApiProperty({ description: 'Whether your organization concurs' })
  @IsBoolean()
  concurs!: boolean;

  @OptionalText(5_000, 'Why, for the authority who asked. Confidential; encrypted at rest')
  note?: string;
}

/** What every reader of a consultation may see of its engagement: metadata. */
export class ConsultedEngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() developerOrg!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
  @ApiProperty({ format: 'date-time' }) determinationDueAt!: string;
}

export class ConsultationWithEngagementDto extends ConsultationDto {
  @ApiProperty({ type: ConsultedEngagementDto }) engagement!: ConsultedEngagementDto;
}

export class ConsultationListDto {
  @ApiProperty({ type: [ConsultationWithEngagementDto] }) items!: ConsultationWithEngagementDto[];
}
