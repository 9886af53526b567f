import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Receipts name the command that wrote them, so a retried write is told apart from a different
 * command at the same version. The chain head may only move forward: rolling it back would hide
 * the tail of the audit chain from verification.
 */
export class ReceiptCommandsAndMonotonicChainHead1795319589810 implements MigrationInterface {
  name = 'ReceiptCommandsAndMonotonicChainHead1795319589810';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity_receipts" ADD "command_id" character varying(300)`);
    await queryRunner.query(`CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.id <> OLD.id OR NEW.seq < OLD.seq OR (NEW.seq = OLD.seq AND NEW.hash <> OLD.hash) THEN
          RAISE EXCEPTION 'audit_chain_head only moves forward' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE ON audit_chain_head
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_chain_head_forward_only ON audit_chain_head`);
    await queryRunner.query(`DROP FUNCTION audit_chain_head_forward_only()`);
    await queryRunner.query(`ALTER TABLE "activity_receipts" DROP COLUMN "command_id"`);
  }
}
