import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reconsideration: the developer asks once, with a rationale (sealed), for a determination to be decided again.
 * The determination it reopened is kept beside the new one (its rationale sealed as it was).
 */
export class Reconsideration1795400000016 implements MigrationInterface {
  name = 'Reconsideration1795400000016';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE engagements
        ADD COLUMN reconsideration_requested_at timestamptz,
        ADD COLUMN reconsideration_requested_by varchar(200),
        ADD COLUMN reconsideration_rationale_sealed text,
        ADD COLUMN original_determination_outcome varchar(20),
        ADD COLUMN original_determination_rationale_sealed text,
        ADD COLUMN original_determined_by varchar(200),
        ADD COLUMN original_determined_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE engagements
        DROP COLUMN reconsideration_requested_at,
        DROP COLUMN reconsideration_requested_by,
        DROP COLUMN reconsideration_rationale_sealed,
        DROP COLUMN original_determination_outcome,
        DROP COLUMN original_determination_rationale_sealed,
        DROP COLUMN original_determined_by,
        DROP COLUMN original_determined_at`);
  }
}
