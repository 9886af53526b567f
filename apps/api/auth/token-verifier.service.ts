import { Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, errors, JWTPayload, jwtVerify } from 'jose';

import { AppConfig, tokenType } from '#config';
import { Actor, isRole } from '#domain';

import { AuthErrorCode, AuthException, DependencyErrorCode, DependencyException } from '../errors/api-errors';

/** Identifiers from the token: 1 to 200 characters, none of them control characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CLAIM = /^[^\u0000-\u001F\u007F]{1,200}$/;

/**
 * Verifies OIDC bearer tokens against the configured issuer's key set (discovered from the
 * issuer's metadata unless a JWKS URI is configured) and reads the caller from `sub`, `org` and `roles`.
 */
@Injectable()
export class TokenVerifierService {
  private readonly logger = new Logger(TokenVerifierService.name);
  private keySet?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly config: AppConfig) {}

  async verify(token: string): Promise<Actor> {
    return (await this.verifyWithProfile(token)).actor;
  }

  /** The caller, and the name and email their token gives (for the people directory), when it gives them. */
  async verifyWithProfile(token: string): Promise<{ actor: Actor; profile: CallerProfile }> {
    let typ: string | undefined;
    try {
      // A token that is not even a JWS is refused without asking the issuer for keys.
      typ = decodeProtectedHeader(token).typ;
    } catch {
      throw new AuthException(AuthErrorCode.Unauthenticated, 'the bearer token is not valid or has expired');
    }
    // An ID token (or any other JWT the issuer signs for this audience) is not an access token.
    if (typ === undefined || !this.config.oidc.accessTokenTypes.includes(tokenType(typ))) {
      throw new AuthException(
        AuthErrorCode.Unauthenticated,
        `the bearer token is not an access token (its typ must be ${this.config.oidc.accessTokenTypes.join(' or ')})`,
      );
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keys(), {
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 30,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) {
        throw new AuthException(AuthErrorCode.Unauthenticated, 'the bearer token is not valid or has expired');
      }
      // The issuer could not be reached: forget the key set so the next request tries again.
      this.keySet = undefined;
      throw new DependencyException(
        DependencyErrorCode.IdentityProviderUnavailable,
        'the identity provider cannot be reached to check your token; try again shortly',
      );
    }
    return { actor: this.actorFrom(payload), profile: profileFrom(payload) };
  }

  private actorFrom(payload: JWTPayload): Actor {
    const { sub } = payload;
    const org: unknown = payload['org'];
    const roles: unknown = payload['roles'];
    const text = (value: unknown): value is string => typeof value === 'string' && CLAIM.test(value);
    if (!text(sub) || !text(org) || !Array.isArray(roles)) {
      throw new AuthException(AuthErrorCode.Unauthenticated, 'the token must carry sub, org and roles claims');
    }
    return { sub, org, roles: roles.filter((role): role is string => typeof role === 'string').filter(isRole) };
  }

  private keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.keySet ??= this.discover().then((uri) => createRemoteJWKSet(new URL(uri), { cooldownDuration: 30_000 }));
    return this.keySet;
  }

  private async discover(): Promise<string> {
    if (this.config.oidc.jwksUri) {
      return this.config.oidc.jwksUri;
    }
    const response = await fetch(`${this.config.oidc.issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) {
      throw new Error(`OIDC discovery at ${this.config.oidc.issuer} answered ${response.status}`);
    }
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // The metadata must be the configured issuer's own (RFC 8414 section 3.3), or its keys are not.
    if (typeof metadata.issuer !== 'string' || metadata.issuer.replace(/\/$/, '') !== this.config.oidc.issuer) {
      this.logger.error(
        `OIDC discovery at ${this.config.oidc.issuer} names the issuer ${String(metadata.issuer)}: tokens are refused until OIDC_ISSUER matches it`,
      );
      throw new Error(`OIDC discovery at ${this.config.oidc.issuer} names another issuer`);
    }
    if (typeof metadata.jwks_uri !== 'string') {
      throw new Error(`OIDC discovery at ${this.config.oidc.issuer} names no jwks_uri`);
    }
    return metadata.jwks_uri;
  }
}

/** What a token says of its person beyond who they are. */
export interface CallerProfile {
  readonly name?: string;
  readonly email?: string;
}

function profileFrom(payload: JWTPayload): CallerProfile {
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' && value.length <= 300 ? value.trim() : undefined);
  return { name: text(payload['name']), email: text(payload['email']) };
}
