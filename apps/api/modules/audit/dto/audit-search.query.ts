import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

import { SUBJECT_PATTERN } from '../../../common/dto-decorators';
import { PageQuery } from '../../../common/pagination';
import { PeriodBound } from '../../../common/period';

const ACTION = /^[a-z][a-z_.]{0,79}$/;
const SUBJECT_TYPE = /^[a-z][a-z_-]{0,39}$/;

/** An audit search across the program: every filter given must hold. */
export class AuditSearchQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this engagement's events (left out: every event, those about no engagement included)" })
  @IsOptional()
  @IsUUID('all', { message: 'engagementId must be a UUID' })
  engagementId?: string;

  @ApiPropertyOptional({ pattern: SUBJECT_PATTERN.source, description: 'Who acted (token sub), or "system"' })
  @IsOptional()
  @Matches(SUBJECT_PATTERN, { message: 'actor must be a token subject: 1 to 200 printable characters' })
  actor?: string;

  @ApiPropertyOptional({ pattern: ACTION.source, example: 'finding.responded' })
  @IsOptional()
  @Matches(ACTION, { message: 'action must look like finding.responded' })
  action?: string;

  @ApiPropertyOptional({ pattern: SUBJECT_TYPE.source, example: 'finding' })
  @IsOptional()
  @Matches(SUBJECT_TYPE, { message: 'subjectType must look like finding' })
  subjectType?: string;

  @PeriodBound('From this instant (UTC, inclusive)')
  from?: string;

  @PeriodBound('Before this instant (UTC, exclusive)')
  to?: string;
}
