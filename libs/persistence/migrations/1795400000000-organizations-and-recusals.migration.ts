import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations have a kind, which bounds the roles their people hold; every partner in the registry is a
 * PARTNER organization (a composite key makes it so, and keeps such an organization's kind from changing).
 * Reviewer assignments can end (unassigned or recused), and recusals are kept with their sealed reason.
 */
export class OrganizationsAndRecusals1795400000000 implements MigrationInterface {
  name = 'OrganizationsAndRecusals1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organizations" ("id" character varying(200) NOT NULL, "name" character varying(300) NOT NULL, "kind" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_organizations" PRIMARY KEY ("id"), CONSTRAINT "UQ_organizations_id_kind" UNIQUE ("id", "kind"), CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('AI_DEVELOPER', 'GOVERNMENT', 'PARTNER')))`);
    await queryRunner.query(`INSERT INTO "organizations" ("id", "name", "kind", "created_at", "updated_at") SELECT "id", "name", 'PARTNER', "created_at", "updated_at" FROM "partners"`);
    await queryRunner.query(`INSERT INTO "organizations" ("id", "name", "kind", "created_at", "updated_at")
      SELECT DISTINCT "developer_org", "developer_org", 'AI_DEVELOPER', now(), now() FROM "engagements" e
      WHERE NOT EXISTS (SELECT 1 FROM "organizations" o WHERE o."id" = e."developer_org")`);
    await queryRunner.query(`ALTER TABLE "partners" ADD "organization_kind" character varying(20) NOT NULL DEFAULT 'PARTNER'`);
    await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "CHK_partners_organization_kind" CHECK ("organization_kind" = 'PARTNER')`);
    await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_partners_organization" FOREIGN KEY ("id", "organization_kind") REFERENCES "organizations"("id", "kind")`);

    await queryRunner.query(`ALTER TABLE "engagement_reviewers" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "engagement_reviewers" ADD "end_reason" character varying(20)`);
    await queryRunner.query(`CREATE TABLE "recusals" ("engagement_id" uuid NOT NULL, "sub" character varying(200) NOT NULL, "capacity" character varying(20) NOT NULL, "reason_sealed" text NOT NULL, "recused_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_recusals" PRIMARY KEY ("engagement_id", "sub"))`);
    await queryRunner.query(`CREATE INDEX "recusals_by_sub" ON "recusals" ("sub")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."recusals_by_sub"`);
    await queryRunner.query(`DROP TABLE "recusals"`);
    await queryRunner.query(`ALTER TABLE "engagement_reviewers" DROP COLUMN "end_reason"`);
    await queryRunner.query(`ALTER TABLE "engagement_reviewers" DROP COLUMN "ended_at"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_partners_organization"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "CHK_partners_organization_kind"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "organization_kind"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
