import { createHash, randomUUID } from 'node:crypto';

import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';

import { IdempotencyRepository } from '#persistence';
import { canonicalJson, FieldCipher, JsonValue, sealedAt } from '#security';

import { RequestErrorCode, RequestException } from '../errors/api-errors';
import type { AuthenticatedRequest } from './authenticated-request';
import { COMMAND_ROUTE } from './openapi.decorators';

const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;
/** How long a first answer is kept for repeats. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600 * 1000;
/**
 * A request still PENDING after this long died with its process (or could not release its key
 * while PostgreSQL was down); a repeat takes its key over. Requests end within seconds: the API
 * stops waiting for Temporal after API_TEMPORAL_TIMEOUT_MS.
 */
const PENDING_LEASE_MS = 15_000;
/** A repeat waits this long for the first request's answer, then hears 409 "in progress". */
const WAIT_FOR_FIRST_MS = 4_000;

const SELF_IDEMPOTENT = 'frontier:self-idempotent';

/**
 * For routes whose answer must not be stored (an access token is never stored): the route makes
 * repeats safe itself from the command id, and the interceptor keeps no copy of the answer.
 */
export const IdempotentWithoutStoredAnswer = () => SetMetadata(SELF_IDEMPOTENT, true);

export interface CommandRequest {
  /** Identifies this command across repeats: derived from the caller and the Idempotency-Key, else random. */
  commandId?: string;
  idempotent?: boolean;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * POSTs and PUTs with an `Idempotency-Key` take effect once: the first answer is kept (sealed, for
 * 24 hours, then purged) and a repeat gets it back; a repeat with a different body is refused. A
 * request that fails leaves nothing behind. The same key also becomes the Temporal Update id, so even a repeat
 * that races the first reaches the workflow as the same Update.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly records: IdempotencyRepository,
    private readonly cipher: FieldCipher,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest & CommandRequest>();
    if (!this.reflector.get<boolean | undefined>(COMMAND_ROUTE, context.getHandler())) {
      // A query (even a POSTed one, such as introspection) is answered afresh every time.
      return next.handle();
    }
    const key = request.header('idempotency-key');
    const actor = request.actor;
    if (key === undefined || actor === undefined) {
      request.commandId = randomUUID();
      return next.handle();
    }
    if (!KEY_FORMAT.test(key)) {
      throw new RequestException(RequestErrorCode.ValidationFailed, 'Idempotency-Key must be 1 to 200 visible ASCII characters', {
        errors: [{ field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' }],
      });
    }
    request.commandId = createHash('sha256').update(`${actor.sub}\n${key}`).digest('hex');
    request.idempotent = true;
    if (this.reflector.get<boolean | undefined>(SELF_IDEMPOTENT, context.getHandler())) {
      return next.handle();
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${canonicalJson((request.body ?? null) as JsonValue)}`)
      .digest('hex');
    const response = context.switchToHttp().getResponse<Response>();
    const status = this.statusOf(context, request.method);
    const aad = sealedAt('idempotency_records', 'response', `${actor.sub}:${key}`);

    return from(this.awaitTurn(actor.sub, key, requestHash)).pipe(
      mergeMap((replay) => {
        if (replay) {
          response.status(replay.status).setHeader('Idempotent-Replayed', 'true');
          return of(replay.body);
        }
        return next.handle().pipe(
          mergeMap((body: unknown) =>
            from(this.records.complete(actor.sub, key, status, this.cipher.seal(JSON.stringify(body ?? null), aad)).then(() => body)),
          ),
          catchError((error: unknown) => from(this.records.release(actor.sub, key)).pipe(mergeMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Reserves the key, or returns the first answer, waiting a while if the first request is still running. */
  private async awaitTurn(sub: string, key: string, requestHash: string): Promise<{ status: number; body: unknown } | undefined> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const reservation = await this.records.reserve(sub, key, requestHash, IDEMPOTENCY_RETENTION_MS, PENDING_LEASE_MS);
      if (reservation.kind === 'reserved') {
        return undefined;
      }
      const { record } = reservation;
      if (record.requestHash !== requestHash) {
        throw new RequestException(RequestErrorCode.IdempotencyKeyReused, 'this Idempotency-Key was already used with a different request');
      }
      if (record.state === 'DONE' && record.statusCode !== null && record.responseSealed !== null) {
        const body: unknown = JSON.parse(this.cipher.open(record.responseSealed, sealedAt('idempotency_records', 'response', `${sub}:${key}`)));
        return { status: record.statusCode, body };
      }
      if (Date.now() > deadline) {
        throw new RequestException(
          RequestErrorCode.IdempotencyKeyInProgress,
          'the first request with this Idempotency-Key has not finished; repeat it shortly',
        );
      }
      await sleep(100);
    }
  }

  private statusOf(context: ExecutionContext, method: string): number {
    const explicit = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
    return explicit ?? (method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
  }
}
