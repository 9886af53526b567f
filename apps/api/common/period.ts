import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import { IsUtcTimestamp, UTC_TIMESTAMP_PATTERN } from './dto-decorators';

/** A period in a query: either bound may be left out (open-ended). */
export interface Period {
  readonly from?: string;
  readonly to?: string;
}

/** One bound of a period in a query: a UTC instant, or left out. */
export function PeriodBound(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date-time', pattern: UTC_TIMESTAMP_PATTERN, description }),
    IsOptional(),
    IsUtcTimestamp(),
  );
}

/** The bounds as instants, those left out left out. */
export function periodDates(period: Period): { from?: Date; to?: Date } {
  return {
    ...(period.from === undefined ? {} : { from: new Date(period.from) }),
    ...(period.to === undefined ? {} : { to: new Date(period.to) }),
  };
}

/** The bounds as given, for an audit event's details (those left out are not written as null). */
export function givenPeriod(period: Period): { from?: string; to?: string } {
  return { ...(period.from === undefined ? {} : { from: period.from }), ...(period.to === undefined ? {} : { to: period.to }) };
}
