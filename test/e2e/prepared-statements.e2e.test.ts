import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { AuditRepository, createDataSource, EngagementRepository } from '#persistence';

import { stack } from '../support/stack';

interface PreparedHere {
  readonly name: string;
  readonly statement: string;
  readonly runs: number;
}

/** One connection, so every statement runs in the session whose prepared statements `pg_prepared_statements` lists. */
const oneConnection = (): DataSource => createDataSource({ url: stack().appEnv['DATABASE_URL']!, poolSize: 1, applicationName: 'prepared-statements-test' });

describe('hot reads prepared once per connection', () => {
  let dataSource: DataSource;
  let engagements: EngagementRepository;

  beforeAll(async () => {
    dataSource = oneConnection();
    await dataSource.initialize();
    engagements = new EngagementRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  const preparedHere = (): Promise<PreparedHere[]> =>
    dataSource.query<PreparedHere[]>('SELECT name, statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements');

  it('the detail read is parsed and planned once, then each run only executes it', async () => {
    for (let run = 0; run < 3; run++) {
      expect(await engagements.findDetail(randomUUID())).toBeNull();
    }
    const detail = (await preparedHere()).filter((row) => row.statement.includes('engagement_timeline') && row.statement.includes('json_object_agg'));
    // Named for traces (pg spans carry a prepared statement's name), and run three times on one plan cache entry.
    expect(detail).toEqual([
      {
        name: expect.stringMatching(/^engagement-detail-[0-9a-f]{12}$/) as unknown,
        statement: expect.stringMatching(/^\/\* prepared engagement-detail \*\/ /) as unknown,
        runs: 3,
      },
    ]);
  });

  it('the audit trail page is prepared as well, and answers the same', async () => {
    const audit = new AuditRepository(dataSource);
    const engagementId = randomUUID();
    await expect(audit.listForEngagement(engagementId, 0, 26)).resolves.toEqual([]);
    await expect(audit.listForEngagement(engagementId, 0, 26)).resolves.toEqual([]);
    const trail = (await preparedHere()).filter((row) => row.statement.includes('FROM audit_events WHERE engagement_id = $1'));
    expect(trail.map((row) => [row.name.replace(/-[0-9a-f]{12}$/, ''), row.runs])).toEqual([['audit-trail-page', 2]]);
  });

  it('a statement not marked is not kept', async () => {
    await dataSource.query('SELECT $1::int AS unmarked', [1]);
    await dataSource.query('SELECT $1::int AS unmarked', [2]);
    expect((await preparedHere()).filter((row) => row.statement.includes('unmarked'))).toEqual([]);
  });

  it('a marked statement first met in a failed transaction is prepared afterwards, not taken as prepared', async () => {
    const fresh = oneConnection();
    await fresh.initialize();
    try {
      const repository = new EngagementRepository(fresh);
      // The transaction is aborted before the roster read is first parsed, so PostgreSQL refuses its Parse.
      await expect(
        fresh.transaction(async (tx) => {
          await tx.query('SELECT 1 / 0').catch(() => undefined);
          await repository.findRoster(randomUUID(), tx);
        }),
      ).rejects.toThrow(/current transaction is aborted/);
      await expect(repository.findRoster(randomUUID())).resolves.toBeNull();
      await expect(repository.findRoster(randomUUID())).resolves.toBeNull();
    } finally {
      await fresh.destroy();
    }
  });
});
