import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';

import { ACCESS_TOKEN_TYPE, REVOCATION_LIST_TYPE, type RevocationList, TokenUse } from '#contracts';

import { ACCESS_TOKEN_ALG } from './signing-keys';

/** The longest an access token lives (ACCESS_TOKEN_TTL is at most an hour): a revocation older than that voids nothing. */
const LONGEST_TOKEN_MS = 3_600_000;

const strings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

function isRevocationList(payload: JWTPayload): payload is JWTPayload & RevocationList {
  return typeof payload['cursor'] === 'string' && strings(payload['grants']) && strings(payload['windows']) && strings(payload['jtis']);
}

export interface GatewayVerifierOptions {
  /** The API's public base URL: the tokens' issuer, and where its JWKS and revocation feed are. */
  readonly issuer: string;
  /** This gateway's own endpoint: tokens addressed elsewhere are refused. */
  readonly audience: string;
  /** A bearer token of the developer organization's gateway credentials, for the feed (fetched anew as it expires). */
  readonly credentials: () => Promise<string>;
  /** How often the feed is asked; a revocation takes effect within about this long. */
  readonly pollMs?: number;
  /** With no answer from the feed for this long, every token is refused: a gateway never works from a stale list. */
  readonly staleAfterMs?: number;
}

export type GatewayVerdict =
  { readonly active: true; readonly claims: JWTPayload } | { readonly active: false; readonly reason: 'INVALID' | 'REVOKED' | 'FEED_STALE' };

/**
 * What a developer's gateway runs to check reviewers' and partners' tokens offline: the signature against
 * the cached JWKS (fetched again for a key id it does not know), with no call per request, and the
 * revocation feed polled in the background, so a revoked grant, an ended window or a disabled holder is
 * refused within a poll rather than when the token expires.
 */
export class GatewayVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  /** What ended, with when this verifier learnt it (for forgetting it once every token it voided has expired). */
  private readonly revoked = { grants: new Map<string, number>(), windows: new Map<string, number>(), jtis: new Map<string, number>() };
  private cursor: string | undefined;
  private syncedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: GatewayVerifierOptions) {
    this.jwks = createRemoteJWKSet(new URL(`${options.issuer}/.well-known/jwks.json`));
  }

  /** Reads the feed once (so the first answers are not stale), then keeps polling it until `stop()`. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.sync();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  async verify(token: string): Promise<GatewayVerdict> {
    if (Date.now() - this.syncedAt > (this.options.staleAfterMs ?? 10_000)) {
      return { active: false, reason: 'FEED_STALE' };
    }
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, this.jwks, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [ACCESS_TOKEN_ALG],
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ['jti', 'sub', 'exp', 'engagement_id', 'token_use'],
      }));
    } catch {
      return { active: false, reason: 'INVALID' };
    }
    return this.isRevoked(claims) ? { active: false, reason: 'REVOKED' } : { active: true, claims };
  }

  private isRevoked(claims: JWTPayload): boolean {
    const grant = claims['grant_id'];
    const engagement = claims['engagement_id'];
    return (
      this.revoked.jtis.has(claims.jti ?? '') ||
      (typeof grant === 'string' && this.revoked.grants.has(grant)) ||
      (claims['token_use'] === TokenUse.PreReleaseReview && typeof engagement === 'string' && this.revoked.windows.has(engagement))
    );
  }

  private schedule(): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      // A failed poll is tried again at the next; the list goes stale (and tokens are refused) if they keep failing.
      void this.sync()
        .catch(() => undefined)
        .finally(() => this.schedule());
    }, this.options.pollMs ?? 500);
  }

  private async sync(): Promise<void> {
    const url = new URL(`${this.options.issuer}/v1/revocations`);
    if (this.cursor) {
      url.searchParams.set('since', this.cursor);
    }
    const res = await fetch(url, { headers: { authorization: `Bearer ${await this.options.credentials()}` } });
    if (!res.ok) {
      throw new Error(`the revocation feed answered ${res.status}`);
    }
    const { signed } = (await res.json()) as { signed: string };
    const { payload } = await jwtVerify(signed, this.jwks, { issuer: this.options.issuer, algorithms: [ACCESS_TOKEN_ALG], typ: REVOCATION_LIST_TYPE });
    if (!isRevocationList(payload)) {
      throw new Error('the revocation feed signed something that is not a revocation list');
    }
    const list = payload;
    const now = Date.now();
    for (const [kind, ids] of [
      ['grants', list.grants],
      ['windows', list.windows],
      ['jtis', list.jtis],
    ] as const) {
      for (const id of ids) {
        this.revoked[kind].set(id, now);
      }
      for (const [id, learnt] of this.revoked[kind]) {
        if (now - learnt > LONGEST_TOKEN_MS) {
          this.revoked[kind].delete(id);
        }
      }
    }
    this.cursor = list.cursor;
    this.syncedAt = now;
  }
}
