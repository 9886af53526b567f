import { MigrationInterface, QueryRunner } from 'typeorm';

/** Model lineage: an inquiry may name the engagement of the model's previous version (its own organization's). */
export class ModelLineage1795400000014 implements MigrationInterface {
  name = 'ModelLineage1795400000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE engagements ADD COLUMN previous_engagement_id uuid REFERENCES engagements (id)`);
    await queryRunner.query(`CREATE INDEX engagements_by_previous ON engagements (previous_engagement_id) WHERE previous_engagement_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE engagements DROP COLUMN previous_engagement_id`);
  }
}
