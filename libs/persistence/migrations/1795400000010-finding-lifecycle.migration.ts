import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finding's life: its status (from OPEN to CLOSED), a version counting its changes, when its due date
 * passed unremediated, and every change kept in order (finding_events) for those who may see the
 * finding; whether the developer shared it with the clearinghouse (and under which TLP label), and what
 * the clearinghouse made of it. Findings answered before this keep their answer as their status.
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
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN shared_at timestamptz,
        ADD COLUMN shared_by varchar(200),
        ADD COLUMN tlp varchar(10) CHECK (tlp IN ('RED', 'AMBER', 'GREEN', 'WHITE')),
        ADD COLUMN validation_outcome varchar(20) CHECK (validation_outcome IN ('VALIDATED', 'DUPLICATE_OF', 'NOT_REPRODUCIBLE')),
        ADD COLUMN validation_note_sealed text,
        ADD COLUMN validated_by varchar(200),
        ADD COLUMN validated_at timestamptz,
        ADD COLUMN duplicate_of uuid REFERENCES findings (id)`);
    await queryRunner.query(`UPDATE findings SET status = response_status WHERE response_status IS NOT NULL`);
    await queryRunner.query(`UPDATE findings SET updated_at = coalesce(responded_at, recorded_at)`);
    await queryRunner.query(`ALTER TABLE findings ALTER COLUMN updated_at SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX findings_overdue ON findings (engagement_id) WHERE overdue_since IS NOT NULL AND status NOT IN ('VERIFIED_FIXED', 'CLOSED')`);
    await queryRunner.query(`CREATE INDEX findings_shared ON findings (shared_at DESC, id) WHERE shared_at IS NOT NULL`);
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
    await queryRunner.query(`DROP INDEX findings_shared`);
    await queryRunner.query(`DROP INDEX findings_overdue`);
    await queryRunner.query(`
      ALTER TABLE findings
        DROP COLUMN duplicate_of, DROP COLUMN validated_at, DROP COLUMN validated_by, DROP COLUMN validation_note_sealed,
        DROP COLUMN validation_outcome, DROP COLUMN tlp, DROP COLUMN shared_by, DROP COLUMN shared_at,
        DROP COLUMN updated_at, DROP COLUMN overdue_since, DROP COLUMN version, DROP COLUMN status`);
  }
}
