import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

const NOT_BLANK = /\S/;

/** Required free text: a string of 1..max characters that is not only whitespace. */
export function Text(max: number, description?: string) {
  return applyDecorators(
    ApiProperty({ type: String, minLength: 1, maxLength: max, description }),
    IsString(),
    Length(1, max),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
  );
}

/** Optional free text, up to max characters. */
export function OptionalText(max: number, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, description }),
    IsOptional(),
    IsString(),
    Length(0, max),
  );
}

/** An identifier as it appears in a token's `sub` or `org` claim. */
export const SUBJECT_PATTERN = /^[\x21-\x7e]{1,200}$/;
