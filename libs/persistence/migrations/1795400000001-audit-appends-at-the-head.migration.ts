import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events are appended at the head of the chain and nowhere else: every INSERT must continue the
 * chain exactly (the next sequence numbers, each linking to the hash before it), and the database itself
 * then moves the head. The application's role can no longer move the head, nor insert an event at a
 * sequence number of its choosing to wedge later appends.
 */
export class AuditAppendsAtTheHead1795400000001 implements MigrationInterface {
  name = 'AuditAppendsAtTheHead1795400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION audit_events_extend_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        first_seq bigint;
        last_seq bigint;
        added_count bigint;
        unlinked bigint;
      BEGIN
        SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        SELECT min(seq), max(seq), count(*) INTO first_seq, last_seq, added_count FROM added;
        IF first_seq <> head_seq + 1 OR last_seq <> head_seq + added_count THEN
          RAISE EXCEPTION 'audit events are appended at the head of the chain: the next is % (got % to %)', head_seq + 1, first_seq, last_seq
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        SELECT seq INTO unlinked FROM (
          SELECT seq, prev_hash, lag(hash, 1, head_hash) OVER (ORDER BY seq) AS expected FROM added
        ) linked WHERE prev_hash <> expected ORDER BY seq LIMIT 1;
        IF unlinked IS NOT NULL THEN
          RAISE EXCEPTION 'audit event % does not link to the event before it', unlinked USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        UPDATE audit_chain_head SET seq = last_seq, hash = (SELECT hash FROM added WHERE seq = last_seq) WHERE id = 1;
        RETURN NULL;
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_events_extend_chain AFTER INSERT ON audit_events REFERENCING NEW TABLE AS added
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_extend_chain()`);
    await queryRunner.query(`REVOKE UPDATE, INSERT, DELETE, TRUNCATE ON audit_chain_head FROM frontier_app`);
    // Appenders still lock the head row (SELECT ... FOR UPDATE needs UPDATE on some column): only on id,
    // which the head's forward-only trigger never lets change.
    await queryRunner.query(`GRANT UPDATE (id) ON audit_chain_head TO frontier_app`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE UPDATE (id) ON audit_chain_head FROM frontier_app`);
    await queryRunner.query(`GRANT UPDATE ON audit_chain_head TO frontier_app`);
    await queryRunner.query(`DROP TRIGGER audit_events_extend_chain ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_extend_chain()`);
  }
}
