import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultation on determinations: a designation authority asks another government organization a question
 * (sealed) by a deadline; a designation authority of that organization answers, concurring or not, with a
 * note (sealed). The engagement's workflow decides; this is its read model.
 */
export class Consultations1795400000015 implements MigrationInterface {
  name = 'Consultations1795400000015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY,
        engagement_id uuid NOT NULL REFERENCES engagements (id),
        organization text NOT NULL,
        question_sealed text NOT NULL,
        answer_by timestamptz NOT NULL,
        asked_by text NOT NULL,
        asked_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ANSWERED')),
        concurs boolean,
        note_sealed text,
        answered_by text,
        answered_at timestamptz,
        CHECK ((status = 'ANSWERED') = (concurs IS NOT NULL AND answered_by IS NOT NULL AND answered_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX consultations_by_engagement ON consultations (engagement_id, asked_at, id)`);
    await queryRunner.query(`CREATE INDEX consultations_by_organization ON consultations (organization, asked_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consultations`);
  }
}
