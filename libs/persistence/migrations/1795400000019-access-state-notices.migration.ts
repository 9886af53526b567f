import { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel the triggers below notify; libs/persistence AccessStateChanges listens on it. */
const CHANNEL = 'access_state';

/** Each table whose rows decide whether an issued access token is still good, and what a change to it names. */
const WATCHED: readonly { readonly table: string; readonly events: readonly ('INSERT' | 'UPDATE' | 'DELETE')[]; readonly names: 'engagement_id' | 'id' | 'all' }[] = [
  { table: 'grants', events: ['UPDATE', 'DELETE'], names: 'engagement_id' },
  { table: 'access_tokens', events: ['UPDATE', 'DELETE'], names: 'engagement_id' },
  { table: 'engagement_reviewers', events: ['INSERT', 'UPDATE', 'DELETE'], names: 'engagement_id' },
  { table: 'attestations', events: ['INSERT', 'UPDATE', 'DELETE'], names: 'engagement_id' },
  { table: 'engagements', events: ['UPDATE', 'DELETE'], names: 'id' },
  // A partner's verification is behind every grant it holds, in any engagement.
  { table: 'partners', events: ['UPDATE', 'DELETE'], names: 'all' },
];

const functionFor = (names: 'engagement_id' | 'id' | 'all'): string => `notify_access_state_${names}`;
const triggerFor = (table: string, event: string): string => `${table}_access_state_${event.toLowerCase()}`;

/**
 * A process that keeps token state in memory (introspection) learns of every committed change to it from
 * PostgreSQL itself: each statement that changes one of these tables notifies, at its commit, the ids of
 * the engagements it touched (once each, whatever the number of rows). Triggers rather than the writers,
 * so no path that ends access (a workflow's projection, the API's own endings, an operator's SQL) can
 * forget to say so.
 */
export class AccessStateNotices1795400000019 implements MigrationInterface {
  name = 'AccessStateNotices1795400000019';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const names of ['engagement_id', 'id'] as const) {
      // Inserted or deleted rows are `changed`; an update names the engagements of the rows before and after it.
      await queryRunner.query(`
        CREATE FUNCTION ${functionFor(names)}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${CHANNEL}', touched) FROM (SELECT DISTINCT ${names}::text AS touched FROM changed) AS s;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`
        CREATE FUNCTION ${functionFor(names)}_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${CHANNEL}', touched)
             FROM (SELECT ${names}::text AS touched FROM changed UNION SELECT ${names}::text FROM before) AS s;
          RETURN NULL;
        END $$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION ${functionFor('all')}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', '*');
        RETURN NULL;
      END $$`);
    for (const { table, events, names } of WATCHED) {
      for (const event of events) {
        // A statement-level trigger sees the rows it changed as transition tables (per event: PostgreSQL allows one).
        const referencing =
          names === 'all' ? '' : event === 'UPDATE' ? 'REFERENCING OLD TABLE AS before NEW TABLE AS changed' : `REFERENCING ${event === 'DELETE' ? 'OLD' : 'NEW'} TABLE AS changed`;
        const fn = names !== 'all' && event === 'UPDATE' ? `${functionFor(names)}_update` : functionFor(names);
        await queryRunner.query(`CREATE TRIGGER ${triggerFor(table, event)} AFTER ${event} ON ${table} ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      }
      // TRUNCATE has no transition table: it says anything may have changed.
      await queryRunner.query(`CREATE TRIGGER ${triggerFor(table, 'TRUNCATE')} AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${functionFor('all')}()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, events } of WATCHED) {
      for (const event of [...events, 'TRUNCATE']) {
        await queryRunner.query(`DROP TRIGGER ${triggerFor(table, event)} ON ${table}`);
      }
    }
    for (const names of ['engagement_id', 'id'] as const) {
      await queryRunner.query(`DROP FUNCTION ${functionFor(names)}_update()`);
    }
    for (const names of ['engagement_id', 'id', 'all'] as const) {
      await queryRunner.query(`DROP FUNCTION ${functionFor(names)}()`);
    }
  }
}
