import type { Actor, OrganizationKind } from '#domain';

/** The browser session a request was authenticated by (auth/sessions), when it came with a cookie rather than a bearer token. */
export interface RequestSession {
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  /** Echoed in X-CSRF-Token on every change sent with the cookie. */
  readonly csrfToken: string;
}

/** What the authentication middleware (apps/api/auth) leaves on a request, before its body is read. */
export interface AuthenticatedRequest {
  /** The verified caller. */
  actor?: Actor;
  /** The caller's organization as the registry knows it: its kind, or null when it is not registered. */
  organization?: { readonly id: string; readonly kind: OrganizationKind | null };
  /** Set when the caller is a browser session rather than a bearer token. */
  session?: RequestSession;
  /** Why the credential sent is not accepted (a bearer token malformed, invalid or expired, a session ended, a change without its CSRF token, the issuer unreachable). */
  authFailure?: Error;
}
