import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finding's life: its status (from OPEN to CLOSED), a version counting its changes, when its due date
 * passed unremediated, and every change kept in order (finding_events) for those who may see the
 * finding. Findings answered before this keep their answer as their status.
 */
export class FindingLifecycle1795400000010 implements MigrationInterface {
  name = 'FindingLifecycle1795400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE findings
        ADD COLUMN status varchar(20) NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'ACKNOWLEDGED', 'FIXED', 'DISPUTED', 'VERIFIED_FIXED', 'REOPENED', 'CLOSED')),
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN overdue_since timestamptz,
        ADD COLUMN updated_at timestamptz`);
    await queryRunner.query(`UPDATE findings SET status = response_status WHERE response_status IS NOT NULL`);
    await queryRunner.query(`UPDATE findings SET updated_at = coalesce(responded_at, recorded_at)`);
    await queryRunner.query(`ALTER TABLE findings ALTER COLUMN updated_at SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX findings_overdue ON findings (engagement_id) WHERE overdue_since IS NOT NULL AND status NOT IN ('VERIFIED_FIXED', 'CLOSED')`);
    await queryRunner.query(`
      CREATE TABLE finding_events (
        finding_id uuid NOT NULL REFERENCES findings (id),
        version integer NOT NULL,
        engagement_id uuid NOT NULL,
        type varchar(20) NOT NULL,
        from_status varchar(20) NOT NULL,
        to_status varchar(20) NOT NULL,
        actor_sub varchar(200) NOT NULL,
        occurred_at timestamptz NOT NULL,
        note_sealed text,
        details jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (finding_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE finding_events`);
    await queryRunner.query(`DROP INDEX findings_overdue`);
    await queryRunner.query(`ALTER TABLE findings DROP COLUMN updated_at, DROP COLUMN overdue_since, DROP COLUMN version, DROP COLUMN status`);
  }
}
