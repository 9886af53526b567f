import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

import { RequestErrorCode, RequestException } from '../errors/api-errors';
import { isUtcTimestamp } from './dto-decorators';

export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 25;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page', maxLength: 512 })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a cursor returned by this API' })
  cursor?: string;
}

/** Opaque cursors: base64url JSON that only this API reads back. */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, guard: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (guard(value)) {
      return value;
    }
  } catch {
    // falls through to the error below
  }
  throw new RequestException(RequestErrorCode.ValidationFailed, 'cursor is not a cursor returned by this API', {
    errors: [{ field: 'cursor', message: 'cursor is not a cursor returned by this API' }],
  });
}

/**
 * How far a feed's answer looks back before its cursor's time: a change committed late (its time set when its
 * transaction began) is still seen. Feeds overlap by this much; their readers take each item once.
 */
export const FEED_LOOKBACK_MS = 5_000;

/** A feed's cursor (`{ t }`, the time its previous answer was made), read back as the moment to answer from, looking back FEED_LOOKBACK_MS. */
export function feedSince(cursor: string): Date {
  const position = decodeCursor(cursor, (value: unknown): value is { t: string } => isUtcTimestamp((value as { t?: unknown } | null)?.t));
  return new Date(Date.parse(position.t) - FEED_LOOKBACK_MS);
}

/** The cursor a feed hands out for its next answer, from `at`. */
export function feedCursor(at: Date): string {
  return encodeCursor({ t: at.toISOString() });
}

/**
 * One page of a keyset-paginated list, from the `limit + 1` rows a repository read: the first `limit`
 * rows as items, and the cursor of the last one when there is more.
 */
export function keysetPage<R, T>(
  rows: readonly R[],
  limit: number,
  toItem: (row: R) => T,
  positionOf: (row: R) => Record<string, string | number>,
): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toItem), nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}
