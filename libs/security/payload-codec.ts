import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { Logger } from '@nestjs/common';
import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';

import type { Keyring } from '#config';
import { UNSEALED_PAYLOAD_MARKER } from '#contracts';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
/** Marks a payload sealed to its workflow: the workflow id is its additional authenticated data. */
const BOUND_TO = 'encryption-bound-to';
const BOUND_TO_WORKFLOW = 'workflow';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const UNSEALED: Payload = {
  metadata: { encoding: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify({ [UNSEALED_PAYLOAD_MARKER]: true })),
};

export interface EncryptionCodecOptions {
  /**
   * Open payloads sealed before they were bound to their workflow. Only for replaying histories
   * recorded then: anywhere else such a payload could have been copied from another workflow.
   */
  readonly acceptUnbound?: boolean;
}

/** What a payload is sealed to: the workflow it belongs to (an activity's payloads belong to its workflow). */
function boundTo(context: SerializationContext | undefined): string | undefined {
  return context?.workflowId ? `frontier-access:workflow:${context.workflowId}` : undefined;
}

/**
 * Encrypts every Temporal payload (workflow inputs, Update arguments, results, activity inputs) with
 * AES-256-GCM, so command content such as rationales never sits in Temporal's history in the clear.
 * Each payload is sealed to its workflow (the workflow id is authenticated data), so a sealed command
 * copied out of one engagement's history does not open in another's.
 */
export class EncryptionCodec implements PayloadCodec {
  private readonly logger = new Logger('PayloadCodec');

  constructor(
    private readonly keyring: Keyring,
    private readonly options: EncryptionCodecOptions = {},
  ) {}

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const aad = boundTo(context);
    return payloads.map((payload) => {
      const keyId = this.keyring.activeId;
      const iv = randomBytes(IV_BYTES);
      // The active key is always in the ring (parseKeyring insists on it).
      const cipher = createCipheriv('aes-256-gcm', this.keyring.keys.get(keyId)!, iv, { authTagLength: TAG_BYTES });
      if (aad !== undefined) {
        cipher.setAAD(Buffer.from(aad, 'utf8'));
      }
      const plain = encodePayload(payload);
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: {
          encoding: Buffer.from(ENCODING),
          [KEY_ID]: Buffer.from(keyId),
          ...(aad === undefined ? {} : { [BOUND_TO]: Buffer.from(BOUND_TO_WORKFLOW) }),
        },
        data: sealed,
      };
    });
  }

  /**
   * Opens what this system sealed for this workflow. Anything else (not sealed, sealed for another
   * workflow, tampered with, cut short) becomes the unsealed marker, which workflows refuse: it may
   * carry an invented actor. Throwing instead would fail the workflow task over and over, wedging the
   * workflow, so even a key id this process does not hold is refused (and logged as an error: if it is
   * a key this system should hold, the configuration needs it).
   */
  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== ENCODING) {
        return UNSEALED;
      }
      const bound = text(payload.metadata?.[BOUND_TO]) === BOUND_TO_WORKFLOW;
      const aad = boundTo(context);
      if (bound ? aad === undefined : !this.options.acceptUnbound) {
        return this.refuse(bound ? 'a payload sealed to a workflow arrived without one' : 'a payload not sealed to its workflow');
      }
      const keyId = text(payload.metadata?.[KEY_ID]);
      const key = this.keyring.keys.get(keyId);
      if (!key) {
        this.logger.error(`refused a payload sealed under key "${keyId}", which is not configured here; if it is one of ours, add it to the payload keys`);
        return UNSEALED;
      }
      const data = Buffer.from(payload.data ?? []);
      if (data.length < IV_BYTES + TAG_BYTES) {
        return this.refuse('a sealed payload too short to hold its IV and tag');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
        if (bound) {
          decipher.setAAD(Buffer.from(aad!, 'utf8'));
        }
        decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
        return decodePayload(Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]));
      } catch {
        return this.refuse(`a payload that does not open for ${aad ?? 'this context'} (sealed for another workflow, or tampered with)`);
      }
    });
  }

  private refuse(why: string): Payload {
    this.logger.warn(`refused ${why}`);
    return UNSEALED;
  }
}

function text(bytes: Uint8Array | null | undefined): string {
  return Buffer.from(bytes ?? []).toString();
}

/** A payload as bytes: metadata and data, each base64 in a small JSON envelope. */
function encodePayload(payload: Payload): Buffer {
  const metadata = Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]));
  return Buffer.from(JSON.stringify({ m: metadata, d: Buffer.from(payload.data ?? []).toString('base64') }));
}

function decodePayload(bytes: Buffer): Payload {
  const envelope = JSON.parse(bytes.toString('utf8')) as { m: Record<string, string>; d: string };
  return {
    metadata: Object.fromEntries(Object.entries(envelope.m).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
    data: Buffer.from(envelope.d, 'base64'),
  };
}
