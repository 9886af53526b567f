import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail searched across the program: by who acted, by what they did, and by when, each in chain order. */
export class AuditSearch1795400000012 implements MigrationInterface {
  name = 'AuditSearch1795400000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audit_events_by_actor ON audit_events (actor_sub, seq)`);
    await queryRunner.query(`CREATE INDEX audit_events_by_action ON audit_events (action, seq)`);
    await queryRunner.query(`CREATE INDEX audit_events_by_time ON audit_events (occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_events_by_time`);
    await queryRunner.query(`DROP INDEX audit_events_by_action`);
    await queryRunner.query(`DROP INDEX audit_events_by_actor`);
  }
}
