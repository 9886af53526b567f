import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { Logger } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

import type { AuthenticatedRequest } from '../common/authenticated-request';

/** Paths the API answers itself: never the console's, so an unknown /v1/… path stays a problem+json 404. */
const API_PREFIXES = ['/v1', '/auth', '/docs', '/openapi.json', '/health', '/metrics', '/.well-known'];

/**
 * The console's content security policy: nothing inline (no script, no style attribute in markup),
 * everything from this origin, never framed. Its built files carry no inline code, so nothing needs a
 * nonce or a hash.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

function securityHeaders(response: Response): void {
  response.setHeader('content-security-policy', CONSOLE_CSP);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'same-origin');
  response.setHeader('x-frame-options', 'DENY');
}

function isApiPath(requestPath: string): boolean {
  return API_PREFIXES.some((prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`));
}

/**
 * Serves the web console (apps/console, built to dist/console) at `/`, as the API's own client: it
 * signs in through /auth/login and calls /v1 like anyone else.
 *  - `/assets/…`: hashed file names, so browsers keep them for a year;
 *  - any other page a browser asks for (history routing: `/engagements/{id}` is the console's): the
 *    console's index.html for a signed-in browser, and the sign-in, coming back to that page, for
 *    anyone else;
 *  - everything else (the API's own paths, requests not asking for HTML) passes on to the API.
 */
export function consoleSite(configuredDir: string | undefined): Middleware {
  const dir = configuredDir ?? path.resolve(__dirname, '..', '..', '..', 'console');
  const indexFile = path.join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('Console').warn(`no console at ${dir} (build it with \`make build\`); / is not served`);
    return (_request, _response, next) => next();
  }
  const index = readFileSync(indexFile);
  const assets = express.static(path.join(dir, 'assets'), {
    index: false,
    redirect: false,
    immutable: true,
    maxAge: ONE_YEAR_SECONDS * 1000,
    setHeaders: securityHeaders,
  });
  return (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) {
      next();
      return;
    }
    if (request.path.startsWith('/assets/')) {
      request.url = request.url.slice('/assets'.length);
      assets(request, response, () => {
        request.url = `/assets${request.url}`;
        next();
      });
      return;
    }
    // A page: only for a browser navigating (it asks for HTML); anything else meets the API's 404.
    if (!request.accepts('html') || !(request.headers.accept ?? '').includes('text/html')) {
      next();
      return;
    }
    securityHeaders(response);
    response.setHeader('cache-control', 'no-store');
    response.setHeader('vary', 'Cookie');
    if (!(request as Request & AuthenticatedRequest).actor) {
      response.redirect(302, `/auth/login?returnTo=${encodeURIComponent(request.originalUrl)}`);
      return;
    }
    response.type('html').send(index);
  };
}
