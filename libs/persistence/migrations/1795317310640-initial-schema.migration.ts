import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795317310640 implements MigrationInterface {
    name = 'InitialSchema1795317310640'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "activity_receipts" ("key" character varying(300) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a5c75e4e43da2c3fd873c934d1c" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "attestations" ("engagement_id" uuid NOT NULL, "sub" character varying(200) NOT NULL, "capacity" character varying(20) NOT NULL, "attested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "statement_sealed" text, CONSTRAINT "PK_e37a6eafc55b339d9fab0172385" PRIMARY KEY ("engagement_id", "sub"))`);
        await queryRunner.query(`CREATE TABLE "audit_chain_head" ("id" smallint NOT NULL, "seq" bigint NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_9211408bf584034de409b1bbec5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_events" ("seq" bigint NOT NULL, "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_sub" character varying(200) NOT NULL, "actor_roles" jsonb NOT NULL, "action" character varying(80) NOT NULL, "engagement_id" uuid, "subject_type" character varying(40) NOT NULL, "subject_id" character varying(200) NOT NULL, "outcome" character varying(40) NOT NULL, "details" jsonb NOT NULL, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_6e299f5706e715265416fefe53e" PRIMARY KEY ("seq"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_events_id" ON "audit_events"  ("id") `);
        await queryRunner.query(`CREATE INDEX "audit_events_by_engagement" ON "audit_events"  ("engagement_id", "seq") `);
        await queryRunner.query(`CREATE TABLE "benchmark_results" ("id" uuid NOT NULL, "engagement_id" uuid NOT NULL, "reference" character varying(100) NOT NULL, "digest" character varying(71) NOT NULL, "summary_sealed" text NOT NULL, "recorded_by" character varying(200) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_43a7ff4d4845e8cc89690b5614a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "benchmark_results_by_engagement" ON "benchmark_results"  ("engagement_id", "recorded_at") `);
        await queryRunner.query(`CREATE TABLE "engagements" ("id" uuid NOT NULL, "developer_org" character varying(200) NOT NULL, "submitted_by" character varying(200) NOT NULL, "model_name" character varying(200) NOT NULL, "model_version" character varying(100) NOT NULL, "capability_summary_sealed" text NOT NULL, "contact_email_sealed" text NOT NULL, "planned_release_date" date, "stage" character varying(40) NOT NULL, "version" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "determination_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "overdue" boolean NOT NULL DEFAULT false, "recommendation_outcome" character varying(20), "recommendation_rationale_sealed" text, "recommended_by" character varying(200), "recommended_at" TIMESTAMP WITH TIME ZONE, "determination_outcome" character varying(20), "determination_rationale_sealed" text, "determined_by" character varying(200), "determined_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason_sealed" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "engagements_developer_org" ON "engagements"  ("developer_org", "submitted_at") `);
        await queryRunner.query(`CREATE INDEX "engagements_list_order" ON "engagements"  ("submitted_at", "id") `);
        await queryRunner.query(`CREATE TABLE "idempotency_records" ("caller_sub" character varying(200) NOT NULL, "idempotency_key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "state" character varying(10) NOT NULL, "status_code" integer, "response_sealed" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_008a2d9128c6ea8805ce5dae787" PRIMARY KEY ("caller_sub", "idempotency_key"))`);
        await queryRunner.query(`CREATE INDEX "idempotency_records_expiry" ON "idempotency_records"  ("expires_at") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("key" character varying(300) NOT NULL, "kind" character varying(60) NOT NULL, "engagement_id" uuid, "recipients" jsonb NOT NULL, "subject" character varying(300) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d51d565cc502858700f21071677" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "notifications_by_engagement" ON "notifications"  ("engagement_id", "sent_at") `);
        await queryRunner.query(`CREATE TABLE "engagement_reviewers" ("engagement_id" uuid NOT NULL, "reviewer_sub" character varying(200) NOT NULL, "assigned_by" character varying(200) NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_56716bc72fc27c946ba1b0ab9eb" PRIMARY KEY ("engagement_id", "reviewer_sub"))`);
        await queryRunner.query(`CREATE INDEX "engagement_reviewers_by_reviewer" ON "engagement_reviewers"  ("reviewer_sub") `);
        await queryRunner.query(`CREATE TABLE "engagement_timeline" ("engagement_id" uuid NOT NULL, "version" integer NOT NULL, "event_type" character varying(40) NOT NULL, "from_stage" character varying(40), "to_stage" character varying(40) NOT NULL, "actor_sub" character varying(200) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a20259ef80dc1c8548e065babb9" PRIMARY KEY ("engagement_id", "version"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "engagement_timeline"`);
        await queryRunner.query(`DROP INDEX "public"."engagement_reviewers_by_reviewer"`);
        await queryRunner.query(`DROP TABLE "engagement_reviewers"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_by_engagement"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."idempotency_records_expiry"`);
        await queryRunner.query(`DROP TABLE "idempotency_records"`);
        await queryRunner.query(`DROP INDEX "public"."engagements_list_order"`);
        await queryRunner.query(`DROP INDEX "public"."engagements_developer_org"`);
        await queryRunner.query(`DROP TABLE "engagements"`);
        await queryRunner.query(`DROP INDEX "public"."benchmark_results_by_engagement"`);
        await queryRunner.query(`DROP TABLE "benchmark_results"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_by_engagement"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_id"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
        await queryRunner.query(`DROP TABLE "audit_chain_head"`);
        await queryRunner.query(`DROP TABLE "attestations"`);
        await queryRunner.query(`DROP TABLE "activity_receipts"`);
    }

}
