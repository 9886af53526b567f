import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

import { CALENDAR_DATE_PATTERN, IsCalendarDate, Text } from './dto-decorators';

/**
 * What an inquiry holds beside the model's name: sent when a developer opens an inquiry, and when it
 * accepts a government request (which names the model).
 */
export class InquiryDetailsDto {
  @Text(100)
  modelVersion!: string;

  @Text(20_000, 'Confidential; encrypted at rest and shown only to those with a need to know')
  capabilitySummary!: string;

  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    pattern: CALENDAR_DATE_PATTERN,
    nullable: true,
    example: '2026-12-31',
    description: 'Informational only: nothing here gates a release; null or absent: none',
  })
  @IsOptional()
  @IsString()
  @IsCalendarDate()
  plannedReleaseDate?: string;
}
