import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { AuditEntry, AuditGroupCommit, AuditRepository, createDataSource } from '#persistence';

import { asOwner, stack } from '../support/stack';

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

  it('groups started while another commits (two in flight) each write their events once, and the chain stays whole', async () => {
    const subjects: string[] = [];
    const writes: Promise<void>[] = [];
    // Twenty turns of the event loop, ten callers each: many groups, each next one begun before the last commits.
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
});
