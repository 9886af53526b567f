import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Government-initiated requests: a program administrator asks a developer organization to open an inquiry
 * about a named model (sealed, with the note), by a deadline; the developer accepts (and the request names
 * the inquiry it became) or declines, or the deadline declines it.
 */
export class InquiryRequests1795400000013 implements MigrationInterface {
  name = 'InquiryRequests1795400000013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inquiry_requests (
        id uuid PRIMARY KEY,
        developer_org text NOT NULL,
        model_name_sealed text NOT NULL,
        note_sealed text NOT NULL,
        respond_by timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED')),
        version integer NOT NULL,
        requested_by text NOT NULL,
        created_at timestamptz NOT NULL,
        answered_by text,
        answered_at timestamptz,
        declined_by text CHECK (declined_by IN ('DEVELOPER', 'DEADLINE')),
        engagement_id uuid UNIQUE,
        CHECK ((status = 'ACCEPTED') = (engagement_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (declined_by IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX inquiry_requests_by_org ON inquiry_requests (developer_org, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX inquiry_requests_by_time ON inquiry_requests (created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inquiry_requests`);
  }
}
