import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing keys are published before they sign: a rotation adds a key that activates a little later,
 * so gateways that cache the JWKS already hold it when the first token it signed arrives. Which key
 * is current, previous or upcoming follows from activation times, so no status column is needed.
 */
export class StagedSigningKeys1795321321249 implements MigrationInterface {
  name = 'StagedSigningKeys1795321321249';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signing_keys" ADD "activates_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "signing_keys" SET "activates_at" = "created_at"`);
    await queryRunner.query(`ALTER TABLE "signing_keys" ALTER COLUMN "activates_at" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "signing_keys_by_activation" ON "signing_keys" ("activates_at")`);
    await queryRunner.query(`DROP INDEX "public"."signing_keys_one_current"`);
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP COLUMN "retired_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "signing_keys" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "signing_keys" ADD "status" character varying(10) NOT NULL DEFAULT 'RETIRED'`);
    await queryRunner.query(
      `UPDATE "signing_keys" SET "status" = 'CURRENT' WHERE "kid" = (SELECT "kid" FROM "signing_keys" WHERE "activates_at" <= now() ORDER BY "activates_at" DESC LIMIT 1)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "signing_keys_one_current" ON "signing_keys" ("status") WHERE "status" = 'CURRENT'`);
    await queryRunner.query(`DROP INDEX "public"."signing_keys_by_activation"`);
    await queryRunner.query(`ALTER TABLE "signing_keys" DROP COLUMN "activates_at"`);
  }
}
