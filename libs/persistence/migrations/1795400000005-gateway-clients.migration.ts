import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Developers' gateway clients: machine credentials registered at the IdP by the API (RFC 7591), one
 * organization each. A revoked client, or one whose rotation grace has run out, is refused by the API
 * whatever tokens the IdP still issues it.
 */
export class GatewayClients1795400000005 implements MigrationInterface {
  name = 'GatewayClients1795400000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE gateway_clients (
        client_id text PRIMARY KEY,
        org text NOT NULL,
        name text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        replaces text REFERENCES gateway_clients (client_id),
        retires_at timestamptz,
        revoked_at timestamptz,
        revoked_by text
      )`);
    await queryRunner.query(`CREATE INDEX gateway_clients_by_org ON gateway_clients (org, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE gateway_clients`);
  }
}
