import { Bench, Load, loadTest, round, ScenarioResult } from '../harness';
import { engagementWithActiveGrants, issueTokens } from './fan-out';

/** Partners' tokens the introspection load cycles through. */
const INTROSPECTED_TOKENS = 100;

/** Token issuance and introspection under load, against a trivial authenticated endpoint of the same API. */
export async function tokenPath(bench: Bench): Promise<ScenarioResult> {
  const { who, accepted } = await engagementWithActiveGrants(bench, 'tokens', INTROSPECTED_TOKENS);
  const grant = accepted[0]!;
  // A gateway introspects many partners' tokens, not one: each of these is asked in turn.
  const tokens = await issueTokens(bench, accepted);

  bench.log(`baseline: GET /v1/me, ${bench.options.connections} connections for ${bench.options.seconds} s`);
  const me = await loadTest(bench, { paths: ['/v1/me'], token: who.developer });
  bench.log('token issuance');
  const issuance = await loadTest(bench, { method: 'POST', paths: [`/v1/grants/${grant.grantId}/access-tokens`], token: grant.partnerToken, body: {} });
  bench.log('introspection');
  const introspection = await loadTest(bench, {
    method: 'POST',
    paths: ['/v1/tokens/introspect'],
    token: who.developer,
    bodies: tokens.map((token) => ({ token })),
  });

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
        name: 'introspection throughput at least 0.8 of the baseline',
        ok: ratio(introspection) >= 0.8,
        detail: `${introspection.rps} against ${me.rps} req/s: ${ratio(introspection)}`,
      },
      {
        name: "introspection p99 at most 1.5 times the baseline's",
        ok: introspection.p99 <= 1.5 * me.p99,
        detail: `${introspection.p99} against ${me.p99} ms at ${bench.options.connections} connections`,
      },
      {
        name: 'every issuance and introspection answered 2xx',
        ok: issuance.failures === 0 && introspection.failures === 0 && me.failures === 0,
        detail: `issuance ${issuance.failures}, introspection ${introspection.failures}, baseline ${me.failures} failed`,
      },
    ],
    notes: [
      `autocannon, ${bench.options.connections} connections, ${bench.options.seconds} s each; rates count 2xx answers only; every issuance and every introspection writes a hash-chained audit event (introspections in group commits) before it answers; introspection cycles through ${INTROSPECTED_TOKENS} partners' tokens and keeps their state in memory, dropped by PostgreSQL's notices`,
    ],
  };
}
