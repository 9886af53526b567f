import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

import { type FlattenedJWS, FlattenedSign } from 'jose';

import type { Keyring } from '#config';

/** PKCS #8 for an Ed25519 private key is this fixed prefix and the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The JWS `typ` of an exported engagement record. */
export const RECORD_JWS_TYPE = 'frontier-access-record+json';

export interface RecordPublicKey {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
  readonly alg: 'EdDSA';
  readonly use: 'sig';
}

/**
 * Signs exported engagement records (a flattened JWS, EdDSA over Ed25519) with keys of their own: not the
 * access-token keys, so a record can never pass for a token, nor the checkpoint keys. The active key
 * signs; every key in the ring is published, so records signed before a rotation still verify.
 */
export class RecordSigner {
  private readonly privateKeys = new Map<string, KeyObject>();

  constructor(private readonly keyring: Keyring) {
    for (const [kid, seed] of keyring.keys) {
      this.privateKeys.set(kid, createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
    }
  }

  async sign(payload: Uint8Array): Promise<FlattenedJWS> {
    const kid = this.keyring.activeId;
    const key = this.privateKeys.get(kid);
    if (!key) {
      throw new Error(`no record-signing key ${kid}`);
    }
    return new FlattenedSign(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: RECORD_JWS_TYPE, cty: 'json' }).sign(key);
  }

  /** The public keys as a JWKS, for anyone to check a record with. */
  publicJwks(): { keys: RecordPublicKey[] } {
    return {
      keys: [...this.privateKeys].map(([kid, key]) => {
        const jwk = createPublicKey(key).export({ format: 'jwk' }) as { x?: string };
        return { kty: 'OKP', crv: 'Ed25519', x: jwk.x ?? '', kid, alg: 'EdDSA', use: 'sig' };
      }),
    };
  }
}
