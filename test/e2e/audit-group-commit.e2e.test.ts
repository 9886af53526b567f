import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditGroupCommit, AuditRepository, createDataSource } from '../../libs/persistence';
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

  it('when a group cannot commit, every caller in it gets the error and none of its events is written', async () => {
    const subjects = Array.from({ length: 5 }, () => `gc-${randomUUID()}`);
    // A subject id longer than its column: the whole group's transaction fails.
    const outcomes = await Promise.allSettled([...subjects.map((s) => group.append(entry(s))), group.append(entry('x'.repeat(10_000)))]);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    expect(await seqsOf(subjects)).toEqual([]);
    // The next group is written as usual.
    const after = `gc-${randomUUID()}`;
    await group.append(entry(after));
    expect(await seqsOf([after])).toHaveLength(1);
  });
});
