import { Injectable, Logger } from '@nestjs/common';
import { createLocalJWKSet, CryptoKey, JSONWebKeySet } from 'jose';

import { KeyRing, SigningKeyRepository } from '#persistence';
import { FieldCipher, generateSigningKey, openPrivateKey } from '#security';

/** How long the key ring is kept in memory. Rotations are staged by more than this, so it is never stale. */
const RING_TTL_MS = 5_000;
/** A token naming a kid we do not hold makes us read the ring again, but not more often than this. */
const FORCED_RELOAD_MIN_MS = 1_000;

type KeyResolver = ReturnType<typeof createLocalJWKSet>;

interface LoadedRing {
  readonly at: number;
  readonly ring: KeyRing;
  readonly jwks: JSONWebKeySet;
  readonly resolver: KeyResolver;
}

export interface Signer {
  readonly kid: string;
  readonly key: CryptoKey;
}

/**
 * The keys that sign access tokens. The JWKS publishes the current, the previous and any upcoming
 * key; a rotation adds an upcoming key that starts signing only after caches have seen it.
 */
@Injectable()
export class SigningKeysService {
  private readonly logger = new Logger('SigningKeys');
  private readonly privateKeys = new Map<string, Promise<CryptoKey>>();
  private loaded?: Promise<LoadedRing>;
  private lastForcedReload = 0;

  constructor(
    private readonly keys: SigningKeyRepository,
    private readonly cipher: FieldCipher,
  ) {}

  /** The key to sign with now, installing the very first one if there is none yet. */
  async current(): Promise<Signer> {
    let { ring } = await this.load();
    if (!ring.current) {
      if (await this.keys.installFirst(await generateSigningKey(this.cipher))) {
        this.logger.log('installed the first access-token signing key');
      }
      ({ ring } = await this.load(true));
    }
    const row = ring.current;
    if (!row) {
      throw new Error('no current signing key after installing one');
    }
    let key = this.privateKeys.get(row.kid);
    if (!key) {
      key = openPrivateKey(this.cipher, row.kid, row.privateJwkSealed);
      this.privateKeys.set(row.kid, key);
    }
    return { kid: row.kid, key: await key };
  }

  async jwks(): Promise<JSONWebKeySet> {
    return (await this.load()).jwks;
  }

  /** Resolves a token's key from the published set, reading it again (rate-limited) if the kid is new to us. */
  async resolver(kid: string | undefined): Promise<KeyResolver> {
    const loaded = await this.load();
    if (kid !== undefined && !loaded.jwks.keys.some((k) => k.kid === kid) && Date.now() - this.lastForcedReload > FORCED_RELOAD_MIN_MS) {
      this.lastForcedReload = Date.now();
      return (await this.load(true)).resolver;
    }
    return loaded.resolver;
  }

  private async load(force = false): Promise<LoadedRing> {
    const cached = this.loaded ? await this.loaded.catch(() => undefined) : undefined;
    if (!force && cached && Date.now() - cached.at < RING_TTL_MS) {
      return cached;
    }
    this.loaded = this.read();
    return this.loaded;
  }

  private async read(): Promise<LoadedRing> {
    const now = new Date();
    const ring = await this.keys.ring(now);
    const published = [...ring.upcoming, ring.current, ring.previous].filter((row) => row !== undefined);
    const jwks: JSONWebKeySet = { keys: published.map((row) => ({ ...row.publicJwk })) };
    return { at: now.getTime(), ring, jwks, resolver: createLocalJWKSet(jwks) };
  }
}
