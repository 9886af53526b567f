import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

import { exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';

/**
 * The local OpenID issuer: one ES256 key kept in the data folder, a discovery document and a JWKS.
 * Production points the API at a real IdP instead; nothing in the API knows this one is local.
 */
/** The audience the local stack's API expects (OIDC_AUDIENCE). */
export const AUDIENCE = 'frontier-access';
const KEY_FILE = 'dev-idp/signing-key.json';
const KID = 'dev-idp-1';

export interface TokenRequest {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly ttlSeconds?: number;
  readonly issuer: string;
  readonly audience: string;
  /** The JOSE header's typ: an access token (at+jwt) unless said otherwise, as an ID token's JWT. */
  readonly typ?: string;
}

async function loadOrCreateKey(dataDir: string): Promise<JWK> {
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

function publicPart(jwk: JWK): JWK {
  const { d: _d, ...rest } = jwk;
  return rest;
}

export async function signDevToken(dataDir: string, request: TokenRequest): Promise<string> {
  const jwk = await loadOrCreateKey(dataDir);
  const key = await importJWK(jwk, 'ES256');
  return new SignJWT({ org: request.org, roles: [...request.roles] })
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid ?? KID, typ: request.typ ?? 'at+jwt' })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(request.sub)
    .setIssuedAt()
    .setExpirationTime(`${request.ttlSeconds ?? 12 * 3600}s`)
    .sign(key);
}

export interface DevIdp {
  readonly issuer: string;
  stop(): Promise<void>;
}

export async function startDevIdp(dataDir: string, host: string, port: number): Promise<DevIdp> {
  const jwk = await loadOrCreateKey(dataDir);
  const issuer = `http://${host}:${port}`;
  const server = http.createServer((request, response) => {
    const send = (body: unknown): void => {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' });
      response.end(JSON.stringify(body));
    };
    if (request.url === '/.well-known/openid-configuration') {
      send({ issuer, jwks_uri: `${issuer}/jwks.json`, id_token_signing_alg_values_supported: ['ES256'] });
    } else if (request.url === '/jwks.json') {
      send({ keys: [publicPart(jwk)] });
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
