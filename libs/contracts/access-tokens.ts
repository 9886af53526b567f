/**
 * Access tokens this system signs for the developer's model gateway (ES256 JWTs, `typ: at+jwt`).
 * The gateway verifies them offline against /.well-known/jwks.json, or online by introspection.
 */
export enum TokenUse {
  /** A government reviewer during the pre-release window. */
  PreReleaseReview = 'pre-release-review',
  /** A trusted partner under its access grant. */
  PartnerAccess = 'partner-access',
}

/** The claims beyond the registered ones (iss, sub, aud, exp, iat, nbf, jti). */
export interface AccessTokenClaims {
  readonly token_use: TokenUse;
  readonly scope: string;
  readonly org: string;
  readonly engagement_id: string;
  readonly artifact_digest?: string;
  /** For a partner's token: the grant it belongs to. */
  readonly grant_id?: string;
}

export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const REVIEWER_SCOPES = 'model:query model:evaluate';
