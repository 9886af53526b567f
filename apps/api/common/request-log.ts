import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import type { NextFunction, Request, Response } from 'express';
import type { Logger as Pino } from 'pino';

import { withLogContext, withoutQuery } from '#config';

/** A caller's own request id is kept if it looks like one; anything else is replaced, never logged. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives each request an id (the caller's `X-Request-Id` if it sent a sensible one), answers with it, puts
 * it on every log line written while the request is served, and logs one line when the answer is sent:
 * method, path (never the query string), status and milliseconds. Nothing of the headers or the body.
 */
export function requestLog(log: Pino) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const offered = request.headers['x-request-id'];
    const requestId = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    response.setHeader('X-Request-Id', requestId);
    const started = performance.now();
    response.on('finish', () => {
      log.info(
        {
          requestId,
          method: request.method,
          path: withoutQuery(request.originalUrl),
          status: response.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    withLogContext({ requestId }, next);
  };
}
