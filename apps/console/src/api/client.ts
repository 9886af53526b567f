import createClient, { type Middleware } from 'openapi-fetch';

import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type FieldError = Schemas['FieldErrorDto'];

/** A refusal from the API, as its problem+json said it. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly errors: readonly FieldError[];

  constructor(status: number, body: Partial<Schemas['ProblemDto']> | undefined) {
    super(body?.detail ?? body?.title ?? `The API answered ${status}`);
    this.status = status;
    this.code = body?.code;
    this.errors = body?.errors ?? [];
  }

  /** The message for one field of a form, if the API named it. */
  fieldError(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

/** The path to come back to after signing in again. */
export function signInAgain(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/auth/login?returnTo=${encodeURIComponent(here)}`);
}

let csrfToken: string | undefined;

/** Every change made with the session cookie echoes the session's CSRF token (from /v1/me). */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
  onResponse({ response }) {
    // The session ended (idle, absolute lifetime, or signed out elsewhere): sign in, then come back here.
    if (response.status === 401) {
      signInAgain();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/** The data of an answer, or its problem thrown: for TanStack Query's queries and mutations. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiProblem(response.status, error as Partial<Schemas['ProblemDto']> | undefined);
  }
  return data;
}

/** The header every command carries: one Idempotency-Key per attempt, so a repeat does nothing twice. */
export const idempotencyHeader = (key: string) => ({ 'Idempotency-Key': key });
