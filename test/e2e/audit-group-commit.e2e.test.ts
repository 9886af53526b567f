import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { AuditEntry, AuditGroupCommit, AuditRepository, createDataSource, dataSourceOptions } from '#persistence';

import { asOwner, stack } from '../support/stack';
import { StatementRecorder } from '../support/statements';

const entry = (subjectId: string): AuditEntry => ({
  actorSub: 'group-commit-test',
  actorRoles: ['developer'],
  action: 'access_token.introspected',
  engagementId: null,
  subjectType: 'access_token',
  subjectId,
  outcome: 'INACTIVE',
  details: { active: false },
});

async function seqsOf(subjectIds: readonly string[]): Promise<number[]> {
  const rows = await asOwner((db) => db.query<{ seq: string }>('SELECT seq FROM audit_events WHERE subject_id = ANY($1) ORDER BY seq', [subjectIds]));
  return rows.rows.map((r) => Number(r.seq));
}

describe('the audit group commit', () => {
  let dataSource: DataSource;
  let group: AuditGroupCommit;

  beforeAll(async () => {
    dataSource = createDataSource({ url: stack().appEnv['DATABASE_URL']!, poolSize: 4, applicationName: 'group-commit-test' });
    await dataSource.initialize();
    group = new AuditGroupCommit(dataSource, new AuditRepository(dataSource));
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('writes every event of concurrent callers exactly once, in one unbroken run of the chain', async () => {
    const subjects = Array.from({ length: 200 }, () => `gc-${randomUUID()}`);
    await Promise.all(subjects.map((s) => group.append(entry(s))));
    const seqs = await seqsOf(subjects);
    expect(seqs).toHaveLength(200);
    expect(new Set(seqs).size).toBe(200);
  });

  it('callers arriving while a group commits go in the groups after it, each event written once, and the chain stays whole', async () => {
    const subjects: string[] = [];
    const writes: Promise<void>[] = [];
    // Twenty turns of the event loop, ten callers each: many groups, each gathered while the one before commits.
    for (let turn = 0; turn < 20; turn++) {
      const batch = Array.from({ length: 10 }, () => `gc-${randomUUID()}`);
      subjects.push(...batch);
      writes.push(...batch.map((s) => group.append(entry(s))));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(writes);
    const seqs = await seqsOf(subjects);
    expect(seqs).toHaveLength(200);
    expect(new Set(seqs).size).toBe(200);
    expect(await new AuditRepository(dataSource).verify()).toEqual(expect.objectContaining({ ok: true }));
  });

  it('an event the database refuses fails its own caller only: the others in its group are written, once each', async () => {
    const subjects = Array.from({ length: 5 }, () => `gc-${randomUUID()}`);
    // A subject id longer than its column: the group's transaction fails, then each event is tried alone.
    const outcomes = await Promise.allSettled([...subjects.map((s) => group.append(entry(s))), group.append(entry('x'.repeat(10_000)))]);
    expect(outcomes.map((o) => o.status)).toEqual([...subjects.map(() => 'fulfilled'), 'rejected']);
    const seqs = await seqsOf(subjects);
    expect(seqs).toHaveLength(5);
    expect(new Set(seqs).size).toBe(5);
  });

  it('a failure that is not about the rows fails every caller in the group, and none of its events is written', async () => {
    const outage = 'group-commit-outage';
    const trigger = `refuse_${randomUUID().replace(/-/g, '')}`;
    // Stands in for the server going away mid-commit, for this test's events only (other suites run alongside).
    await asOwner(async (db) => {
      await db.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.actor_sub = '${outage}' THEN
            RAISE EXCEPTION 'simulated shutdown' USING ERRCODE = 'admin_shutdown';
          END IF;
          RETURN NEW;
        END $$`);
      await db.query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION ${trigger}()`);
    });
    const subjects = Array.from({ length: 5 }, () => `gc-${randomUUID()}`);
    try {
      const outcomes = await Promise.allSettled([
        ...subjects.map((s) => group.append(entry(s))),
        group.append({ ...entry(`gc-${randomUUID()}`), actorSub: outage }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual([...subjects.map(() => 'rejected'), 'rejected']);
      expect(await seqsOf(subjects)).toEqual([]);
    } finally {
      await asOwner(async (db) => {
        await db.query(`DROP TRIGGER ${trigger} ON audit_events`);
        await db.query(`DROP FUNCTION ${trigger}()`);
      });
    }
    // The next group is written as usual.
    const after = `gc-${randomUUID()}`;
    await group.append(entry(after));
    expect(await seqsOf([after])).toHaveLength(1);
  });

  describe('one statement per group, chained after the head the last group left', () => {
    let counted: DataSource;
    let counter: StatementRecorder;
    let counting: AuditGroupCommit;

    beforeAll(async () => {
      counter = new StatementRecorder();
      counted = await new DataSource({ ...dataSourceOptions({ url: stack().appEnv['DATABASE_URL']! }), logging: true, logger: counter }).initialize();
      counting = new AuditGroupCommit(counted, new AuditRepository(counted));
      // Its first group learns the head, under the lock.
      await counting.append(entry(`gc-${randomUUID()}`));
    });

    afterAll(async () => {
      await counted.destroy();
    });

    it('a group is one INSERT, with no transaction around it', async () => {
      const subjects = Array.from({ length: 10 }, () => `gc-${randomUUID()}`);
      counter.reset();
      await Promise.all(subjects.map((s) => counting.append(entry(s))));
      expect(counter.count).toBe(1);
      const seqs = await seqsOf(subjects);
      expect(seqs).toHaveLength(10);
      expect(seqs.at(-1)! - seqs[0]!).toBe(9);
      expect(await new AuditRepository(dataSource).verify()).toEqual(expect.objectContaining({ ok: true }));
    });

    it('when another appender moved the head meanwhile, the group is refused whole and chained again under the lock: each event once', async () => {
      const subjects = Array.from({ length: 3 }, () => `gc-${randomUUID()}`);
      await counting.append(entry(subjects[0]!));
      // A command's transaction elsewhere (the worker) appends: the head this process knows is stale now.
      const elsewhere = `gc-${randomUUID()}`;
      await dataSource.transaction((tx) => new AuditRepository(dataSource).append(tx, [entry(elsewhere)]));
      counter.reset();
      await Promise.all(subjects.slice(1).map((s) => counting.append(entry(s))));
      // The refused INSERT, then the transaction: begin, lock the head, insert, commit.
      expect(counter.count).toBe(5);
      const seqs = await seqsOf([...subjects, elsewhere]);
      expect(new Set(seqs).size).toBe(4);
      expect(await new AuditRepository(dataSource).verify()).toEqual(expect.objectContaining({ ok: true }));
      // And the next group is one statement again.
      counter.reset();
      await counting.append(entry(`gc-${randomUUID()}`));
      expect(counter.count).toBe(1);
    });

    it('two processes and a command stream appending at once: every event once, the chain whole, and no deadlock', async () => {
      const other = new AuditGroupCommit(dataSource, new AuditRepository(dataSource));
      const commands = new AuditRepository(dataSource);
      const subjects: string[] = [];
      const writes: Promise<unknown>[] = [];
      for (let turn = 0; turn < 30; turn++) {
        const batch = Array.from({ length: 6 }, () => `gc-${randomUUID()}`);
        subjects.push(...batch);
        writes.push(...batch.slice(0, 3).map((s) => counting.append(entry(s))));
        writes.push(...batch.slice(3, 5).map((s) => other.append(entry(s))));
        writes.push(dataSource.transaction((tx) => commands.append(tx, [entry(batch[5]!)])));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const started = Date.now();
      await Promise.all(writes);
      // A lock taken out of order would wait for PostgreSQL's deadlock check (a second) and fail a writer.
      expect(Date.now() - started).toBeLessThan(20_000);
      const seqs = await seqsOf(subjects);
      expect(seqs).toHaveLength(180);
      expect(new Set(seqs).size).toBe(180);
      expect(await new AuditRepository(dataSource).verify()).toEqual(expect.objectContaining({ ok: true }));
    });
  });
});
