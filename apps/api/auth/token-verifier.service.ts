import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { AppConfig } from '../../../libs/config';
import { Actor, isRole } from '../../../libs/domain';
import { AuthErrorCode, AuthException } from '../common/api-errors';

const MAX_CLAIM_LENGTH = 200;

/**
 * Verifies OIDC bearer tokens against the configured issuer's key set (discovered from the
 * issuer's metadata unless a JWKS URI is configured) and reads the caller from `sub`, `org` and `roles`.
 */
@Injectable()
export class TokenVerifier {
  private keySet?: Promise<ReturnType<typeof createRemoteJWKSet>>;

  constructor(private readonly config: AppConfig) {}

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keys(), {
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof errors.JOSEError) {
        throw new AuthException(AuthErrorCode.Unauthenticated, 'the bearer token is not valid or has expired');
      }
      // The issuer could not be reached: forget the key set so the next request tries again.
      this.keySet = undefined;
      throw error;
    }
    return this.actorFrom(payload);
  }

  private actorFrom(payload: JWTPayload): Actor {
    const { sub } = payload;
    const org: unknown = payload['org'];
    const roles: unknown = payload['roles'];
    const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_CLAIM_LENGTH;
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
    const metadata = (await response.json()) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string') {
      throw new Error(`OIDC discovery at ${this.config.oidc.issuer} names no jwks_uri`);
    }
    return metadata.jwks_uri;
  }
}
