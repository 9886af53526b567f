import { Injectable, Logger } from '@nestjs/common';
import { createLocalJWKSet, CryptoKey, JSONWebKeySet } from 'jose';
import { SigningKeyRepository } from '../../../../libs/persistence';
import { FieldCipher, generateSigningKey, openPrivateKey } from '../../../../libs/security';

/** How long the published key set is kept in memory before it is read again. */
const PUBLISHED_TTL_MS = 5_000;

type KeyResolver = ReturnType<typeof createLocalJWKSet>;

/**
 * The keys that sign access tokens. The current key is read on every issuance (so a rotation takes
 * effect at once) and its decrypted form cached by kid. Introspection's copy of the published set is
 * cached briefly and read again whenever a token names a kid it does not hold.
 */
@Injectable()
export class SigningKeys {
  private readonly logger = new Logger('SigningKeys');
  private readonly privateKeys = new Map<string, Promise<CryptoKey>>();
  private published?: { readonly at: number; readonly jwks: JSONWebKeySet; readonly resolver: KeyResolver };

  constructor(
    private readonly keys: SigningKeyRepository,
    private readonly cipher: FieldCipher,
  ) {}

  /** The key to sign with now, installing the very first one if there is none yet. */
  async current(): Promise<{ kid: string; key: CryptoKey }> {
    let row = await this.keys.current();
    if (!row) {
      if (await this.keys.installFirst(await generateSigningKey(this.cipher))) {
        this.logger.log('installed the first access-token signing key');
      }
      row = await this.keys.current();
    }
    if (!row) {
      throw new Error('no current signing key after installing one');
    }
    const { kid, privateJwkSealed } = row;
    let key = this.privateKeys.get(kid);
    if (!key) {
      key = openPrivateKey(this.cipher, kid, privateJwkSealed);
      this.privateKeys.set(kid, key);
    }
    return { kid, key: await key };
  }

  /** The JWKS: public halves of the current and the previous key, read fresh so a rotation shows at once. */
  async jwks(): Promise<JSONWebKeySet> {
    return (await this.load(true)).jwks;
  }

  /** Resolves a token's key from the published set, reading it again once if the kid is new to us. */
  async resolver(kid: string | undefined): Promise<KeyResolver> {
    const loaded = await this.load();
    if (kid !== undefined && !loaded.jwks.keys.some((k) => k.kid === kid)) {
      return (await this.load(true)).resolver;
    }
    return loaded.resolver;
  }

  private async load(force = false): Promise<{ jwks: JSONWebKeySet; resolver: KeyResolver }> {
    if (!force && this.published && Date.now() - this.published.at < PUBLISHED_TTL_MS) {
      return this.published;
    }
    const jwks: JSONWebKeySet = { keys: (await this.keys.published()).map((row) => ({ ...row.publicJwk })) };
    this.published = { at: Date.now(), jwks, resolver: createLocalJWKSet(jwks) };
    return this.published;
  }
}
