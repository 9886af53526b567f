import { Injectable } from '@nestjs/common';

import {
  AccessStateChange,
  AccessStateChanges,
  AccessTokenEntity,
  AccessTokenRepository,
  EngagementRepository,
  EngagementRoster,
  GrantRepository,
  GrantWithContext,
} from '#persistence';

/** What an issued token's verdict rests on: its record, and the grant or the engagement's roster behind it. */
export interface TokenState {
  readonly record: AccessTokenEntity;
  /** A partner's token: its grant (null if gone). */
  readonly grant?: GrantWithContext | null;
  /** A reviewer's token: the engagement's roster (null if gone). */
  readonly roster?: EngagementRoster | null;
}

/** Most token states kept; beyond it the memory starts afresh. */
const MAX_STATES = 10_000;
/** A kept state is read again after this long whatever was heard: the bound on staleness should a notice ever be missed. */
const MAX_AGE_MS = 5_000;

/**
 * The state behind each recently introspected token, in memory, so a gateway introspecting the same
 * tokens again and again costs no reads. It is dropped by engagement the moment PostgreSQL says that
 * engagement's access state changed (AccessStateChanges), not kept at all while that feed is not live,
 * and never used after MAX_AGE_MS. Time still counts at each introspection (expiry, window end): only
 * the rows are remembered, never a verdict.
 */
@Injectable()
export class TokenStatesService {
  private readonly states = new Map<string, TokenState & { readonly keptAt: number }>();
  private readonly byEngagement = new Map<string, Set<string>>();

  constructor(
    private readonly changes: AccessStateChanges,
    private readonly tokens: AccessTokenRepository,
    private readonly grants: GrantRepository,
    private readonly engagements: EngagementRepository,
  ) {
    changes.subscribe((change) => this.forget(change));
  }

  /** The token's state now: from memory while it can be trusted, else read (and kept if nothing changed meanwhile). */
  async of(jti: string): Promise<TokenState | null> {
    const known = this.changes.isLive ? this.states.get(jti) : undefined;
    if (known && Date.now() - known.keptAt < MAX_AGE_MS) {
      return known;
    }
    const generation = this.changes.generation;
    const record = await this.tokens.find(jti);
    if (!record) {
      return null;
    }
    const state: TokenState =
      record.grantId !== null
        ? { record, grant: await this.grants.findWithContext(record.grantId) }
        : { record, roster: await this.engagements.findRoster(record.engagementId) };
    if (this.changes.isLive && this.changes.generation === generation) {
      this.keep(jti, state);
    }
    return state;
  }

  private keep(jti: string, state: TokenState): void {
    if (this.states.size >= MAX_STATES) {
      this.states.clear();
      this.byEngagement.clear();
    }
    this.states.set(jti, { ...state, keptAt: Date.now() });
    const engagementId = state.record.engagementId;
    const jtis = this.byEngagement.get(engagementId) ?? new Set<string>();
    jtis.add(jti);
    this.byEngagement.set(engagementId, jtis);
  }

  private forget(change: AccessStateChange): void {
    if ('all' in change) {
      this.states.clear();
      this.byEngagement.clear();
      return;
    }
    for (const jti of this.byEngagement.get(change.engagementId) ?? []) {
      this.states.delete(jti);
    }
    this.byEngagement.delete(change.engagementId);
  }
}
