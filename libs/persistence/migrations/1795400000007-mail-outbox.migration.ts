import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices to mail, written in the same transaction as the inbox entries they go with, and sent by the
 * worker until the mail server takes them. A row names its recipient (a person, or the security contact
 * an inquiry gave), never an address: the address is looked up when it is sent.
 */
export class MailOutbox1795400000007 implements MigrationInterface {
  name = 'MailOutbox1795400000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY,
        notice_key text NOT NULL,
        recipient text NOT NULL,
        kind text NOT NULL,
        engagement_id uuid NOT NULL,
        due_at timestamptz,
        link text NOT NULL,
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        sent_at timestamptz,
        last_error text,
        CONSTRAINT mail_outbox_once UNIQUE (notice_key, recipient)
      )`);
    await queryRunner.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mail_outbox`);
  }
}
