import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: each organization's endpoints, with their signing secrets sealed, and one delivery per notice
 * and endpoint, written in the same transaction as the notice's inbox entries and handed to a Temporal
 * workflow that retries it. A notice may now be about an organization rather than an engagement (a
 * webhook turned off), so an inbox entry's and a mail's engagement may be absent.
 */
export class Webhooks1795400000009 implements MigrationInterface {
  name = 'Webhooks1795400000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        org text NOT NULL,
        url text NOT NULL,
        kinds text[] NOT NULL,
        secret_sealed text NOT NULL,
        previous_secret_sealed text,
        previous_until timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        last_success_at timestamptz,
        failing_since timestamptz,
        disabled_at timestamptz,
        disabled_reason text,
        deleted_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX webhook_endpoints_by_org ON webhook_endpoints (org, created_at) WHERE deleted_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id),
        notice_key text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        started boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_attempt_at timestamptz,
        last_error text,
        delivered_at timestamptz,
        failed_at timestamptz,
        CONSTRAINT webhook_deliveries_once UNIQUE (endpoint_id, notice_key)
      )`);
    await queryRunner.query(`CREATE INDEX webhook_deliveries_to_start ON webhook_deliveries (created_at) WHERE NOT started`);
    await queryRunner.query(`CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC)`);
    await queryRunner.query(`ALTER TABLE inbox_items ALTER COLUMN engagement_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE mail_outbox ALTER COLUMN engagement_id DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM mail_outbox WHERE engagement_id IS NULL`);
    await queryRunner.query(`DELETE FROM inbox_items WHERE engagement_id IS NULL`);
    await queryRunner.query(`ALTER TABLE mail_outbox ALTER COLUMN engagement_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE inbox_items ALTER COLUMN engagement_id SET NOT NULL`);
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
    await queryRunner.query(`DROP TABLE webhook_endpoints`);
  }
}
