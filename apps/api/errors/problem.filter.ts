import { randomUUID } from 'node:crypto';

import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import { withoutQuery } from '#config';
import { DomainRuleError, isMissingRecord } from '#domain';
import { describeForLog, isDatabaseUnavailable } from '#persistence';

import {
  AuthErrorCode,
  CodedException,
  DependencyErrorCode,
  InternalErrorCode,
  ProblemCode,
  ProblemExtras,
  RequestErrorCode,
  ResourceErrorCode,
} from './api-errors';
import { PROBLEM_CONTENT_TYPE, problemKind, problemType } from './problem';

interface Classified {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly extras: ProblemExtras;
}

const HTTP_STATUS_CODES: Partial<Record<number, RequestErrorCode | AuthErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: RequestErrorCode.ValidationFailed,
  [HttpStatus.UNAUTHORIZED]: AuthErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: AuthErrorCode.RoleNotPermitted,
  [HttpStatus.NOT_FOUND]: RequestErrorCode.RouteNotFound,
  [HttpStatus.METHOD_NOT_ALLOWED]: RequestErrorCode.MethodNotAllowed,
  [HttpStatus.PAYLOAD_TOO_LARGE]: RequestErrorCode.PayloadTooLarge,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: RequestErrorCode.UnsupportedMediaType,
};

/** Errors thrown by Express middleware (the body parser) before Nest sees the request. */
export function classifyMiddlewareError(error: unknown): Classified | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  const message = error instanceof Error ? error.message : '';
  if (type === 'entity.too.deep') {
    return { code: RequestErrorCode.ValidationFailed, detail: message, extras: { errors: [{ field: 'body', message }] } };
  }
  if (type === 'entity.too.many.rows') {
    return { code: RequestErrorCode.ValidationFailed, detail: message, extras: { errors: [{ field: 'rows', message }] } };
  }
  if (type === 'entity.too.large') {
    return { code: RequestErrorCode.PayloadTooLarge, detail: 'the body is larger than this route accepts (256 KiB for most routes)', extras: {} };
  }
  if (type === 'entity.parse.failed') {
    return { code: RequestErrorCode.MalformedJson, detail: 'the body could not be parsed as JSON', extras: {} };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { code: RequestErrorCode.UnsupportedMediaType, detail: 'unsupported body encoding', extras: {} };
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { code: RequestErrorCode.ValidationFailed, detail: 'the body could not be read', extras: {} };
  }
  return undefined;
}

/** What any thrown error means for the caller (README.md beside this file follows each kind here); undefined for a 500. */
export function classify(error: unknown): Classified | undefined {
  if (error instanceof CodedException) {
    return { code: error.code, detail: error.message, extras: error.extras };
  }
  if (error instanceof DomainRuleError) {
    // Whether a record is missing or merely unseen is never told apart: one 404 for both.
    if (isMissingRecord(error.code)) {
      return { code: ResourceErrorCode.NotFound, detail: error.message, extras: {} };
    }
    return { code: error.code, detail: error.message, extras: { ...error.details } };
  }
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    return code ? { code, detail: error.message, extras: {} } : undefined;
  }
  if (isDatabaseUnavailable(error)) {
    return { code: DependencyErrorCode.DatabaseUnavailable, detail: 'PostgreSQL cannot be reached; try again shortly', extras: {} };
  }
  return classifyMiddlewareError(error);
}

export function writeProblem(response: Response, request: Request, problem: Classified & { errorId?: string }): void {
  const kind = problemKind(problem.code);
  if (problem.code === AuthErrorCode.Unauthenticated) {
    response.setHeader('WWW-Authenticate', 'Bearer');
  }
  if (typeof problem.extras['retryAfter'] === 'number') {
    response.setHeader('Retry-After', String(problem.extras['retryAfter']));
  }
  response
    .status(kind.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(
      JSON.stringify({
        type: problemType(problem.code),
        title: kind.title,
        status: kind.status,
        detail: problem.detail,
        instance: request.originalUrl?.split('?')[0],
        code: problem.code,
        ...problem.extras,
        ...(problem.errorId ? { errorId: problem.errorId } : {}),
      }),
    );
}

/** The one place any error becomes an HTTP answer: RFC 9457 problem+json, never a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    if (response.headersSent) {
      return;
    }
    const classified = classify(error);
    if (classified) {
      if (classified.code === DependencyErrorCode.DatabaseUnavailable) {
        this.logger.warn(`${request.method} ${withoutQuery(request.originalUrl)}: database unavailable`);
      }
      writeProblem(response, request, classified);
      return;
    }
    const errorId = randomUUID();
    this.logger.error(`${errorId} ${request.method} ${withoutQuery(request.originalUrl)}: ${describeForLog(error)}`);
    writeProblem(response, request, {
      code: InternalErrorCode.Internal,
      detail: `Something went wrong on our side. Quote error id ${errorId} when reporting it.`,
      extras: {},
      errorId,
    });
  }
}
