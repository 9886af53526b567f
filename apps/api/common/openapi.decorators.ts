import { applyDecorators, HttpCode, HttpStatus, Param, ParseUUIDPipe, SetMetadata } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiParam, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

import { RequestErrorCode, RequestException } from '../errors/api-errors';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { SUBJECT_PATTERN } from './dto-decorators';

export class FieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:frontier-access:problem:illegal-transition' }) type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: number;
  @ApiProperty() detail!: string;
  @ApiPropertyOptional() instance?: string;
  @ApiProperty({ example: 'ILLEGAL_TRANSITION' }) code!: string;
  @ApiPropertyOptional({ description: 'The stage the engagement is in, for refusals that depend on it' }) stage?: string;
  @ApiPropertyOptional({ description: "The finding's status, for refusals of a finding command that depend on it" }) findingStatus?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'For 500s: quote it when reporting' }) errorId?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, invalid or expired bearer token',
  403: 'Your role, or a rule such as two-person control, does not permit this',
  404: 'Not found, or not visible to you',
  409: 'Not allowed in the current stage; `stage` names it',
  413: 'Body over 256 KiB',
  415: 'Body is not JSON',
  422: 'Idempotency-Key reused with a different body',
  503: 'A dependency is unavailable; nothing was changed',
};

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}

/** Marks a handler as a command: only commands honour Idempotency-Key (queries, even POSTed ones, never replay). */
export const COMMAND_ROUTE = 'frontier:command-route';

/** A POST that changes something: it answers 200 (or `status`), honours Idempotency-Key, and can be refused. */
export function CommandRoute(status: number = HttpStatus.OK) {
  return applyDecorators(
    SetMetadata(COMMAND_ROUTE, true),
    HttpCode(status),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Repeat the request with the same key to get the first answer instead of acting twice',
      schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
    }),
    ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 503),
  );
}

/** A route parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function UuidParam(name: string) {
  return applyDecorators(ApiParam({ name, format: 'uuid', type: String }));
}

export const uuidPipe = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new RequestException(RequestErrorCode.ValidationFailed, `${name} must be a UUID`, { errors: [{ field: name, message: 'must be a UUID' }] }),
  });

/** `@IdParam()` — the `:id` path parameter, validated as a UUID. */
export const IdParam = (name = 'id') => Param(name, uuidPipe(name));

/** Documents a path parameter read with SubjectParam: what it accepts, as the document says it. */
export function ApiSubjectParam(name: string, description?: string) {
  return ApiParam({ name, description, schema: { type: 'string', pattern: SUBJECT_PATTERN.source } });
}

/** A path parameter naming a person by their token `sub`: 1 to 200 visible ASCII characters, else a 400 naming it. */
export function SubjectParam(name: string) {
  const check = (value: string): string => {
    if (!SUBJECT_PATTERN.test(value)) {
      throw new RequestException(RequestErrorCode.ValidationFailed, `${name} must be 1 to 200 visible ASCII characters`, {
        errors: [{ field: name, message: 'must be 1 to 200 visible ASCII characters' }],
      });
    }
    return value;
  };
  return Param(name, { transform: check });
}

/** What a body's schema says as a whole, beyond its properties (one of two fields, say), by the DTO's class name. */
const BODY_RULES = new Map<string, Record<string, unknown>>();

/** Adds JSON Schema keywords about the whole body to the DTO's schema in the OpenAPI document (its validation stays the DTO's to do). */
export function BodyRule(keywords: Record<string, unknown>): ClassDecorator {
  return (target) => {
    BODY_RULES.set(target.name, keywords);
  };
}

/** The document's schemas, with each DTO's body rules merged in. */
export function applyBodyRules(schemas: Record<string, object>): void {
  for (const [name, keywords] of BODY_RULES) {
    const schema = schemas[name];
    if (schema) Object.assign(schema, keywords);
  }
}
