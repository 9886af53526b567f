import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

import { AuditRepository, createDataSource } from '#persistence';
import { AuditExportVerifier } from '#security';

import { people } from '../engagement';
import { Bench, loadTest, round, ScenarioResult } from '../harness';

const SEED_BATCH = 5_000;
const ACTIONS = ['engagement.viewed', 'finding.recorded', 'grant.accepted', 'registry.partner_updated', 'token.introspected'] as const;

/**
 * The audit trail at 1,000,000 events (issue 16): the chain filled through the application's own
 * chained repository (events of 200 engagements, 50 actors and five actions, some about no engagement),
 * then the whole of it exported as NDJSON and checked line by line as it arrives, and searches across the
 * program by each filter under load, against GET /v1/me in the same run.
 */
export async function auditAtScale(bench: Bench): Promise<ScenarioResult> {
  const who = await people(bench);
  const target = bench.options.exportEvents;
  const engagements = Array.from({ length: 200 }, () => randomUUID());
  const dataSource = createDataSource({ url: bench.stack.ownerDatabaseUrl, poolSize: 4, applicationName: 'frontier-bench' });
  await dataSource.initialize();
  const seedStarted = performance.now();
  let midpoint = new Date();
  try {
    const audit = new AuditRepository(dataSource);
    const [counted]: { count: number }[] = await dataSource.query('SELECT count(*)::int AS count FROM audit_events');
    const have = counted?.count ?? 0;
    bench.log(`appending ${Math.max(0, target - have)} audit events to reach ${target}`);
    for (let n = have; n < target; n += SEED_BATCH) {
      const size = Math.min(SEED_BATCH, target - n);
      if (n <= target / 2 && target / 2 < n + size) midpoint = new Date();
      await dataSource.transaction('READ COMMITTED', (tx) =>
        audit.append(
          tx,
          Array.from({ length: size }, (_, i) => {
            const k = n + i;
            const engagementId = k % 10 === 0 ? null : engagements[k % engagements.length]!;
            return {
              actorSub: `bench-actor-${k % 50}`,
              actorRoles: ['reviewer'],
              action: ACTIONS[k % ACTIONS.length]!,
              engagementId,
              subjectType: engagementId ? 'engagement' : 'registry',
              subjectId: engagementId ?? `partner-${k % 1_000}`,
              outcome: 'OK',
              details: { seeded: k },
            };
          }),
        ),
      );
    }
  } finally {
    await dataSource.destroy();
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  bench.log('exporting the whole trail and checking it as it arrives');
  // The export's own peak (the row's peak covers the export and the searches, not the seeding).
  bench.memory.take();
  const exportStartApiMiB = bench.memory.peek().api;
  const exportStarted = performance.now();
  const response = await fetch(`${bench.stack.apiUrl}/v1/audit/export`, { headers: { authorization: `Bearer ${who.auditor}` } });
  if (response.status !== 200 || !response.body) throw new Error(`GET /v1/audit/export answered ${response.status}`);
  const verifier = new AuditExportVerifier();
  let bytes = 0;
  let firstByteMs = 0;
  const body = Readable.fromWeb(response.body);
  body.on('data', (chunk: Buffer) => {
    firstByteMs ||= performance.now() - exportStarted;
    bytes += chunk.length;
  });
  for await (const line of createInterface({ input: body, crlfDelay: Infinity })) {
    verifier.feed(line);
  }
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  const verdict = verifier.result();
  const exportPeak = bench.memory.peek();

  bench.log('searching the trail by engagement, actor, action, subject type and time');
  const me = await loadTest(bench, { paths: ['/v1/me'], token: who.auditor });
  const since = encodeURIComponent(midpoint.toISOString());
  const search = await loadTest(bench, {
    paths: [
      ...engagements.slice(0, 50).map((id) => `/v1/audit?engagementId=${id}&limit=50`),
      ...Array.from({ length: 50 }, (_, i) => `/v1/audit?actor=bench-actor-${i}&limit=50`),
      ...ACTIONS.map((action) => `/v1/audit?action=${action}&limit=50`),
      '/v1/audit?subjectType=registry&limit=50',
      `/v1/audit?from=${since}&limit=50`,
      `/v1/audit?action=finding.recorded&from=${since}&limit=50`,
    ],
    token: who.auditor,
  });
  return {
    scenario: 'audit trail at size',
    figures: {
      auditEvents: verdict.events,
      seedSeconds: round(seedSeconds, 1),
      exportSeconds: round(exportSeconds, 1),
      exportEventsPerSecond: round(verdict.events / exportSeconds, 0),
      exportMiB: round(bytes / 2 ** 20, 1),
      exportFirstByteMs: round(firstByteMs, 0),
      exportStartApiMiB,
      exportPeakApiMiB: exportPeak.api,
      searchP50Ms: search.p50,
      searchP99Ms: search.p99,
      searchRps: search.rps,
      failures: search.failures,
    },
    baseline: { meRps: me.rps, meP50Ms: me.p50, meP99Ms: me.p99 },
    ratios: { search: round(search.rps / Math.max(1, me.rps), 3) },
    targets: [
      {
        name: 'the export verifies, every event in it',
        ok: verdict.ok && verdict.events >= target,
        detail: JSON.stringify({ ...verdict, firstSeq: undefined }),
      },
      { name: 'the export streams (first bytes within 1 s)', ok: firstByteMs < 1_000, detail: `${round(firstByteMs, 0)} ms to the first bytes` },
    ],
    notes: [`search: ${bench.options.connections} connections, ${bench.options.seconds} s, by engagement, actor, action, subject type and time (limit 50)`],
  };
}
