import type { Actor } from '#domain';

/** What the authentication middleware (apps/api/auth) leaves on a request, before its body is read. */
export interface AuthenticatedRequest {
  /** The verified caller. */
  actor?: Actor;
  /** Why a bearer token that was sent is not accepted (it was malformed, invalid or expired, or the issuer is unreachable). */
  authFailure?: Error;
}
