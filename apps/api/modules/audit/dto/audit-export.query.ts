import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsUtcTimestamp, UTC_TIMESTAMP_PATTERN } from '../../../common/dto-decorators';

/** The stretch of the audit chain to export, by time; left out, the whole chain. */
export class AuditExportQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    pattern: UTC_TIMESTAMP_PATTERN,
    description: 'From the first event at or after this instant (UTC)',
  })
  @IsOptional()
  @IsUtcTimestamp()
  from?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', pattern: UTC_TIMESTAMP_PATTERN, description: 'To the last event before this instant (UTC)' })
  @IsOptional()
  @IsUtcTimestamp()
  to?: string;
}
