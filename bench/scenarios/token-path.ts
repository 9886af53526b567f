import autocannon from 'autocannon';
import { approve, designated, partners, people, publishTerms } from '../engagement';
import { Bench, must, round, ScenarioResult } from '../harness';
import { acceptAll } from './fan-out';

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly failures: number;
}

/** autocannon (in this process, not the API's) at fixed concurrency for a fixed time. */
async function load(bench: Bench, method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<Load> {
  const result = await autocannon({
    url: `${bench.stack.apiUrl}${path}`,
    method,
    connections: bench.options.connections,
    duration: bench.options.seconds,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    rps: round(result.requests.average, 0),
    p50: round(result.latency.p50, 1),
    p99: round(result.latency.p99, 1),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Token issuance and introspection under load, against a trivial authenticated endpoint of the same API. */
export async function tokenPath(bench: Bench): Promise<ScenarioResult> {
  const who = await people(bench);
  const engagementId = await designated(bench, who, 'Bench tokens');
  const terms = await publishTerms(bench, who, engagementId);
  const registered = await partners(bench, who, 1, 'tokens');
  const nominationIds = await approve(bench, who, engagementId, registered.map((p) => p.id));
  const { accepted } = await acceptAll(bench, nominationIds, registered, terms);
  const grant = accepted[0];
  if (!grant) {
    throw new Error('the token-path partner grant did not become ACTIVE');
  }
  const sampleToken = (await must<{ token: string }>(bench.stack.apiUrl, 'POST', `/v1/grants/${grant.grantId}/access-tokens`, grant.partnerToken, {})).token;

  bench.log(`baseline: GET /v1/me, ${bench.options.connections} connections for ${bench.options.seconds} s`);
  const me = await load(bench, 'GET', '/v1/me', who.developer);
  bench.log('token issuance');
  const issuance = await load(bench, 'POST', `/v1/grants/${grant.grantId}/access-tokens`, grant.partnerToken, {});
  bench.log('introspection');
  const introspection = await load(bench, 'POST', '/v1/tokens/introspect', who.developer, { token: sampleToken });

  const ratio = (l: Load) => round(l.rps / Math.max(1, me.rps), 3);
  return {
    scenario: 'token path',
    figures: {
      issuanceRps: issuance.rps,
      issuanceP50Ms: issuance.p50,
      issuanceP99Ms: issuance.p99,
      issuanceFailures: issuance.failures,
      introspectionRps: introspection.rps,
      introspectionP50Ms: introspection.p50,
      introspectionP99Ms: introspection.p99,
      introspectionFailures: introspection.failures,
    },
    baseline: { meRps: me.rps, meP50Ms: me.p50, meP99Ms: me.p99, meFailures: me.failures },
    ratios: { issuance: ratio(issuance), introspection: ratio(introspection) },
    targets: [
      {
        name: `introspection p99 < 10 ms at ${bench.options.connections} connections`,
        ok: introspection.p99 < 10 && introspection.failures === 0,
        detail: `${introspection.p99} ms`,
      },
    ],
    notes: [
      `autocannon, ${bench.options.connections} connections, ${bench.options.seconds} s each; every issuance and every introspection writes a hash-chained audit event`,
    ],
  };
}
