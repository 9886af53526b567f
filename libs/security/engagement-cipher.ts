import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { FieldCipher, sealedAt, Sealer } from './field-cipher';

const VERSION = 'd1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a confidential field of a disposed engagement reads as: its key is gone, and the text with it. */
export const DISPOSED_TEXT = '[disposed]';

/** Where an engagement's data key is sealed under the program's field keys. */
export function engagementKeyAt(engagementId: string): string {
  return sealedAt('engagement_keys', 'data_key', engagementId);
}

/** A new data key for an engagement, sealed (wrapped) under the program's active field key. */
export function newEngagementKey(master: FieldCipher, engagementId: string): string {
  return master.seal(randomBytes(KEY_BYTES).toString('base64'), engagementKeyAt(engagementId));
}

/** Whether a sealed value was sealed under an engagement's own key rather than the program's field keys. */
export function isSealedUnderEngagementKey(sealed: string): boolean {
  return sealed.startsWith(`${VERSION}.`);
}

/**
 * AES-256-GCM under one engagement's own data key, so that destroying that key (crypto-shredding)
 * disposes of everything the engagement sealed, wherever a copy of the ciphertext went. Values are
 * bound to where they live (`aad`) as FieldCipher's are. Values sealed under the program's keys
 * before the engagement had its own still open, until the API re-seals them as it starts.
 */
export class EngagementCipher extends Sealer {
  private constructor(
    private readonly key: Buffer,
    private readonly master: FieldCipher,
  ) {
    super();
  }

  /** The cipher of the engagement whose data key is `wrapped`; throws if the key was not sealed for this engagement. */
  static unwrap(master: FieldCipher, engagementId: string, wrapped: string): EngagementCipher {
    const key = Buffer.from(master.open(wrapped, engagementKeyAt(engagementId)), 'base64');
    if (key.length !== KEY_BYTES) {
      throw new Error(`the data key of engagement ${engagementId} is not ${KEY_BYTES} bytes`);
    }
    return new EngagementCipher(key, master);
  }

  /**
   * A cipher under a random key that is never kept: what still has to be written for a disposed engagement
   * (a value an older process left under the program's keys) is sealed so that nobody can open it.
   */
  static throwaway(master: FieldCipher): EngagementCipher {
    return new EngagementCipher(randomBytes(KEY_BYTES), master);
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, aad: string): string {
    if (!isSealedUnderEngagementKey(sealed)) {
      return this.master.open(sealed, aad);
    }
    const [, iv, body] = sealed.split('.');
    const nonce = Buffer.from(iv ?? '', 'base64url');
    const bytes = Buffer.from(body ?? '', 'base64url');
    if (nonce.length !== IV_BYTES || bytes.length < TAG_BYTES) {
      throw new Error('not a sealed value');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** Thrown on an attempt to seal anything more for an engagement whose data key was destroyed. */
export class EngagementDisposedError extends Error {
  constructor(readonly engagementId: string) {
    super(`engagement ${engagementId} was disposed of: nothing more can be sealed for it`);
  }
}

/**
 * A disposed engagement's cipher: every confidential field reads as `DISPOSED_TEXT` (absent ones stay
 * absent), and nothing can be sealed.
 */
export class DisposedCipher extends Sealer {
  override readonly disposed = true;

  constructor(private readonly engagementId: string) {
    super();
  }

  seal(): string {
    throw new EngagementDisposedError(this.engagementId);
  }

  open(): string {
    return DISPOSED_TEXT;
  }
}
