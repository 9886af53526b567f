import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory of people: each by their `sub`, recorded at their first sign-in or API call from their
 * token's claims (or pre-registered by a program administrator), and disabled at once when they must be.
 * A browser session may now end because its person was disabled.
 */
export class PeopleDirectory1795400000004 implements MigrationInterface {
  name = 'PeopleDirectory1795400000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE people (
        sub text PRIMARY KEY,
        name text NOT NULL,
        email text,
        org text NOT NULL,
        roles jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
        source text NOT NULL CHECK (source IN ('PRE_REGISTERED', 'SIGN_IN')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seen_at timestamptz,
        disabled_at timestamptz,
        CHECK ((status = 'DISABLED') = (disabled_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX people_by_org ON people (org, sub)`);
    await queryRunner.query(`ALTER TABLE browser_sessions DROP CONSTRAINT browser_sessions_end_reason_check`);
    await queryRunner.query(
      `ALTER TABLE browser_sessions ADD CONSTRAINT browser_sessions_end_reason_check CHECK (end_reason IN ('SIGNED_OUT', 'EXPIRED', 'REPLACED', 'REFRESH_FAILED', 'DISABLED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE browser_sessions DROP CONSTRAINT browser_sessions_end_reason_check`);
    await queryRunner.query(
      `ALTER TABLE browser_sessions ADD CONSTRAINT browser_sessions_end_reason_check CHECK (end_reason IN ('SIGNED_OUT', 'EXPIRED', 'REPLACED', 'REFRESH_FAILED'))`,
    );
    await queryRunner.query(`DROP TABLE people`);
  }
}
