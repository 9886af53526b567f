import { randomUUID } from 'node:crypto';

import { CryptoKey, exportJWK, generateKeyPair, importJWK, JWK } from 'jose';

import type { FieldCipher } from './field-cipher';
import { sealedAt } from './field-cipher';

export const ACCESS_TOKEN_ALG = 'ES256';

export interface NewSigningKey {
  readonly kid: string;
  readonly alg: string;
  readonly publicJwk: Record<string, string>;
  readonly privateJwkSealed: string;
  readonly createdAt: Date;
  readonly activatesAt: Date;
}

function strings(jwk: JWK): Record<string, string> {
  return Object.fromEntries(Object.entries(jwk).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** A fresh ES256 key pair, signing from `activatesAt`; the private half leaves here only sealed, bound to its kid. */
export async function generateSigningKey(cipher: FieldCipher, now = new Date(), activatesAt = now): Promise<NewSigningKey> {
  const kid = `at-${now.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
  const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALG, { extractable: true });
  const publicJwk = { ...strings(await exportJWK(publicKey)), kid, alg: ACCESS_TOKEN_ALG, use: 'sig' };
  const privateJwk = { ...strings(await exportJWK(privateKey)), kid, alg: ACCESS_TOKEN_ALG };
  return {
    kid,
    alg: ACCESS_TOKEN_ALG,
    publicJwk,
    privateJwkSealed: cipher.seal(JSON.stringify(privateJwk), sealedAt('signing_keys', 'private_jwk', kid)),
    createdAt: now,
    activatesAt,
  };
}

export async function openPrivateKey(cipher: FieldCipher, kid: string, sealed: string): Promise<CryptoKey> {
  const jwk = JSON.parse(cipher.open(sealed, sealedAt('signing_keys', 'private_jwk', kid))) as JWK;
  return (await importJWK(jwk, ACCESS_TOKEN_ALG)) as CryptoKey;
}
