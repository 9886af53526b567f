import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application's privileges, and the audit log's immutability, enforced by the database.
 *
 * `frontier_app` is a NOLOGIN group role: deployments create the login the API and worker use and
 * grant it this role (the local stack does so for `frontier_api`). It may read and write everything
 * it needs, but may only INSERT audit events: no UPDATE, DELETE or TRUNCATE, and a trigger refuses
 * those to every role, owners included. Only a superuser who disables triggers can tamper, and the
 * hash chain then names the event they touched.
 */
export class AppRoleAndAuditGuards1795317310641 implements MigrationInterface {
  name = 'AppRoleAndAuditGuards1795317310641';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frontier_app') THEN
        CREATE ROLE frontier_app NOLOGIN;
      END IF;
    END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO frontier_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frontier_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frontier_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO frontier_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO frontier_app`);
    await queryRunner.query(`REVOKE ALL ON schema_migrations FROM frontier_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM frontier_app`);

    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);

    // The chain's head starts at the genesis hash; appenders lock this row to extend the chain.
    await queryRunner.query(`INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64))`);
    await queryRunner.query(`CREATE FUNCTION audit_chain_head_single_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_chain_head holds exactly one row' USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_chain_head_no_insert_or_delete BEFORE INSERT OR DELETE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_single_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_chain_head_no_insert_or_delete ON audit_chain_head`);
    await queryRunner.query(`DROP FUNCTION audit_chain_head_single_row()`);
    await queryRunner.query(`DELETE FROM audit_chain_head`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_truncate ON audit_events`);
    await queryRunner.query(`DROP TRIGGER audit_events_no_update_or_delete ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM frontier_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM frontier_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM frontier_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM frontier_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM frontier_app`);
  }
}
