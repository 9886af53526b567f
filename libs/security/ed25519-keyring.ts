import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

import type { Keyring } from '#config';

/** PKCS #8 for an Ed25519 private key is this fixed prefix and the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * A configured keyring of Ed25519 seeds (32 bytes each, as the other keyrings) as signing keys: the
 * active one signs, every one verifies and is published, so keys rotate. The checkpoint and record
 * signers each hold one of their own.
 */
export class Ed25519Keyring {
  private readonly privateKeys = new Map<string, KeyObject>();
  private readonly publicKeys = new Map<string, KeyObject>();

  constructor(
    private readonly keyring: Keyring,
    /** What the keys sign, for the error when the active one is missing. */
    private readonly purpose: string,
  ) {
    for (const [kid, seed] of keyring.keys) {
      const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
      this.privateKeys.set(kid, privateKey);
      this.publicKeys.set(kid, createPublicKey(privateKey));
    }
  }

  /** The key that signs now, and its id. */
  active(): { readonly kid: string; readonly key: KeyObject } {
    const kid = this.keyring.activeId;
    const key = this.privateKeys.get(kid);
    if (!key) {
      throw new Error(`no ${this.purpose} key ${kid}`);
    }
    return { kid, key };
  }

  publicKey(kid: string): KeyObject | undefined {
    return this.publicKeys.get(kid);
  }

  /** Every public key's id and its JWK `x` (base64url), to publish. */
  published(): { readonly kid: string; readonly x: string }[] {
    return [...this.publicKeys].map(([kid, key]) => ({ kid, x: (key.export({ format: 'jwk' }) as { x?: string }).x ?? '' }));
  }
}
