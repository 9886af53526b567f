import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import type { Keyring } from '#config';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What seals and opens confidential text: the program's field keys, or one engagement's own data key. */
export abstract class Sealer {
  /** Whether what this cipher guarded has been disposed of: nothing it opens is the text that was sealed. */
  readonly disposed: boolean = false;

  abstract seal(plaintext: string, aad: string): string;

  abstract open(sealed: string, aad: string): string;

  sealOptional(plaintext: string | undefined | null, aad: string): string | null {
    return plaintext === undefined || plaintext === null ? null : this.seal(plaintext, aad);
  }

  openOptional(sealed: string | null, aad: string): string | undefined {
    return sealed === null ? undefined : this.open(sealed, aad);
  }
}

/**
 * AES-256-GCM for confidential text at rest. Each value names the key that sealed it, so keys can
 * rotate, and is bound to where it lives (`aad`, e.g. `engagements.capability_summary:<id>`) so a
 * sealed value copied into another row or column does not open.
 */
export class FieldCipher extends Sealer {
  constructor(private readonly keyring: Keyring) {
    super();
  }

  seal(plaintext: string, aad: string): string {
    const keyId = this.keyring.activeId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(keyId), iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, keyId, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, aad: string): string {
    const [version, keyId, iv, body] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !body) {
      throw new Error('not a sealed value');
    }
    const bytes = Buffer.from(body, 'base64url');
    const nonce = Buffer.from(iv, 'base64url');
    if (nonce.length !== IV_BYTES || bytes.length < TAG_BYTES) {
      throw new Error('not a sealed value');
    }
    // A full 16-byte tag, always: GCM would otherwise accept a truncated one.
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** The id of the key a value was sealed with. */
  static keyIdOf(sealed: string): string | undefined {
    return sealed.split('.')[1];
  }

  private key(id: string): Buffer {
    const key = this.keyring.keys.get(id);
    if (!key) {
      throw new Error(`no encryption key "${id}" is configured`);
    }
    return key;
  }
}

/** Where a sealed value lives; bound into its ciphertext as additional authenticated data. */
export function sealedAt(table: string, column: string, rowId: string): string {
  return `${table}.${column}:${rowId}`;
}

/** Where a webhook endpoint's signing secret is sealed: the current one and the one a rotation replaced alike. */
export function webhookSecretAt(endpointId: string): string {
  return sealedAt('webhook_endpoints', 'secret', endpointId);
}
