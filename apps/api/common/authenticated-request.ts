import type { Actor, OrganizationKind } from '#domain';

/** What the authentication middleware (apps/api/auth) leaves on a request, before its body is read. */
export interface AuthenticatedRequest {
  /** The verified caller. */
  actor?: Actor;
  /** The caller's organization as the registry knows it: its kind, or null when it is not registered. */
  organization?: { readonly id: string; readonly kind: OrganizationKind | null };
  /** Why a bearer token that was sent is not accepted (it was malformed, invalid or expired, or the issuer is unreachable). */
  authFailure?: Error;
}
