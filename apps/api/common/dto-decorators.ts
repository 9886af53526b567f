import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, Length, Matches, ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';

import { PartnerSector, USPS_STATE_CODES } from '#domain';

const NOT_BLANK = /\S/;
/** Tab, newline and carriage return are text; other control characters (NUL among them) are not. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const noControl = () => Matches(NO_CONTROL_CHARACTERS, { message: '$property must not contain control characters' });

/** The same two rules as the OpenAPI document says them (JSON Schema patterns, ECMA syntax): no control characters, and not only whitespace. */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
const WHITESPACE = '\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const TEXT_PATTERN = `^[^${CONTROL}]*[^${CONTROL}${WHITESPACE}][^${CONTROL}]*$`;
const OPTIONAL_TEXT_PATTERN = `^[^${CONTROL}]*$`;

/** Required free text: a string of 1..max characters that is not only whitespace. */
export function Text(max: number, description?: string) {
  return applyDecorators(
    ApiProperty({ type: String, minLength: 1, maxLength: max, pattern: TEXT_PATTERN, description }),
    IsString(),
    Length(1, max),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
    noControl(),
  );
}

/** Left out, or given as the documented type: `null` is not a value the document allows, so it is refused like any other wrong type. */
export const IsAbsentOr = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Optional free text, up to max characters. */
export function OptionalText(max: number, description?: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, pattern: OPTIONAL_TEXT_PATTERN, description }),
    IsAbsentOr(),
    IsString(),
    Length(0, max),
    noControl(),
  );
}

/** An identifier as it appears in a token's `sub` or `org` claim. */
/** A build's sha256 digest, as the window's artifact and a remediation's fixed version name it. */
export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

export const SUBJECT_PATTERN = /^[\x21-\x7e]{1,200}$/;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What the OpenAPI document says of a calendar date beside `format: date`: a year from 1970 to 2999. */
export const CALENDAR_DATE_PATTERN = '^(19[7-9][0-9]|2[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** A real calendar date written YYYY-MM-DD, between 1970 and 2999 (so 2027-02-30 is refused). */
export function isCalendarDate(value: unknown): boolean {
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && year <= 2999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function IsCalendarDate(options?: ValidationOptions) {
  return ValidateBy(
    { name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a real date written YYYY-MM-DD' } },
    options,
  );
}

const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** What the OpenAPI document says of a UTC timestamp beside `format: date-time`: written with Z, a year from 1970 to 2999. */
export const UTC_TIMESTAMP_PATTERN =
  '^(19[7-9][0-9]|2[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,3})?Z$';

/** An ISO 8601 UTC timestamp that says so (`Z`), between 1970 and 2999. */
export function isUtcTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || !UTC_TIMESTAMP.test(value) || !isCalendarDate(value.slice(0, 10))) {
    return false;
  }
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

export function IsUtcTimestamp(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isUtcTimestamp',
      validator: { validate: isUtcTimestamp, defaultMessage: () => '$property must be an ISO 8601 UTC timestamp such as 2027-01-15T09:30:00Z' },
    },
    options,
  );
}

/** A UUID in canonical form. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A partner sector: required in a registry row, optional where it narrows a selection. */
export function SectorField(required: boolean, description?: string) {
  const doc = { enum: PartnerSector, enumName: 'PartnerSector', description };
  return required ? applyDecorators(ApiProperty(doc), IsEnum(PartnerSector)) : applyDecorators(ApiPropertyOptional(doc), IsAbsentOr(), IsEnum(PartnerSector));
}

/** The two-letter USPS code of a state or territory. */
export function StateField(required: boolean) {
  const check = IsIn(USPS_STATE_CODES, { message: 'state must be the two-letter USPS code of a state or territory' });
  const doc = { enum: USPS_STATE_CODES, description: 'USPS code of a state or territory' };
  // Left out, never null: a body's null state is refused, not stored and echoed back.
  return required ? applyDecorators(ApiProperty(doc), check) : applyDecorators(ApiPropertyOptional(doc), IsAbsentOr(), check);
}

/** A search term in a list's query: part of the named fields, matched in any case. */
export function SearchField(description: string) {
  return applyDecorators(ApiPropertyOptional({ maxLength: 100, description }), IsOptional(), IsString(), Length(0, 100));
}
