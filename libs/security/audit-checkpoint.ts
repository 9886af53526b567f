import { sign, verify } from 'node:crypto';

import type { Keyring } from '#config';

import { canonicalJson } from './audit-chain';
import { Ed25519Keyring } from './ed25519-keyring';

/** Where the chain stood: its head's sequence number and hash, and when that was read. */
export interface CheckpointBody {
  readonly seq: number;
  readonly hash: string;
  /** ISO 8601 UTC. */
  readonly at: string;
}

/** A checkpoint signed with a key the database never holds, as transparency logs sign their tree heads. */
export interface SignedCheckpoint extends CheckpointBody {
  readonly kid: string;
  /** Ed25519 over the checkpoint's canonical JSON, base64url. */
  readonly signature: string;
}

export interface CheckpointPublicKey {
  readonly kid: string;
  readonly jwk: { readonly kty: 'OKP'; readonly crv: 'Ed25519'; readonly x: string };
}

const DOMAIN = 'frontier-access:audit-checkpoint:v1\n';

/** The bytes a checkpoint's signature covers. */
export function checkpointMessage(body: CheckpointBody, kid: string): Buffer {
  return Buffer.from(DOMAIN + canonicalJson({ seq: body.seq, hash: body.hash, at: body.at, kid }), 'utf8');
}

/**
 * Signs and checks audit checkpoints with Ed25519 keys from the configuration (32-byte seeds, like the
 * other keyrings); the active key signs, every key in the ring verifies, so keys rotate.
 */
export class CheckpointSigner {
  private readonly keys: Ed25519Keyring;

  constructor(keyring: Keyring) {
    this.keys = new Ed25519Keyring(keyring, 'checkpoint');
  }

  sign(body: CheckpointBody): SignedCheckpoint {
    const { kid, key } = this.keys.active();
    return { seq: body.seq, hash: body.hash, at: body.at, kid, signature: sign(null, checkpointMessage(body, kid), key).toString('base64url') };
  }

  /** Whether a checkpoint was signed by one of our keys, exactly as it reads. */
  verify(checkpoint: SignedCheckpoint): boolean {
    const key = this.keys.publicKey(checkpoint.kid);
    return key !== undefined && verify(null, checkpointMessage(checkpoint, checkpoint.kid), key, Buffer.from(checkpoint.signature, 'base64url'));
  }

  /** The public keys, for anyone to check the checkpoints with. */
  publicKeys(): CheckpointPublicKey[] {
    return this.keys.published().map(({ kid, x }) => ({ kid, jwk: { kty: 'OKP', crv: 'Ed25519', x } }));
  }
}
