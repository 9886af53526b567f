import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices: each person's inbox, and how far through the audit log the worker has made notices. Notices
 * are made from audit events in sequence order (the chain's order, which is commit order), once per
 * event, kind and person. Made from here on: the cursor starts at the chain's head as it stands.
 */
export class Notices1795400000006 implements MigrationInterface {
  name = 'Notices1795400000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inbox_items (
        id uuid PRIMARY KEY,
        notice_key text NOT NULL,
        sub text NOT NULL,
        kind text NOT NULL,
        engagement_id uuid NOT NULL,
        subject_id text,
        due_at timestamptz,
        link text NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        CONSTRAINT inbox_items_once UNIQUE (notice_key, sub)
      )`);
    await queryRunner.query(`CREATE INDEX inbox_items_by_person ON inbox_items (sub, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX inbox_items_unread ON inbox_items (sub) WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE TABLE notice_cursor (id smallint PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO notice_cursor (id, seq) SELECT 1, seq FROM audit_chain_head WHERE id = 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notice_cursor`);
    await queryRunner.query(`DROP TABLE inbox_items`);
  }
}
