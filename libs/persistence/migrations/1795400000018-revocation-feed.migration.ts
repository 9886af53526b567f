import { MigrationInterface, QueryRunner } from 'typeorm';

/** The revocation feed asks what ended since a moment, every second or so per gateway: each question is an index range. */
export class RevocationFeed1795400000018 implements MigrationInterface {
  name = 'RevocationFeed1795400000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX grants_ended ON grants (ended_at) WHERE ended_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX engagements_window_ended ON engagements (window_ended_at) WHERE window_ended_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX engagement_reviewers_ended ON engagement_reviewers (ended_at) WHERE ended_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX people_disabled ON people (disabled_at) WHERE disabled_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX access_tokens_by_subject ON access_tokens (subject_sub, expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['access_tokens_by_subject', 'people_disabled', 'engagement_reviewers_ended', 'engagements_window_ended', 'grants_ended']) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
  }
}
