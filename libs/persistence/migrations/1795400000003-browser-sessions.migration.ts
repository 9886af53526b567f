import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions for the backend-for-frontend: the browser holds only an opaque id in a cookie, and
 * the table keys each session by that id's SHA-256, so a copy of the table signs nobody in. The tokens
 * from the identity provider are sealed, bound to their row. A sign-in under way keeps its state, nonce
 * and PKCE verifier (sealed) for a few minutes, keyed the same way by the browser's sign-in cookie.
 */
export class BrowserSessions1795400000003 implements MigrationInterface {
  name = 'BrowserSessions1795400000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE browser_sessions (
        id_hash text PRIMARY KEY,
        sub text NOT NULL,
        org text NOT NULL,
        roles jsonb NOT NULL,
        acr text,
        tokens_sealed text NOT NULL,
        access_expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        idle_expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('SIGNED_OUT', 'EXPIRED', 'REPLACED', 'REFRESH_FAILED')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX browser_sessions_open_by_sub ON browser_sessions (sub) WHERE ended_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE sign_in_attempts (
        id_hash text PRIMARY KEY,
        state text NOT NULL,
        secrets_sealed text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_attempts`);
    await queryRunner.query(`DROP TABLE browser_sessions`);
  }
}
