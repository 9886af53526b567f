import { performance } from 'node:perf_hooks';

import { GatewayVerifier } from '#security';

import { TERMS_ENDPOINT } from '../engagement';
import { Bench, must, percentile, pool, round, ScenarioResult, sleep } from '../harness';
import { engagementWithActiveGrants, issueTokens } from './fan-out';

/** How often the bench's gateway polls the feed: the verifier's default. */
const POLL_MS = 500;
/** How often the bench looks at the tokens it has revoked and the gateway does not yet refuse. */
const WATCH_MS = 10;

/**
 * A developer's gateway verifying tokens offline (GatewayVerifier from libs/security, against the cached
 * JWKS, with the revocation feed polled), as fast as one process can; then every grant revoked through the
 * API, one by one, each timed from the moment `POST …/revoke` answered to the first refusal at the gateway.
 */
export async function offlineVerify(bench: Bench): Promise<ScenarioResult> {
  const count = bench.options.revocations;
  const { who, accepted } = await engagementWithActiveGrants(bench, 'offline', count + 1);
  bench.log(`issuing ${accepted.length} grant tokens`);
  const tokens = await issueTokens(bench, accepted);
  const [kept, ...revoked] = tokens.map((token, i) => ({ token, grantId: accepted[i]!.grantId }));

  const verifier = new GatewayVerifier({ issuer: bench.stack.apiUrl, audience: TERMS_ENDPOINT, credentials: async () => who.developer, pollMs: POLL_MS });
  await verifier.start();
  try {
    bench.log(`offline verification for ${bench.options.seconds} s, the feed polled every ${POLL_MS} ms`);
    const verifications = await verifyFor(verifier, kept!.token, bench.options.seconds * 1000);

    bench.log(`revoking ${revoked.length} grants, 4 at a time, timing each until the gateway refuses its token`);
    const pending = new Map<string, { token: string; answeredAt: number }>();
    const lags: number[] = [];
    const wrongly: string[] = [];
    let revoking = true;
    const watch = (async () => {
      while (revoking || pending.size > 0) {
        for (const [grantId, p] of pending) {
          const verdict = await verifier.verify(p.token);
          if (!verdict.active) {
            lags.push(performance.now() - p.answeredAt);
            pending.delete(grantId);
            if (verdict.reason !== 'REVOKED') wrongly.push(`${grantId}: ${verdict.reason}`);
          }
        }
        await sleep(WATCH_MS);
        if (!revoking && pending.size > 0 && [...pending.values()].every((p) => performance.now() - p.answeredAt > 30_000)) {
          break;
        }
      }
    })();
    await pool(revoked, 4, async (r) => {
      await must(bench.stack.apiUrl, 'POST', `/v1/grants/${r.grantId}/revoke`, who.developer, { reason: 'bench revocation' });
      pending.set(r.grantId, { token: r.token, answeredAt: performance.now() });
    });
    revoking = false;
    await watch;
    const keptVerdict = await verifier.verify(kept!.token);

    const p50 = round(percentile(lags, 50), 0);
    const p99 = round(percentile(lags, 99), 0);
    return {
      scenario: 'offline verification and revocation lag',
      figures: {
        verificationsPerSecond: verifications.perSecond,
        verifyP50Us: verifications.p50Us,
        verifyP99Us: verifications.p99Us,
        revocations: revoked.length,
        refused: lags.length,
        lagP50Ms: p50,
        lagP99Ms: p99,
        lagMaxMs: round(Math.max(...lags), 0),
      },
      baseline: {},
      ratios: {},
      targets: [
        { name: 'revocation lag p99 < 2 s', ok: lags.length === revoked.length && p99 < 2_000, detail: `p99 ${p99} ms over ${lags.length} revocations` },
        {
          name: 'every revoked token refused as REVOKED, and the one not revoked still accepted',
          ok: lags.length === revoked.length && wrongly.length === 0 && keptVerdict.active,
          detail: `${lags.length} of ${revoked.length} refused${wrongly.length ? `; otherwise: ${wrongly.slice(0, 3).join(', ')}` : ''}; kept token ${keptVerdict.active ? 'active' : 'refused'}`,
        },
      ],
      notes: [
        `one verifier in the bench process (ES256 signature against the cached JWKS, claims, revocation sets), ${CONCURRENT_VERIFICATIONS} verifications in flight; the feed polled every ${POLL_MS} ms, the watch every ${WATCH_MS} ms`,
      ],
    };
  } finally {
    verifier.stop();
  }
}

const CONCURRENT_VERIFICATIONS = 16;

/** Verifies the token over and over for `ms`, CONCURRENT_VERIFICATIONS at a time; how many a second, and how long each took. */
async function verifyFor(verifier: GatewayVerifier, token: string, ms: number): Promise<{ perSecond: number; p50Us: number; p99Us: number }> {
  const durations: number[] = [];
  const started = performance.now();
  const until = started + ms;
  let refusals = 0;
  const lane = async (): Promise<void> => {
    while (performance.now() < until) {
      const t = performance.now();
      const verdict = await verifier.verify(token);
      durations.push((performance.now() - t) * 1000);
      if (!verdict.active) refusals += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_VERIFICATIONS }, lane));
  if (refusals > 0) {
    throw new Error(`the gateway refused a token nobody revoked ${refusals} times`);
  }
  return {
    perSecond: round(durations.length / ((performance.now() - started) / 1000), 0),
    p50Us: round(percentile(durations, 50), 0),
    p99Us: round(percentile(durations, 99), 0),
  };
}
