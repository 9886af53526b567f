import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each person's choice of the notice kinds not to be mailed (never a critical one; the inbox always has every kind). */
export class NoticePreferences1795400000008 implements MigrationInterface {
  name = 'NoticePreferences1795400000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notice_preferences (
        sub text PRIMARY KEY,
        email_off text[] NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notice_preferences`);
  }
}
