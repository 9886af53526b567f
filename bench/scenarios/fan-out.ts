import { randomUUID } from 'node:crypto';

import { Client as PgClient } from 'pg';

import { approve, designated, partners, People, people, publishTerms, Terms } from '../engagement';
import { apiFor, Bench, call, must, pool, round, ScenarioResult } from '../harness';
import { TRIVIAL_QUEUE, withTrivialWorker } from '../trivial';

export interface AcceptedGrant {
  readonly grantId: string;
  readonly partnerToken: string;
}

/** The grant ids of the nominations, by partner. */
export async function grantIdsByPartner(ownerUrl: string, nominationIds: readonly string[]): Promise<Map<string, string>> {
  const db = new PgClient({ connectionString: ownerUrl });
  await db.connect();
  try {
    const rows = await db.query<{ id: string; partner_id: string }>('SELECT id, partner_id FROM grants WHERE nomination_id = ANY($1::uuid[])', [nominationIds]);
    return new Map(rows.rows.map((r) => [r.partner_id, r.id]));
  } finally {
    await db.end();
  }
}

/** Each partner accepts its grant through the API; returns the grants that became ACTIVE. */
export async function acceptAll(
  bench: Bench,
  nominationIds: readonly string[],
  partnersOf: readonly { id: string; token: string }[],
  terms: Terms,
  onAccepted?: (count: number) => void,
): Promise<{ accepted: AcceptedGrant[]; refused: number }> {
  const ids = await grantIdsByPartner(bench.stack.ownerDatabaseUrl, nominationIds);
  let refused = 0;
  const refusals = new Map<string, number>();
  const accepted: AcceptedGrant[] = [];
  await pool(partnersOf, bench.options.connections, async (partner, index) => {
    const grantId = ids.get(partner.id);
    if (!grantId) {
      refused += 1;
      return;
    }
    const answer = await call<{ status: string }>(apiFor(bench, index), 'POST', `/v1/grants/${grantId}/accept`, partner.token, terms);
    if (answer.status === 200 && answer.body.status === 'ACTIVE') {
      accepted.push({ grantId, partnerToken: partner.token });
      onAccepted?.(accepted.length);
    } else {
      refused += 1;
      const why = `${answer.status} ${String((answer.body as { code?: string }).code ?? answer.body.status)}`;
      refusals.set(why, (refusals.get(why) ?? 0) + 1);
    }
  });
  if (refused > 0) {
    bench.log(`acceptances refused: ${JSON.stringify(Object.fromEntries(refusals))}`);
  }
  return { accepted, refused };
}

/** One access token for each grant, issued through the API by its partner, 8 at a time; in the grants' order. */
export function issueTokens(bench: Bench, grants: readonly AcceptedGrant[]): Promise<string[]> {
  return pool(
    grants,
    8,
    async (g, index) => (await must<{ token: string }>(apiFor(bench, index), 'POST', `/v1/grants/${g.grantId}/access-tokens`, g.partnerToken, {})).token,
  );
}

/** A fresh developer organization's engagement, designated, with `count` partners whose grants are all ACTIVE. */
export async function engagementWithActiveGrants(
  bench: Bench,
  label: string,
  count: number,
): Promise<{ who: People; engagementId: string; accepted: AcceptedGrant[] }> {
  const who = await people(bench);
  const engagementId = await designated(bench, who, `Bench ${label}`);
  const terms = await publishTerms(bench, who, engagementId);
  const registered = await partners(bench, who, count, label);
  const nominationIds = await approve(
    bench,
    who,
    engagementId,
    registered.map((p) => p.id),
  );
  const { accepted } = await acceptAll(bench, nominationIds, registered, terms);
  if (accepted.length < count) {
    throw new Error(`only ${accepted.length} of ${count} ${label} grants became ACTIVE`);
  }
  return { who, engagementId, accepted };
}

/** The same Temporal server starting and completing `count` trivial workflows at the same concurrency. */
function trivialWorkflows(bench: Bench, count: number): Promise<number> {
  return withTrivialWorker(bench, async (client) => {
    const run = randomUUID().slice(0, 8);
    const started = performance.now();
    await pool(
      Array.from({ length: count }, (_, i) => i),
      bench.options.connections,
      (i) => client.workflow.execute('trivialWorkflow', { taskQueue: TRIVIAL_QUEUE, workflowId: `bench-trivial-${run}-${i}`, args: [i] }),
    );
    return (performance.now() - started) / 1000;
  });
}

export interface FanOutState {
  readonly who: People;
  readonly engagementId: string;
  readonly terms: Terms;
  readonly grantsPerSecond: number;
}

/**
 * Sector fan-out: one designated engagement, N partners nominated, approved and accepted through the
 * API until every grant is ACTIVE; against N trivial workflows on the same server.
 */
export async function fanOut(bench: Bench): Promise<{ result: ScenarioResult; state: FanOutState }> {
  const n = bench.options.grants;
  const who = await people(bench);
  const engagementId = await designated(bench, who, 'Bench fan-out');
  const terms = await publishTerms(bench, who, engagementId);
  bench.log(`registering ${n} partners`);
  const registered = await partners(bench, who, n, 'fanout');

  bench.log(`nominating, approving and accepting ${n} grants`);
  const started = performance.now();
  const nominationIds = await approve(
    bench,
    who,
    engagementId,
    registered.map((p) => p.id),
  );
  const approvedAfter = (performance.now() - started) / 1000;
  // Peak memory so far as the active grants pass each mark, so the cost curve is visible.
  const marks = [1_000, 5_000, 10_000, 20_000, 50_000].filter((m) => m < n).concat(n);
  const rssAt: Record<string, number> = {};
  const { accepted, refused } = await acceptAll(bench, nominationIds, registered, terms, (count) => {
    if (count === marks[0]) {
      marks.shift();
      const peak = bench.memory.peek();
      rssAt[`workerRssMiBAt${count}`] = peak.worker;
      rssAt[`apiRssMiBAt${count}`] = peak.api;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const grantsPerSecond = accepted.length / seconds;

  bench.log(`baseline: ${n} trivial workflows`);
  const trivialSeconds = await trivialWorkflows(bench, n);
  const trivialPerSecond = n / trivialSeconds;
  const ratio = grantsPerSecond / trivialPerSecond;
  return {
    state: { who, engagementId, terms, grantsPerSecond },
    result: {
      scenario: 'sector fan-out',
      figures: {
        grants: n,
        active: accepted.length,
        refused,
        approvedAfterS: round(approvedAfter),
        secondsToAllActive: round(seconds),
        grantsPerSecond: round(grantsPerSecond),
        ...rssAt,
      },
      baseline: { workflows: n, seconds: round(trivialSeconds), workflowsPerSecond: round(trivialPerSecond) },
      ratios: { throughput: round(ratio, 3) },
      targets: [{ name: 'fan-out ≥ 0.7 × trivial workflows', ok: ratio >= 0.7 && accepted.length === n, detail: `${round(ratio, 3)}` }],
      notes: [
        `${bench.options.connections} partners accepting at once; each acceptance starts its grant's workflow (Update-With-Start) and writes the read model and an audit event`,
      ],
    },
  };
}
