import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why a browser session ended. */
export type SessionEndReason = 'SIGNED_OUT' | 'EXPIRED' | 'REPLACED' | 'REFRESH_FAILED' | 'DISABLED';

/** A signed-in browser, keyed by the SHA-256 of its cookie; the provider's tokens are sealed to the row. */
@Entity({ name: 'browser_sessions' })
export class BrowserSessionEntity {
  @PrimaryColumn({ name: 'id_hash', type: 'text' })
  idHash!: string;

  @Column({ type: 'text' })
  sub!: string;

  @Column({ type: 'text' })
  org!: string;

  @Column({ type: 'jsonb' })
  roles!: string[];

  @Column({ type: 'text', nullable: true })
  acr!: string | null;

  @Column({ name: 'tokens_sealed', type: 'text' })
  tokensSealed!: string;

  @Column({ name: 'access_expires_at', type: 'timestamptz' })
  accessExpiresAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ name: 'idle_expires_at', type: 'timestamptz' })
  idleExpiresAt!: Date;

  @Column({ name: 'absolute_expires_at', type: 'timestamptz' })
  absoluteExpiresAt!: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: SessionEndReason | null;
}

/** A sign-in under way: what the callback must match (state), and what it needs (nonce, PKCE verifier, sealed). */
@Entity({ name: 'sign_in_attempts' })
export class SignInAttemptEntity {
  @PrimaryColumn({ name: 'id_hash', type: 'text' })
  idHash!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ name: 'secrets_sealed', type: 'text' })
  secretsSealed!: string;

  @Column({ name: 'return_to', type: 'text' })
  returnTo!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
