import { MigrationInterface, QueryRunner } from "typeorm";

export class TrustedPartners1795321321248 implements MigrationInterface {
    name = 'TrustedPartners1795321321248'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "grants" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "nomination_id" uuid NOT NULL, "partner_id" character varying(100) NOT NULL, "sector" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "scopes" jsonb NOT NULL, "duration_days" integer NOT NULL, "access_ends_at" TIMESTAMP WITH TIME ZONE, "accept_by" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_terms_version" character varying(50), "accepted_at" TIMESTAMP WITH TIME ZONE, "activated_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" character varying(30), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a25f5f89eff8b3277f7969b7094" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "grants_by_nomination" ON "grants"  ("nomination_id", "id") `);
        await queryRunner.query(`CREATE INDEX "grants_by_engagement_status" ON "grants"  ("engagement_id", "status") `);
        await queryRunner.query(`CREATE INDEX "grants_by_partner" ON "grants"  ("partner_id", "id") `);
        await queryRunner.query(`CREATE INDEX "grants_by_engagement" ON "grants"  ("engagement_id", "id") `);
        await queryRunner.query(`CREATE TABLE "nomination_partners" ("nomination_id" uuid NOT NULL, "partner_id" character varying(100) NOT NULL, CONSTRAINT "PK_d9f799cbf530ecc1affb101a3cc" PRIMARY KEY ("nomination_id", "partner_id"))`);
        await queryRunner.query(`CREATE TABLE "nominations" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "side" character varying(20) NOT NULL, "nominated_by" character varying(200) NOT NULL, "nominated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "duration_days" integer NOT NULL, "access_ends_at" TIMESTAMP WITH TIME ZONE, "scopes" jsonb NOT NULL, "filter" jsonb, "partner_count" integer NOT NULL, "decided_by" character varying(200), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_94d2a23f18ea8e3b22d1ec6e972" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "nominations_by_engagement" ON "nominations"  ("engagement_id", "nominated_at") `);
        await queryRunner.query(`CREATE TABLE "partner_terms" ("engagement_id" uuid NOT NULL, "version" character varying(50) NOT NULL, "text" text NOT NULL, "hash" character(64) NOT NULL, "published_by" character varying(200) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8e3017a0bf972c9ed4b86d0cbcc" PRIMARY KEY ("engagement_id", "version"))`);
        await queryRunner.query(`CREATE TABLE "partners" ("id" character varying(100) NOT NULL, "name" character varying(300) NOT NULL, "sector" character varying(40) NOT NULL, "state" character(2) NOT NULL, "status" character varying(20) NOT NULL, "contacts_sealed" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "partners_selection" ON "partners"  ("sector", "state", "status") `);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "current_terms_version" character varying(50)`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "partner_access_endpoint" character varying(2048)`);
        await queryRunner.query(`ALTER TABLE "access_tokens" ADD "grant_id" uuid`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "access_tokens" DROP COLUMN "grant_id"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "partner_access_endpoint"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "current_terms_version"`);
        await queryRunner.query(`DROP INDEX "public"."partners_selection"`);
        await queryRunner.query(`DROP TABLE "partners"`);
        await queryRunner.query(`DROP TABLE "partner_terms"`);
        await queryRunner.query(`DROP INDEX "public"."nominations_by_engagement"`);
        await queryRunner.query(`DROP TABLE "nominations"`);
        await queryRunner.query(`DROP TABLE "nomination_partners"`);
        await queryRunner.query(`DROP INDEX "public"."grants_by_engagement"`);
        await queryRunner.query(`DROP INDEX "public"."grants_by_partner"`);
        await queryRunner.query(`DROP INDEX "public"."grants_by_engagement_status"`);
        await queryRunner.query(`DROP INDEX "public"."grants_by_nomination"`);
        await queryRunner.query(`DROP TABLE "grants"`);
    }

}
