import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { Keyring } from '../config/keyring';
import { UNSEALED_PAYLOAD_MARKER } from '../contracts/sealed-payloads';

const ENCODING = 'binary/encrypted';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const UNSEALED: Payload = {
  metadata: { encoding: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify({ [UNSEALED_PAYLOAD_MARKER]: true })),
};

/**
 * Encrypts every Temporal payload (workflow inputs, Update arguments, results, activity inputs) with
 * AES-256-GCM, so command content such as rationales never sits in Temporal's history in the clear.
 */
export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const keyId = this.keyring.activeId;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.key(keyId), iv);
      const plain = encodePayload(payload);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          encoding: Buffer.from(ENCODING),
          'encryption-key-id': Buffer.from(keyId),
        },
        data: sealed,
      };
    });
  }

  /**
   * Opens what this system sealed. Anything else becomes the unsealed marker, which workflows refuse:
   * a payload it did not seal may carry an invented actor. (Throwing here instead would fail the
   * workflow task over and over, wedging the workflow.)
   */
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (Buffer.from(payload.metadata?.encoding ?? []).toString() !== ENCODING) {
        return UNSEALED;
      }
      const keyId = Buffer.from(payload.metadata?.['encryption-key-id'] ?? []).toString();
      const data = Buffer.from(payload.data ?? []);
      if (data.length < IV_BYTES + TAG_BYTES) {
        throw new Error('a sealed payload is too short to hold its IV and tag');
      }
      const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), data.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      return decodePayload(plain);
    });
  }

  private key(id: string): Buffer {
    const key = this.keyring.keys.get(id);
    if (!key) {
      throw new Error(`no payload encryption key "${id}" is configured`);
    }
    return key;
  }
}

/** A payload as bytes: metadata and data, each base64 in a small JSON envelope. */
function encodePayload(payload: Payload): Buffer {
  const metadata = Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
  );
  return Buffer.from(JSON.stringify({ m: metadata, d: Buffer.from(payload.data ?? []).toString('base64') }));
}

function decodePayload(bytes: Buffer): Payload {
  const envelope = JSON.parse(bytes.toString('utf8')) as { m: Record<string, string>; d: string };
  return {
    metadata: Object.fromEntries(Object.entries(envelope.m).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
    data: Buffer.from(envelope.d, 'base64'),
  };
}
