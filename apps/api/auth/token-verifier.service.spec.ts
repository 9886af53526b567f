import { randomBytes } from 'node:crypto';

import { generateKeyPair, SignJWT } from 'jose';

import { loadConfig } from '#config';

import { AuthException, DependencyErrorCode, DependencyException } from '../errors/api-errors';
import { TokenVerifierService } from './token-verifier.service';

const key = randomBytes(32).toString('base64');
const config = (issuer: string) =>
  loadConfig({
    DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
    OIDC_ISSUER: issuer,
    FIELD_ENCRYPTION_KEYS: `a:${key}`,
    FIELD_ENCRYPTION_ACTIVE_KEY: 'a',
    PAYLOAD_ENCRYPTION_KEYS: `a:${key}`,
    PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'a',
    AUDIT_CHECKPOINT_KEYS: `a:${key}`,
    AUDIT_CHECKPOINT_ACTIVE_KEY: 'a',
  });

async function token(issuer: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT({ org: 'acme', roles: ['developer'] })
    .setProtectedHeader({ alg: 'ES256', kid: 'k' })
    .setIssuer(issuer)
    .setAudience('frontier-access')
    .setSubject('alice')
    .setExpirationTime('5m')
    .sign(privateKey);
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
});
