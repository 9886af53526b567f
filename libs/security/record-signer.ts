import { type FlattenedJWS, FlattenedSign } from 'jose';

import type { Keyring } from '#config';

import { Ed25519Keyring } from './ed25519-keyring';

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
  private readonly keys: Ed25519Keyring;

  constructor(keyring: Keyring) {
    this.keys = new Ed25519Keyring(keyring, 'record-signing');
  }

  async sign(payload: Uint8Array): Promise<FlattenedJWS> {
    const { kid, key } = this.keys.active();
    return new FlattenedSign(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: RECORD_JWS_TYPE, cty: 'json' }).sign(key);
  }

  /** The public keys as a JWKS, for anyone to check a record with. */
  publicJwks(): { keys: RecordPublicKey[] } {
    return { keys: this.keys.published().map(({ kid, x }) => ({ kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' })) };
  }
}
