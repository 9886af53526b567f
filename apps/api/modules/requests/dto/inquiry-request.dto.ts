import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Matches } from 'class-validator';

import { InquiryRequestStatus, ORGANIZATION_ID_PATTERN, RequestDeclinedBy } from '#domain';
import type { InquiryRequestEntity } from '#persistence';

import { IsUtcTimestamp, Text, UTC_TIMESTAMP_PATTERN } from '../../../common/dto-decorators';
import { InquiryDetailsDto } from '../../../common/inquiry-details.dto';

export class OpenInquiryRequestDto {
  @ApiProperty({ pattern: ORGANIZATION_ID_PATTERN.source, description: 'The developer organization asked: a registered AI_DEVELOPER organization' })
  @IsString()
  @Matches(ORGANIZATION_ID_PATTERN, { message: 'developerOrg must be letters, digits, . _ or -, starting with a letter or digit, up to 200' })
  developerOrg!: string;

  @Text(200, 'The model the government asks about. Confidential; encrypted at rest')
  modelName!: string;

  @Text(5_000, 'Why the government asks, for the developer. Confidential; encrypted at rest')
  note!: string;

  @ApiProperty({
    format: 'date-time',
    pattern: UTC_TIMESTAMP_PATTERN,
    description: 'The answer is due before this instant (UTC); with none by then the request is declined. In the future.',
  })
  @IsUtcTimestamp()
  respondBy!: string;
}

/** What the developer submits in accepting: the inquiry itself, about the model the request names. */
export class AcceptInquiryRequestDto extends InquiryDetailsDto {}

export class ListInquiryRequestsQuery {
  @ApiPropertyOptional({ enum: InquiryRequestStatus, enumName: 'InquiryRequestStatus' })
  @IsOptional()
  @IsEnum(InquiryRequestStatus)
  status?: InquiryRequestStatus;
}

export class InquiryRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() developerOrg!: string;
  @ApiProperty({ description: 'Confidential' }) modelName!: string;
  @ApiProperty({ description: 'Confidential' }) note!: string;
  @ApiProperty({ format: 'date-time', description: 'Unanswered by then, it is declined' }) respondBy!: string;
  @ApiProperty({ enum: InquiryRequestStatus, enumName: 'InquiryRequestStatus' }) status!: InquiryRequestStatus;
  @ApiProperty({
    enum: RequestDeclinedBy,
    enumName: 'RequestDeclinedBy',
    nullable: true,
    description: 'For a DECLINED request: the developer, or the deadline',
  })
  declinedBy!: RequestDeclinedBy | null;
  @ApiProperty({ description: 'The program administrator who asked' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, description: "The developer who answered, or 'system' for the deadline" }) answeredBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The inquiry an ACCEPTED request became' }) engagementId!: string | null;
}

export class InquiryRequestListDto {
  @ApiProperty({ type: [InquiryRequestDto], description: 'Newest first' }) items!: InquiryRequestDto[];
}

/** The record as its readers see it, its confidential text opened. */
export function toInquiryRequest(row: InquiryRequestEntity, text: { readonly modelName: string; readonly note: string }): InquiryRequestDto {
  return {
    id: row.id,
    developerOrg: row.developerOrg,
    modelName: text.modelName,
    note: text.note,
    respondBy: row.respondBy.toISOString(),
    status: row.status,
    declinedBy: row.declinedBy,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    engagementId: row.engagementId,
  };
}
