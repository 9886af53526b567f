import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

/**
 * The local issuer's signing key, kept in the data folder, and tokens signed with it directly. The local
 * OpenID provider (local-idp.ts) signs with the same key, so a token from `npm run token` and one from a
 * real sign-in are checked alike, and the former needs nothing running.
 */
/** The audience the local stack's API expects (OIDC_AUDIENCE). */
export const AUDIENCE = 'frontier-access';
const KEY_FILE = 'dev-idp/signing-key.json';
const KID = 'dev-idp-1';

/** The console's client at the local provider: the API's backend-for-frontend signs people in with it. */
export const CONSOLE_CLIENT_ID = 'frontier-console';

/** The strength of a local sign-in (`acr`): the provider's form offers both. */
export const LOCAL_ACR = { basic: 'urn:frontier-access:acr:local-basic', phishingResistant: 'urn:frontier-access:acr:local-phr' } as const;

export interface TokenRequest {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly name?: string;
  readonly email?: string;
  readonly acr?: string;
  readonly amr?: readonly string[];
  readonly ttlSeconds?: number;
  readonly issuer: string;
  readonly audience: string;
  /** The JOSE header's typ: an access token (at+jwt) unless said otherwise, as an ID token's JWT. */
  readonly typ?: string;
}

/** The local issuer's private signing key (ES256), created on first use. */
export async function loadOrCreateSigningKey(dataDir: string): Promise<JWK> {
  const file = path.join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  }
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256', use: 'sig' };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}

export async function signDevToken(dataDir: string, request: TokenRequest): Promise<string> {
  const jwk = await loadOrCreateSigningKey(dataDir);
  const key = await importJWK(jwk, 'ES256');
  const profile = {
    ...(request.name === undefined ? {} : { name: request.name }),
    ...(request.email === undefined ? {} : { email: request.email }),
    acr: request.acr ?? LOCAL_ACR.basic,
    amr: [...(request.amr ?? ['user'])],
  };
  return new SignJWT({ org: request.org, roles: [...request.roles], ...profile })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid ?? KID, typ: request.typ ?? 'at+jwt' })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(request.sub)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 12 * 3600}s`)
    .sign(key);
}
