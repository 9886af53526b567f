import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The developer's gateways, the partner terms' text and the free-text reasons for revoking grants are
 * confidential like the other text, so they are kept sealed: new `_sealed` columns, written from now on.
 * What the plaintext columns still hold is sealed by the API as it starts (LegacyPlaintextSealer), which
 * then empties them; a later migration drops them.
 */
export class SealedEndpointsTermsAndNotes1795400000002 implements MigrationInterface {
  name = 'SealedEndpointsTermsAndNotes1795400000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE engagements ADD COLUMN window_access_endpoint_sealed text, ADD COLUMN partner_access_endpoint_sealed text`);
    await queryRunner.query(`ALTER TABLE partner_terms ADD COLUMN text_sealed text, ALTER COLUMN text DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE grants ADD COLUMN end_note_sealed text`);
    await queryRunner.query(`ALTER TABLE engagement_timeline ADD COLUMN note_sealed text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE engagement_timeline DROP COLUMN note_sealed`);
    await queryRunner.query(`ALTER TABLE grants DROP COLUMN end_note_sealed`);
    await queryRunner.query(`ALTER TABLE partner_terms DROP COLUMN text_sealed`);
    await queryRunner.query(`ALTER TABLE engagements DROP COLUMN window_access_endpoint_sealed, DROP COLUMN partner_access_endpoint_sealed`);
  }
}
