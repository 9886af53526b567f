import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { exportJWK, generateKeyPair, SignJWT } from 'jose';

import { loadConfig } from '#config';

import { AuthException, DependencyErrorCode, DependencyException } from '../errors/api-errors';
import { TokenVerifierService } from './token-verifier.service';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const key = randomBytes(32).toString('base64');
const config = (issuer: string, extra: Record<string, string> = {}) =>
  loadConfig({
    ...extra,
    DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
    OIDC_ISSUER: issuer,
    FIELD_ENCRYPTION_KEYS: `a:${key}`,
    FIELD_ENCRYPTION_ACTIVE_KEY: 'a',
    PAYLOAD_ENCRYPTION_KEYS: `a:${key}`,
    PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'a',
    AUDIT_CHECKPOINT_KEYS: `a:${key}`,
    AUDIT_CHECKPOINT_ACTIVE_KEY: 'a',
    RECORD_SIGNING_KEYS: `r1:${key}`,
    RECORD_SIGNING_ACTIVE_KEY: 'r1',
  });

async function token(issuer: string, typ: string | null = 'at+jwt', privateKey?: SigningKey): Promise<string> {
  const signing = privateKey ?? (await generateKeyPair('ES256')).privateKey;
  return new SignJWT({ org: 'acme', roles: ['developer'] })
    .setProtectedHeader({ alg: 'ES256', kid: 'k', ...(typ === null ? {} : { typ }) })
    .setIssuer(issuer)
    .setAudience('frontier-access')
    .setSubject('alice')
    .setExpirationTime('5m')
    .sign(signing);
}

describe('token verification', () => {
  it('an identity provider that cannot be reached is a 503 naming it, not a 401 and not a database error', async () => {
    const issuer = 'http://127.0.0.1:9';
    const verifier = new TokenVerifierService(config(issuer));
    const failure = await verifier.verify(await token(issuer)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DependencyException);
    expect((failure as DependencyException).code).toBe(DependencyErrorCode.IdentityProviderUnavailable);
  });

  it('a malformed token is a 401 without asking the issuer', async () => {
    const verifier = new TokenVerifierService(config('http://127.0.0.1:9'));
    await expect(verifier.verify('not.a.token')).rejects.toBeInstanceOf(AuthException);
  });

  /** A local issuer serving discovery metadata (naming `named` as its issuer) and its key set. */
  async function issuer(named?: (self: string) => string): Promise<{ url: string; privateKey: SigningKey; fetched: string[]; close: () => Promise<void> }> {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256' };
    const fetched: string[] = [];
    const server = createServer((req, res) => {
      fetched.push(req.url ?? '');
      const self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url === '/jwks.json' ? { keys: [jwk] } : { issuer: named ? named(self) : self, jwks_uri: `${self}/jwks.json` }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { url, privateKey, fetched, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it('takes an access token (typ at+jwt) and refuses an ID token or an untyped one from the same issuer, before fetching any key', async () => {
    const idp = await issuer();
    try {
      const verifier = new TokenVerifierService(config(idp.url));
      await expect(verifier.verify(await token(idp.url, 'at+jwt', idp.privateKey))).resolves.toEqual({ sub: 'alice', org: 'acme', roles: ['developer'] });
      await expect(verifier.verify(await token(idp.url, 'application/AT+JWT', idp.privateKey))).resolves.toEqual(expect.objectContaining({ sub: 'alice' }));
      const fetchedBefore = idp.fetched.length;
      for (const typ of ['JWT', null]) {
        const refused = await verifier.verify(await token(idp.url, typ, idp.privateKey)).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(AuthException);
        expect((refused as AuthException).message).toMatch(/not an access token/);
      }
      expect(idp.fetched.length).toBe(fetchedBefore);
    } finally {
      await idp.close();
    }
  });

  it('takes the configured token types instead, for an identity provider that marks access tokens otherwise', async () => {
    const idp = await issuer();
    try {
      const verifier = new TokenVerifierService(config(idp.url, { OIDC_ACCESS_TOKEN_TYPES: 'JWT,at+jwt' }));
      await expect(verifier.verify(await token(idp.url, 'JWT', idp.privateKey))).resolves.toEqual(expect.objectContaining({ sub: 'alice' }));
      await expect(verifier.verify(await token(idp.url, 'id+jwt', idp.privateKey))).rejects.toBeInstanceOf(AuthException);
    } finally {
      await idp.close();
    }
  });

  it('refuses every token while the discovery metadata names another issuer than the one configured', async () => {
    const idp = await issuer(() => 'https://impostor.example');
    try {
      const verifier = new TokenVerifierService(config(idp.url));
      const refused = await verifier.verify(await token(idp.url, 'at+jwt', idp.privateKey)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DependencyException);
      expect(idp.fetched).not.toContain('/jwks.json');
    } finally {
      await idp.close();
    }
  });
});
