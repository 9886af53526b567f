import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Remediation notices: what a developer tells trusted partners to update to (version, digest, urgency,
 * instruction sealed), the findings it remedies (never shown to partners), and each partner's
 * acknowledgement. Partner reports: problems a partner with an active grant found, sealed like findings,
 * shared with the clearinghouse only by the developer.
 */
export class RemediationNoticesAndPartnerReports1795400000011 implements MigrationInterface {
  name = 'RemediationNoticesAndPartnerReports1795400000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE remediation_notices (
        id uuid PRIMARY KEY,
        engagement_id uuid NOT NULL REFERENCES engagements (id),
        fixed_version varchar(100) NOT NULL,
        artifact_digest varchar(71) NOT NULL,
        urgency varchar(10) NOT NULL CHECK (urgency IN ('IMMEDIATE', 'HIGH', 'MODERATE', 'ROUTINE')),
        instruction_sealed text NOT NULL,
        finding_ids uuid[] NOT NULL,
        published_by varchar(200) NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX remediation_notices_by_engagement ON remediation_notices (engagement_id, published_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE remediation_acknowledgements (
        notice_id uuid NOT NULL REFERENCES remediation_notices (id),
        partner_id text NOT NULL,
        grant_id uuid NOT NULL,
        acknowledged_by varchar(200) NOT NULL,
        acknowledged_at timestamptz NOT NULL,
        PRIMARY KEY (notice_id, partner_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE partner_reports (
        id uuid PRIMARY KEY,
        engagement_id uuid NOT NULL REFERENCES engagements (id),
        grant_id uuid NOT NULL,
        partner_id text NOT NULL,
        title_sealed text NOT NULL,
        description_sealed text NOT NULL,
        severity varchar(10) NOT NULL CHECK (severity IN ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
        reported_by varchar(200) NOT NULL,
        reported_at timestamptz NOT NULL,
        shared_at timestamptz,
        shared_by varchar(200)
      )`);
    await queryRunner.query(`CREATE INDEX partner_reports_by_engagement ON partner_reports (engagement_id, reported_at)`);
    await queryRunner.query(`CREATE INDEX partner_reports_by_grant ON partner_reports (grant_id, reported_at)`);
    await queryRunner.query(`CREATE INDEX partner_reports_shared ON partner_reports (shared_at DESC, id) WHERE shared_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partner_reports`);
    await queryRunner.query(`DROP TABLE remediation_acknowledgements`);
    await queryRunner.query(`DROP TABLE remediation_notices`);
  }
}
