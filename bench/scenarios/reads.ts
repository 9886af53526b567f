import { AuditRepository, createDataSource } from '#persistence';

import { people } from '../engagement';
import { Bench, call, loadTest, must, pool, round, ScenarioResult } from '../harness';

const PAGE = 25;
const AUDIT_BATCH = 1_000;

/**
 * Reads at size: N engagements submitted through the API by one developer organization, and the audit
 * trail filled to M events (the rest appended through the application's own chained repository, so
 * the chain still verifies); then list pages (first and deep, by cursor) and detail reads under load.
 */
export async function readsAtSize(bench: Bench): Promise<ScenarioResult> {
  const api = bench.stack.apiUrl;
  const who = await people(bench);
  bench.log(`submitting ${bench.options.engagements} engagements`);
  const ids = await pool(
    Array.from({ length: bench.options.engagements }, (_, i) => i),
    bench.options.connections,
    async (i) =>
      (
        await must<{ id: string }>(api, 'POST', '/v1/engagements', who.developer, {
          modelName: `Bench reads ${i}`,
          modelVersion: '1.0',
          capabilitySummary: 'Benchmark model',
          contactEmail: 'bench@example.com',
        })
      ).id,
  );

  const dataSource = createDataSource({ url: bench.stack.ownerDatabaseUrl, poolSize: 4, applicationName: 'frontier-bench' });
  await dataSource.initialize();
  try {
    const audit = new AuditRepository(dataSource);
    const counted: { count: number }[] = await dataSource.query('SELECT count(*)::int AS count FROM audit_events');
    const count = counted[0]?.count ?? 0;
    bench.log(`appending ${Math.max(0, bench.options.auditEvents - count)} audit events to reach ${bench.options.auditEvents}`);
    for (let have = count; have < bench.options.auditEvents; have += AUDIT_BATCH) {
      const size = Math.min(AUDIT_BATCH, bench.options.auditEvents - have);
      await dataSource.transaction('READ COMMITTED', (tx) =>
        audit.append(
          tx,
          Array.from({ length: size }, (_, i) => {
            const engagementId = ids[(have + i) % ids.length]!;
            return {
              actorSub: 'bench-reader',
              actorRoles: ['auditor'],
              action: 'engagement.viewed',
              engagementId,
              subjectType: 'engagement',
              subjectId: engagementId,
              outcome: 'OK',
              details: { seeded: true },
            };
          }),
        ),
      );
    }
  } finally {
    await dataSource.destroy();
  }

  // The cursor of a deep page: walk 200 pages (5,000 engagements) in, as a client would.
  let cursor: string | null = null;
  for (let page = 0; page < Math.min(200, Math.floor(ids.length / PAGE) - 1); page += 1) {
    const list: { nextCursor: string | null } = await must(api, 'GET', `/v1/engagements?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`, who.developer);
    cursor = list.nextCursor;
  }
  const verify = await call<{ ok: boolean; checked: number }>(api, 'GET', '/v1/audit/verify', who.auditor);

  bench.log('baseline (GET /v1/me), first page, deep page, detail, audit trail');
  const me = await loadTest(bench, { paths: ['/v1/me'], token: who.developer });
  const first = await loadTest(bench, { paths: [`/v1/engagements?limit=${PAGE}`], token: who.developer });
  const deep = await loadTest(bench, { paths: [`/v1/engagements?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`], token: who.developer });
  const detail = await loadTest(bench, { paths: ids.map((id) => `/v1/engagements/${id}`), token: who.developer });
  const auditTrail = await loadTest(bench, { paths: ids.slice(0, 1_000).map((id) => `/v1/engagements/${id}/audit`), token: who.auditor });
  const vsMe = (rps: number) => round(rps / Math.max(1, me.rps), 3);
  return {
    scenario: 'reads at size',
    figures: {
      engagements: ids.length,
      auditEvents: verify.body.checked,
      firstPageP50Ms: first.p50,
      firstPageP99Ms: first.p99,
      firstPageRps: first.rps,
      deepPageP50Ms: deep.p50,
      deepPageP99Ms: deep.p99,
      deepPageRps: deep.rps,
      detailP50Ms: detail.p50,
      detailP99Ms: detail.p99,
      detailRps: detail.rps,
      auditTrailP50Ms: auditTrail.p50,
      auditTrailP99Ms: auditTrail.p99,
      auditTrailRps: auditTrail.rps,
      failures: first.failures + deep.failures + detail.failures + auditTrail.failures,
    },
    baseline: { meRps: me.rps, meP50Ms: me.p50, meP99Ms: me.p99 },
    ratios: { firstPage: vsMe(first.rps), deepPage: vsMe(deep.rps), detail: vsMe(detail.rps), auditTrail: vsMe(auditTrail.rps) },
    targets: [{ name: 'audit chain verifies at size', ok: verify.status === 200 && verify.body.ok, detail: `${verify.body.checked} events checked` }],
    notes: [
      `deep page = page ${Math.min(200, Math.floor(ids.length / PAGE) - 1) + 1} by cursor; ${bench.options.connections} connections, ${bench.options.seconds} s each`,
    ],
  };
}
