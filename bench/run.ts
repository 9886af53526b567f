import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { DefaultLogger, Runtime } from '@temporalio/worker';

import { loadToolConfig } from '#config';

import { freeStackPorts } from '../tools/stack/processes';
import { PROJECT_ROOT, Stack, startStack } from '../tools/stack/stack';
import { TraceCollector } from '../tools/stack/trace-collector';
import { Bench, BenchOptions, BenchRun, MemoryWatch, ScenarioResult } from './harness';
import { auditAppend } from './scenarios/audit-append';
import { auditAtScale } from './scenarios/audit-at-scale';
import { commandPath } from './scenarios/command-path';
import { consolePage } from './scenarios/console';
import { fanOut, FanOutState } from './scenarios/fan-out';
import { ledger } from './scenarios/ledger';
import { massExpiry } from './scenarios/mass-expiry';
import { noticeLag } from './scenarios/notices';
import { offlineVerify } from './scenarios/offline-verify';
import { readsAtSize } from './scenarios/reads';
import { tokenPath } from './scenarios/token-path';
import { LATEST_RUNS } from './table';

const SCENARIOS = [
  'fan-out',
  'mass-expiry',
  'token-path',
  'audit-append',
  'reads',
  'console',
  'notice-lag',
  'audit-export',
  'offline-verify',
  'command-path',
  'ledger',
] as const;
type ScenarioName = (typeof SCENARIOS)[number];

const USAGE = `npm run bench -- [--grants 10000] [--expiring 10000] [--engagements 10000] [--audit-events 100000]
                    [--connections 32] [--seconds 20] [--audit-appends 3000] [--export-events 1000000]
                    [--revocations 1000] [--commands 400] [--apis 1] [--workers 1] [--trace]
                    [--only fan-out,mass-expiry,token-path,offline-verify,command-path,audit-append,reads,console,notice-lag,ledger,audit-export]`;

function parseOptions(all: readonly string[]): BenchOptions {
  // The one flag without a value.
  const trace = all.includes('--trace');
  const argv = all.filter((arg) => arg !== '--trace');
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!flag.startsWith('--') || value === undefined) {
      throw new Error(`unexpected argument ${flag}\nusage: ${USAGE}`);
    }
    values.set(flag.slice(2), value);
  }
  const count = (name: string, fallback: number): number => {
    const raw = values.get(name);
    values.delete(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not ${raw}`);
    return n;
  };
  const options: BenchOptions = {
    grants: count('grants', 10_000),
    expiring: count('expiring', 10_000),
    engagements: count('engagements', 10_000),
    auditEvents: count('audit-events', 100_000),
    connections: count('connections', 32),
    seconds: count('seconds', 20),
    auditAppends: count('audit-appends', 3_000),
    exportEvents: count('export-events', 1_000_000),
    revocations: count('revocations', 1_000),
    commands: count('commands', 400),
    apis: count('apis', 1),
    workers: count('workers', 1),
    trace,
    only: values.get('only')?.split(','),
  };
  values.delete('only');
  const unknown = [...values.keys()];
  if (unknown.length > 0) throw new Error(`unknown option --${unknown[0]}\nusage: ${USAGE}`);
  const wrong = options.only?.find((s) => !(SCENARIOS as readonly string[]).includes(s));
  if (wrong) throw new Error(`--only: no scenario ${wrong}; they are ${SCENARIOS.join(', ')}`);
  return options;
}

function table(results: readonly ScenarioResult[]): string {
  const lines: string[] = [];
  const fmt = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `${k}=${v}`)
      .join('  ');
  for (const r of results) {
    lines.push(`\n== ${r.scenario}`);
    lines.push(`   figure    ${fmt(r.figures)}`);
    if (Object.keys(r.baseline).length > 0) lines.push(`   baseline  ${fmt(r.baseline)}`);
    if (Object.keys(r.ratios).length > 0) lines.push(`   ratio     ${fmt(r.ratios)}`);
    if (r.peakRssMiB) lines.push(`   peak RSS  api=${r.peakRssMiB.api} MiB  worker=${r.peakRssMiB.worker} MiB`);
    for (const t of r.targets) lines.push(`   ${t.ok ? 'OK          ' : 'BELOW TARGET'}  ${t.name} (${t.detail})`);
    for (const note of r.notes) lines.push(`   note      ${note}`);
  }
  return lines.join('\n');
}

/** Issue 17's memory budgets, marked for every scenario: the API under 300 MiB, the worker under 500 MiB (the largest of each kind). */
function memoryTargets(peak: { api: number; worker: number }): ScenarioResult['targets'] {
  return [
    { name: 'API peak RSS < 300 MiB', ok: peak.api < 300, detail: `${peak.api} MiB` },
    { name: 'worker peak RSS < 500 MiB', ok: peak.worker < 500, detail: `${peak.worker} MiB` },
  ];
}

/**
 * Which committed file a finished run becomes, if any: a traced run's command samples (its figures are
 * slowed by tracing, so never the table's), a scale-out run, or a plain run of every scenario.
 */
function latestFile(options: BenchOptions): string | undefined {
  if (options.trace) return !options.only || options.only.includes('command-path') ? LATEST_RUNS[2] : undefined;
  if (options.apis > 1 || options.workers > 1) return LATEST_RUNS[1];
  return options.only ? undefined : LATEST_RUNS[0];
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write(`usage: ${USAGE}\n`);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  // The baseline's in-process worker logs only what needs attention; its bundling chatter would bury the table.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const wanted = (name: ScenarioName) => !options.only || options.only.includes(name);
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const resultsDir = path.join(PROJECT_ROOT, 'bench', 'results');
  const logDir = path.join(PROJECT_ROOT, '.bench', stamp);
  mkdirSync(resultsDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'frontier-bench-'));
  chmodSync(dataDir, 0o755);
  const log = (line: string) => process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${line}\n`);

  log(`starting PostgreSQL, Temporal, the worker and the API (logs in ${path.relative(PROJECT_ROOT, logDir)})`);
  const tools = {
    ...loadToolConfig({}, PROJECT_ROOT),
    dataDir,
    ports: await freeStackPorts(),
  };
  let stack: Stack | undefined;
  // With --trace, the API and the worker export their spans to the bench itself.
  const traces = options.trace ? new TraceCollector() : undefined;
  let collector: Awaited<ReturnType<TraceCollector['listen']>> | undefined;
  const results: ScenarioResult[] = [];
  const machine = {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
  const file = path.join(resultsDir, `${stamp}.json`);
  // Written after every scenario, so a run that fails or is stopped part-way keeps what it measured.
  const writeResults = (complete: boolean, to = file) => {
    const run: BenchRun = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      complete,
      machine,
      argv: process.argv.slice(2),
      options,
      results,
    };
    writeFileSync(to, `${JSON.stringify(run, null, 2)}\n`);
  };
  // Ctrl-C (or a CI timeout) still stops the stack it started, and only then exits.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the stack`);
      interrupted = (stack?.stop() ?? Promise.resolve()).finally(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(130);
      });
    });
  }
  try {
    // The rate limits sit far above the load the benchmark puts on one caller, so it measures the work, not the limiter.
    collector = await traces?.listen();
    stack = await startStack({
      tools,
      logDir,
      apps: true,
      appEnv: {
        LOG_LEVEL: 'warn',
        RATE_LIMIT_INTROSPECTION: '100000000/1s',
        RATE_LIMIT_TOKEN_ISSUANCE: '100000000/1s',
        ...(collector ? { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url } : {}),
      },
    });
    const memory = new MemoryWatch(stack);
    const bench: Bench = { stack, options, log, memory, ...(traces ? { traces } : {}) };
    const run = async (name: ScenarioName, scenario: () => Promise<ScenarioResult>, processes = ''): Promise<void> => {
      if (!wanted(name)) return;
      log(`scenario ${name}${processes}`);
      memory.take();
      const result = await scenario();
      const peak = memory.take();
      results.push({ ...result, scenario: `${result.scenario}${processes}`, peakRssMiB: peak, targets: [...result.targets, ...memoryTargets(peak)] });
      writeResults(false);
      log(
        table([results[results.length - 1]!])
          .trimStart()
          .split('\n')
          .join('\n           '),
      );
    };
    // Every scenario on one API and one worker; then, with --apis or --workers, the scenarios that change
    // state again with that many processes on the same PostgreSQL and Temporal, so the two sit side by side.
    const runAll = async (processes = ''): Promise<void> => {
      let fanOutState: FanOutState | undefined;
      await run(
        'fan-out',
        async () => {
          const { result, state } = await fanOut(bench);
          fanOutState = state;
          return result;
        },
        processes,
      );
      await run('mass-expiry', () => massExpiry(bench, fanOutState), processes);
      if (processes) return;
      await run('token-path', () => tokenPath(bench));
      await run('offline-verify', () => offlineVerify(bench));
      await run('command-path', () => commandPath(bench));
      await run('audit-append', () => auditAppend(bench));
      await run('reads', () => readsAtSize(bench));
      await run('console', () => consolePage(bench));
      await run('notice-lag', () => noticeLag(bench));
    };
    await runAll();
    if (options.apis > 1 || options.workers > 1) {
      log(`starting more processes: ${options.apis} APIs and ${options.workers} workers in all`);
      await stack.scaleOut(options.apis, options.workers);
      await runAll(` (${options.apis} APIs, ${options.workers} workers)`);
    }
    await run('ledger', () => ledger(bench));
    await run('audit-export', () => auditAtScale(bench));
    memory.stop();
  } finally {
    await stack?.stop();
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  writeResults(true);
  // A run of every scenario is the one the README's table is made from (npm run bench:table); so is a scale-out run.
  const latest = latestFile(options);
  if (latest) {
    writeResults(true, path.join(PROJECT_ROOT, latest));
  }
  process.stdout.write(
    `\nBenchmark ${startedAt.toISOString()} on ${machine.cores} cores, ${machine.memoryGiB} GiB (${machine.cpuModel})${table(results)}\n\nwritten to ${path.relative(PROJECT_ROOT, file)}${latest ? ` and ${latest} (the README's table: npm run bench:table)` : ''}\n`,
  );
}

/** Set when a signal is stopping the stack: the run's own failure (its stack gone) must not exit first. */
let interrupted: Promise<void> | undefined;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (interrupted) {
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
