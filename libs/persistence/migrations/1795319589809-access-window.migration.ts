import { MigrationInterface, QueryRunner } from "typeorm";

export class AccessWindow1795319589809 implements MigrationInterface {
    name = 'AccessWindow1795319589809'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "access_tokens" ("jti" uuid NOT NULL, "engagement_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "subject_sub" character varying(200) NOT NULL, "subject_org" character varying(200) NOT NULL, "scope" character varying(200) NOT NULL, "kid" character varying(64) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_28772cc8c3cd0a9d22318e07804" PRIMARY KEY ("jti"))`);
        await queryRunner.query(`CREATE INDEX "access_tokens_by_engagement" ON "access_tokens"  ("engagement_id", "issued_at") `);
        await queryRunner.query(`CREATE TABLE "findings" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "title_sealed" text NOT NULL, "description_sealed" text NOT NULL, "cwe_ids" jsonb NOT NULL, "in_kev" boolean NOT NULL, "publicly_exposed" boolean NOT NULL, "automatable" boolean NOT NULL, "technical_impact" character varying(10) NOT NULL, "tier" character varying(4) NOT NULL, "remediation_due_at" TIMESTAMP WITH TIME ZONE, "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_status" character varying(20), "response_note_sealed" text, "responded_by" character varying(200), "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ae9807d6293c23c13ff8804d09c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "findings_by_engagement" ON "findings"  ("engagement_id", "recorded_at") `);
        await queryRunner.query(`CREATE TABLE "signing_keys" ("kid" character varying(64) NOT NULL, "alg" character varying(10) NOT NULL, "public_jwk" jsonb NOT NULL, "private_jwk_sealed" text NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_13362ac3e792c69417e1a53d355" PRIMARY KEY ("kid"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "signing_keys_one_current" ON "signing_keys"  ("status") WHERE "status" = 'CURRENT'`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_opened_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_closes_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_access_endpoint" character varying(2048)`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_artifact_digest" character varying(71)`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_ended_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "window_end_reason" character varying(20)`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "access_declined_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "released_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "engagements" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "closed_at"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "released_at"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "access_declined_at"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_end_reason"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_ended_at"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_artifact_digest"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_access_endpoint"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_closes_at"`);
        await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "window_opened_at"`);
        await queryRunner.query(`DROP INDEX "public"."signing_keys_one_current"`);
        await queryRunner.query(`DROP TABLE "signing_keys"`);
        await queryRunner.query(`DROP INDEX "public"."findings_by_engagement"`);
        await queryRunner.query(`DROP TABLE "findings"`);
        await queryRunner.query(`DROP INDEX "public"."access_tokens_by_engagement"`);
        await queryRunner.query(`DROP TABLE "access_tokens"`);
    }

}
