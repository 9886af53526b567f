import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each engagement gets its own data key, wrapped (sealed) under the program's field keys, and its
 * confidential text is sealed under that key. Disposal destroys the key (crypto-shredding): the row
 * keeps when, and the wrapped key becomes NULL. The engagement says when and why it was disposed of.
 * The API re-seals what was sealed under the program's keys as it starts. `histories_deleted_at` says
 * when the disposed engagement's workflow executions were deleted from Temporal too.
 */
export class EngagementKeys1795400000017 implements MigrationInterface {
  name = 'EngagementKeys1795400000017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE engagement_keys (
        engagement_id uuid PRIMARY KEY,
        wrapped_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        disposed_at timestamptz,
        histories_deleted_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (disposed_at IS NOT NULL))
      )`);
    await queryRunner.query(`
      ALTER TABLE engagements
        ADD COLUMN disposed_at timestamptz,
        ADD COLUMN disposal_reason varchar(30) CHECK (disposal_reason IN ('RETENTION_SCHEDULE', 'DEVELOPER_REQUEST')),
        ADD COLUMN disposed_by varchar(200),
        ADD CHECK ((disposed_at IS NULL) = (disposal_reason IS NULL))`);
    // Disposal re-seals and reads an engagement's finding events by engagement.
    await queryRunner.query(`CREATE INDEX finding_events_by_engagement ON finding_events (engagement_id)`);
    await queryRunner.query(`CREATE INDEX engagements_retained ON engagements (stage) WHERE disposed_at IS NULL AND stage IN ('WITHDRAWN', 'CLOSED', 'CLOSED_NOT_COVERED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX engagements_retained`);
    await queryRunner.query(`DROP INDEX finding_events_by_engagement`);
    await queryRunner.query(`ALTER TABLE engagements DROP COLUMN disposed_by, DROP COLUMN disposal_reason, DROP COLUMN disposed_at`);
    await queryRunner.query(`DROP TABLE engagement_keys`);
  }
}
