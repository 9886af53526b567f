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

/** The JWS `typ` of the revocation feed's signed lists (signed with the access-token keys, so a gateway checks both against one JWKS). */
export const REVOCATION_LIST_TYPE = 'revocation-list+jwt';

/** What a signed revocation list says: what ended in the organization's engagements from `from` until its `cursor`. */
export interface RevocationList {
  readonly org: string;
  /** ISO time: what ended after it is listed. */
  readonly from: string;
  /** Send as `since` next time. */
  readonly cursor: string;
  /** Grants that ended: every partner token naming one (`grant_id`) is void. */
  readonly grants: readonly string[];
  /** Engagements whose pre-release window ended: every reviewer token naming one (`engagement_id`) is void. */
  readonly windows: readonly string[];
  /** Tokens (`jti`) whose holder's access ended on its own. */
  readonly jtis: readonly string[];
}
export const REVIEWER_SCOPES = 'model:query model:evaluate';
