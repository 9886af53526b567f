import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { approve, designated, partners, People, people, publishTerms } from '../engagement';
import { Bench, must, percentile, pool, round, ScenarioResult } from '../harness';
import { traceOne } from '../traces';
import { TRIVIAL_QUEUE, withTrivialWorker } from '../trivial';
import { bump, finish } from '../trivial.workflow';
import { grantIdsByPartner } from './fan-out';

/** Concurrent clients: each level is measured on its own. */
const LEVELS = [8, 32] as const;
const ARTIFACT = `sha256:${'cd'.repeat(32)}`;

interface Timed {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

/** Runs `command` for each of `count` items over `clients` lanes (lane i always the same client); throughput and latency. */
async function timed(clients: number, count: number, command: (lane: number, index: number) => Promise<void>): Promise<Timed> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, lane) => {
      for (let index = next++; index < count; index = next++) {
        const t = performance.now();
        await command(lane, index);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { rps: round(count / seconds, 1), p50: round(percentile(latencies, 50), 1), p99: round(percentile(latencies, 99), 1) };
}

const finding = (title: string) => ({
  title,
  description: 'Out-of-bounds write reachable from the model gateway',
  cweIds: ['CWE-787'],
  inKev: false,
  publiclyExposed: true,
  automatable: false,
  technicalImpact: 'PARTIAL',
});

/** One engagement per client, designated and in its pre-release window, each with the same reviewer. */
async function engagementsInWindow(bench: Bench, who: People, count: number): Promise<string[]> {
  return pool(
    Array.from({ length: count }, (_, i) => i),
    4,
    async (i) => {
      const id = await designated(bench, who, `Bench commands ${i}`);
      await must(bench.stack.apiUrl, 'POST', `/v1/engagements/${id}/access-window`, who.developer, {
        accessEndpoint: 'https://gateway.bench.example/v1',
        artifactDigest: ARTIFACT,
      });
      return id;
    },
  );
}

/**
 * The command path: p50/p99 and throughput of two representative commands through the API (a reviewer
 * records a finding: an Update of the engagement's workflow that starts the finding's own; a partner
 * accepts a grant: Update-With-Start of the grant's workflow), at 8 and 32 concurrent clients, against
 * an Update of a trivial workflow on the same Temporal server, one workflow per client, in the same run.
 */
export async function commandPath(bench: Bench): Promise<ScenarioResult> {
  const count = bench.options.commands;
  const who = await people(bench);
  const clients = Math.max(...LEVELS);
  bench.log(`${clients} engagements in their window, and ${count * LEVELS.length} partners with approved grants`);
  const engagements = await engagementsInWindow(bench, who, clients);
  const grantEngagement = await designated(bench, who, 'Bench acceptances');
  const terms = await publishTerms(bench, who, grantEngagement);
  // One partner more than the measured acceptances: a traced run (--trace) samples one acceptance more.
  const registered = await partners(bench, who, count * LEVELS.length + 1, 'commands');
  const grantIds = await grantIdsByPartner(
    bench.stack.ownerDatabaseUrl,
    await approve(
      bench,
      who,
      grantEngagement,
      registered.map((p) => p.id),
    ),
  );

  const figures: Record<string, number> = {};
  const baseline: Record<string, number> = {};
  const ratios: Record<string, number> = {};
  const targets: ScenarioResult['targets'] = [];
  await withTrivialWorker(bench, async (client) => {
    const run = randomUUID().slice(0, 8);
    const counters = await Promise.all(
      Array.from({ length: clients }, (_, i) =>
        client.workflow.start('counterWorkflow', { taskQueue: TRIVIAL_QUEUE, workflowId: `bench-counter-${run}-${i}` }),
      ),
    );
    try {
      for (const [level, lanes] of LEVELS.entries()) {
        bench.log(`${lanes} clients: trivial Updates, findings recorded, grants accepted (${count} each)`);
        const trivial = await timed(lanes, count, async (lane) => {
          await counters[lane]!.executeUpdate(bump, { args: [1] });
        });
        const findings = await timed(lanes, count, async (lane, index) => {
          await must(bench.stack.apiUrl, 'POST', `/v1/engagements/${engagements[lane]}/findings`, who.reviewer, finding(`Bench finding ${index}`));
        });
        const acceptances = await timed(lanes, count, async (_, index) => {
          const partner = registered[level * count + index]!;
          await must(bench.stack.apiUrl, 'POST', `/v1/grants/${grantIds.get(partner.id)}/accept`, partner.token, terms);
        });
        Object.assign(baseline, { [`updateRpsAt${lanes}`]: trivial.rps, [`updateP50MsAt${lanes}`]: trivial.p50, [`updateP99MsAt${lanes}`]: trivial.p99 });
        for (const [name, t] of [
          ['finding', findings],
          ['accept', acceptances],
        ] as const) {
          Object.assign(figures, { [`${name}RpsAt${lanes}`]: t.rps, [`${name}P50MsAt${lanes}`]: t.p50, [`${name}P99MsAt${lanes}`]: t.p99 });
          const ratio = round(t.rps / trivial.rps, 3);
          ratios[`${name}At${lanes}`] = ratio;
          targets.push({
            name: `${name === 'finding' ? 'record a finding' : 'accept a grant'} at ${lanes} clients: ≥ 0.5 × the trivial Update's throughput, p99 < 3 × its p99`,
            ok: ratio >= 0.5 && t.p99 < 3 * trivial.p99,
            detail: `${t.rps} against ${trivial.rps} per s (${ratio}); p99 ${t.p99} against ${trivial.p99} ms`,
          });
        }
      }
    } finally {
      await Promise.all(counters.map((handle) => handle.signal(finish)));
    }
  });
  const last = registered[registered.length - 1]!;
  const traces = [
    await traceOne(bench, 'record a finding', async (traceparent) => {
      await must(bench.stack.apiUrl, 'POST', `/v1/engagements/${engagements[0]}/findings`, who.reviewer, finding('Bench traced finding'), { traceparent });
    }),
    await traceOne(bench, 'accept a grant', async (traceparent) => {
      await must(bench.stack.apiUrl, 'POST', `/v1/grants/${grantIds.get(last.id)}/accept`, last.token, terms, { traceparent });
    }),
  ].filter((sample) => sample !== undefined);
  return {
    scenario: 'command path',
    figures,
    baseline,
    ratios,
    targets,
    ...(traces.length > 0 ? { traces } : {}),
    notes: [
      `${count} commands per command and level, each a Temporal Update sent by the API and answered when the workflow's handler returns; the baseline's worker runs in the bench process`,
    ],
  };
}
