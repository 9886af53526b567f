import { randomUUID } from 'node:crypto';

import { AuditEntry, AuditGroupCommit, AuditRepository, createDataSource } from '#persistence';
import { hashAuditEvent } from '#security';

import { Bench, pool, round, ScenarioResult } from '../harness';

const entry = (i: number): AuditEntry => ({
  actorSub: 'bench-writer',
  actorRoles: ['program-admin'],
  action: 'bench.append',
  engagementId: null,
  subjectType: 'bench',
  subjectId: `bench-${i}`,
  outcome: 'OK',
  details: { i, note: 'benchmark append' },
});

/**
 * Hash-chained appends through the application's own code, with 1 and 16 writers: each in its own
 * transaction (as a command's event commits with the command's change), and through the group
 * commit (as stand-alone events such as introspections are written). Against plain INSERTs of the
 * same rows, one per transaction, into a table without the chain.
 */
export async function auditAppend(bench: Bench): Promise<ScenarioResult> {
  const total = bench.options.auditAppends;
  const dataSource = createDataSource({ url: bench.stack.ownerDatabaseUrl, poolSize: 20, applicationName: 'frontier-bench' });
  await dataSource.initialize();
  const audit = new AuditRepository(dataSource);
  await dataSource.query('CREATE TABLE IF NOT EXISTS bench_plain_audit (LIKE audit_events INCLUDING DEFAULTS)');

  const chained = async (writers: number): Promise<number> => {
    const started = performance.now();
    await pool(
      Array.from({ length: total }, (_, i) => i),
      writers,
      (i) => dataSource.transaction('READ COMMITTED', (tx) => audit.append(tx, [entry(i)])),
    );
    return total / ((performance.now() - started) / 1000);
  };
  const grouped = async (writers: number): Promise<number> => {
    const group = new AuditGroupCommit(dataSource, audit);
    const started = performance.now();
    await pool(
      Array.from({ length: total }, (_, i) => i),
      writers,
      (i) => group.append(entry(i)),
    );
    return total / ((performance.now() - started) / 1000);
  };
  const plain = async (writers: number): Promise<number> => {
    const started = performance.now();
    await pool(
      Array.from({ length: total }, (_, i) => i),
      writers,
      (i) =>
        dataSource.transaction('READ COMMITTED', async (tx) => {
          const e = entry(i);
          const body = { ...e, id: randomUUID(), seq: i + 1, occurredAt: new Date().toISOString(), actorRoles: [...e.actorRoles], prevHash: '0'.repeat(64) };
          await tx.query(
            `INSERT INTO bench_plain_audit (seq, id, occurred_at, actor_sub, actor_roles, action, engagement_id, subject_type, subject_id, outcome, details, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
            [
              body.seq,
              body.id,
              body.occurredAt,
              body.actorSub,
              JSON.stringify(body.actorRoles),
              body.action,
              body.engagementId,
              body.subjectType,
              body.subjectId,
              body.outcome,
              JSON.stringify(body.details),
              body.prevHash,
              hashAuditEvent(body),
            ],
          );
        }),
    );
    return total / ((performance.now() - started) / 1000);
  };

  try {
    const results: Record<number, { chained: number; grouped: number; plain: number }> = {};
    for (const writers of [1, 16]) {
      bench.log(`${total} appends with ${writers} writer(s): chained per transaction, chained by group commit, plain`);
      await dataSource.query('TRUNCATE bench_plain_audit');
      results[writers] = { chained: await chained(writers), grouped: await grouped(writers), plain: await plain(writers) };
    }
    const ratio = (w: number, kind: 'chained' | 'grouped') => round(results[w]![kind] / results[w]!.plain, 3);
    return {
      scenario: 'audit append',
      figures: {
        chained1PerS: round(results[1]!.chained, 0),
        chained16PerS: round(results[16]!.chained, 0),
        grouped1PerS: round(results[1]!.grouped, 0),
        grouped16PerS: round(results[16]!.grouped, 0),
      },
      baseline: { plain1PerS: round(results[1]!.plain, 0), plain16PerS: round(results[16]!.plain, 0) },
      ratios: { chained1: ratio(1, 'chained'), chained16: ratio(16, 'chained'), grouped1: ratio(1, 'grouped'), grouped16: ratio(16, 'grouped') },
      targets: [
        { name: 'chained append (group commit) ≥ 0.5 × plain with 16 writers', ok: ratio(16, 'grouped') >= 0.5, detail: `${ratio(16, 'grouped')}` },
        { name: 'chained append (one per transaction) ≥ 0.5 × plain with 16 writers', ok: ratio(16, 'chained') >= 0.5, detail: `${ratio(16, 'chained')}` },
      ],
      notes: [
        `${total} appends per measurement, durable commits; plain = one INSERT per transaction into an unchained copy of the table`,
        'one per transaction: every append waits for the chain head lock, held until its commit is flushed',
      ],
    };
  } finally {
    await dataSource.query('DROP TABLE IF EXISTS bench_plain_audit');
    await dataSource.destroy();
  }
}
