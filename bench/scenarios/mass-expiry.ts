import { Client, Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';

import { approve, designated, partners, People, people, publishTerms, Terms } from '../engagement';
import { apiFor, Bench, must, percentile, pool, round, ScenarioResult, sleep } from '../harness';
import { acceptAll, AcceptedGrant, FanOutState, issueTokens } from './fan-out';

/**
 * Partner tokens introspected, each polled every POLL_MS from just before the instant: enough for a
 * p99 that is not just the maximum, few enough that polling them does not become the load.
 */
const INTROSPECTION_SAMPLE = 200;
const POLL_MS = 100;

interface Lags {
  readonly expired: number;
  readonly introspection: number[];
  readonly audit: number[];
}

function summary(lags: readonly number[]): { p50: number; p99: number; max: number } {
  return { p50: round(percentile(lags, 50), 0), p99: round(percentile(lags, 99), 0), max: round(Math.max(...lags), 0) };
}

/**
 * From `endsAt`, watches two things: how long until introspection of a sample of the grants' partner
 * tokens answers `active: false`, and how long until each grant's `grant.expired` audit event is
 * written (seen by polling the audit table every 100 ms).
 */
async function watchExpiry(bench: Bench, who: People, grants: readonly AcceptedGrant[], endsAt: number): Promise<Lags> {
  // Spread across the grants, not the first few accepted.
  const step = Math.max(1, Math.floor(grants.length / INTROSPECTION_SAMPLE));
  const sample = grants.filter((_, i) => i % step === 0).slice(0, INTROSPECTION_SAMPLE);
  const tokens = await issueTokens(bench, sample);
  const db = new PgClient({ connectionString: bench.stack.ownerDatabaseUrl });
  await db.connect();
  try {
    const start = await db.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM audit_events');
    let afterSeq = Number(start.rows[0]!.seq);
    const waiting = new Set(grants.map((g) => g.grantId));
    const audit: number[] = [];
    const giveUpAt = endsAt + 10 * 60_000;
    await sleep(Math.max(0, endsAt - 300 - Date.now()));

    // Each token asked of one API throughout, the APIs taken in turn: each must see the ending by itself.
    const introspecting = pool(tokens, tokens.length, async (token, index) => {
      const api = apiFor(bench, index);
      for (;;) {
        const answer = await must<{ active: boolean }>(api, 'POST', '/v1/tokens/introspect', who.developer, { token });
        const now = Date.now();
        if (!answer.active) {
          return Math.max(0, now - endsAt);
        }
        if (now > giveUpAt) {
          return Number.POSITIVE_INFINITY;
        }
        await sleep(POLL_MS);
      }
    });
    while (waiting.size > 0 && Date.now() < giveUpAt) {
      const rows = await db.query<{ seq: string; subject_id: string }>(
        `SELECT seq, subject_id FROM audit_events WHERE seq > $1 AND action = 'grant.expired' ORDER BY seq`,
        [afterSeq],
      );
      const seenAt = Date.now();
      for (const row of rows.rows) {
        afterSeq = Math.max(afterSeq, Number(row.seq));
        if (waiting.delete(row.subject_id)) {
          audit.push(seenAt - endsAt);
        }
      }
      await sleep(POLL_MS);
    }
    return { expired: audit.length, introspection: await introspecting, audit };
  } finally {
    await db.end();
  }
}

async function expiring(bench: Bench, who: People, engagementId: string, terms: Terms, count: number, label: string, ratePerSecond: number) {
  const registered = await partners(bench, who, count, label);
  // Long enough for every partner to accept first, at the rate the fan-out measured.
  const endsAt = new Date(Date.now() + 20_000 + Math.ceil((count / ratePerSecond) * 1.5 * 1000));
  const nominationIds = await approve(
    bench,
    who,
    engagementId,
    registered.map((p) => p.id),
    { durationDays: 30, accessEndsAt: endsAt },
  );
  const { accepted } = await acceptAll(bench, nominationIds, registered, terms);
  bench.log(`${accepted.length} of ${count} grants active; all end at ${endsAt.toISOString()}`);
  return { accepted, endsAt: endsAt.getTime() };
}

/**
 * Seconds from `endsAt` until no grant workflow is left running: the work the expiry leaves behind
 * (each grant's own timer confirming its end), finished before the next scenario measures anything.
 */
async function workflowsFinished(bench: Bench, startedSince: Date, endsAt: number): Promise<number> {
  const connection = await Connection.connect({ address: bench.stack.temporalAddress });
  try {
    const client = new Client({ connection });
    for (;;) {
      // Only this scenario's grants: the fan-out's run for 30 days.
      const { count } = await client.workflow.count(
        `WorkflowType = 'grantWorkflow' AND ExecutionStatus = 'Running' AND StartTime >= '${startedSince.toISOString()}'`,
      );
      if (count === 0) {
        return (Date.now() - endsAt) / 1000;
      }
      await sleep(1_000);
    }
  } finally {
    await connection.close();
  }
}

/** Mass expiry: N grants ending at one instant, against one grant alone. */
export async function massExpiry(bench: Bench, prior?: FanOutState): Promise<ScenarioResult> {
  const n = bench.options.expiring;
  const who = prior?.who ?? (await people(bench));
  const engagementId = prior?.engagementId ?? (await designated(bench, who, 'Bench expiry'));
  const terms = prior?.terms ?? (await publishTerms(bench, who, engagementId));
  const rate = prior?.grantsPerSecond ?? 20;

  bench.log('baseline: one grant expiring alone');
  const one = await expiring(bench, who, engagementId, terms, 1, 'expiry-one', rate);
  const alone = await watchExpiry(bench, who, one.accepted, one.endsAt);

  bench.log(`${n} grants expiring at one instant`);
  const manySince = new Date();
  const many = await expiring(bench, who, engagementId, terms, n, 'expiry-many', rate);
  const mass = await watchExpiry(bench, who, many.accepted, many.endsAt);
  bench.log('waiting for every grant workflow to finish');
  const finishedAfter = await workflowsFinished(bench, manySince, many.endsAt);

  const audit = summary(mass.audit);
  const introspection = summary(mass.introspection);
  const aloneAudit = summary(alone.audit);
  const aloneIntrospection = summary(alone.introspection);
  const allExpired = mass.expired === many.accepted.length && many.accepted.length === n;
  return {
    scenario: 'mass expiry',
    figures: {
      grants: many.accepted.length,
      expiredAudited: mass.expired,
      introspectionSample: mass.introspection.length,
      introspectionLagP50Ms: introspection.p50,
      introspectionLagP99Ms: introspection.p99,
      introspectionLagMaxMs: introspection.max,
      auditLagP50Ms: audit.p50,
      auditLagP99Ms: audit.p99,
      auditLagMaxMs: audit.max,
      allWorkflowsFinishedAfterS: round(finishedAfter, 1),
    },
    baseline: {
      grants: 1,
      introspectionLagMs: aloneIntrospection.max,
      auditLagMs: aloneAudit.max,
    },
    ratios: { auditLagP99VsAlone: round(audit.p99 / Math.max(1, aloneAudit.max), 1) },
    targets: [
      {
        name: 'mass-expiry p99 < 5 s',
        ok: allExpired && audit.p99 < 5_000 && introspection.p99 < 5_000,
        detail: `audit ${audit.p99} ms, introspection ${introspection.p99} ms, ${mass.expired} of ${n} expired`,
      },
    ],
    notes: [
      `introspection lag from ${mass.introspection.length} sampled partner tokens polled every ${POLL_MS} ms; audit lag seen by polling the audit table every ${POLL_MS} ms`,
      'the engagement expires grants that share an end in one step at that instant; each grant workflow confirms it a minute later',
    ],
  };
}
