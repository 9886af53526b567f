import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { loadToolConfig } from '#config';

import { onExit } from './stack/exit';
import { LOCAL_ORGANIZATIONS } from './stack/local-organizations';
import { runMigrations } from './stack/migrations';
import { siblingDatabase } from './stack/postgres';
import { freePort, freeStackPorts, rssKiB } from './stack/processes';
import { Stack, startStack } from './stack/stack';
import { TraceCollector } from './stack/trace-collector';

/**
 * The database the workflow tests' workers write to. Their workflows run in a time-skipping server that
 * ends with each test file, so their records must not sit where the API would find them with no
 * workflow behind them (it would rightly answer 503 WORKFLOW_NOT_RUNNING to every command on them).
 */
const WORKFLOW_TESTS_DATABASE = 'frontier_workflow_tests';

/**
 * The test suite's stack, run as its own process by jest's global setup: throwaway PostgreSQL and
 * Temporal dev server on free ports, the local issuer, the worker and the API. It writes how to
 * reach everything to the file named by --info, and takes orders (kill the worker, stop
 * PostgreSQL, ...) on a loopback control port so fault-tolerance tests can break things for real.
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const infoFile = argument('info');
  if (!infoFile) {
    throw new Error('usage: test-stack --info <file> [--payload-key <base64>] [--env KEY=VALUE ...]');
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'frontier-test-'));
  chmodSync(dataDir, 0o755);
  // Beside the info file, named after it: each stack of a run keeps its own logs.
  const logDir = path.join(path.dirname(path.resolve(infoFile)), `${path.basename(infoFile, '.json')}-logs`);
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });

  // A short publish lead so the rotation test need not wait a minute for the new key to sign.
  // Checkpoints every 2 s, so the tests that hold the audit chain to them need not wait a minute.
  const appEnv: Record<string, string> = {
    LOG_LEVEL: 'log',
    SIGNING_KEY_PUBLISH_LEAD: '2s',
    AUDIT_CHECKPOINT_INTERVAL: '2s',
    UNKNOWN_TOKEN_AUDIT_INTERVAL: '2s',
    // A webhook delivery that keeps failing gives up (and turns its endpoint off) in seconds, not days; the
    // workflow tests hold the 3-day default to its time on the time-skipping server.
    WEBHOOK_RETRY_FOR: '30s',
    WEBHOOK_RETRY_MAX_INTERVAL: '4s',
    // A withdrawn engagement may be disposed of 10 minutes after its withdrawal rather than 30 days: the
    // disposal test sees the hold refuse, then moves the withdrawal back past it.
    DISPOSAL_AFTER_WITHDRAWAL: '10m',
  };
  const payloadKey = argument('payload-key');
  if (payloadKey) {
    appEnv['PAYLOAD_ENCRYPTION_KEYS'] = `test1:${payloadKey}`;
    appEnv['PAYLOAD_ENCRYPTION_ACTIVE_KEY'] = 'test1';
  }
  process.argv.forEach((arg, i) => {
    if (arg === '--env') {
      const [key, ...value] = (process.argv[i + 1] ?? '').split('=');
      if (key) appEnv[key] = value.join('=');
    }
  });

  const base = loadToolConfig({});
  const tools = {
    ...base,
    dataDir,
    ports: await freeStackPorts(),
  };
  // The API and the worker trace to this process, as they would to a collector (OTLP/HTTP), so a test can
  // follow one request's trace through both (GET /traces/<id> on the control port).
  const traces = new TraceCollector();
  const collector = await traces.listen();
  appEnv['OTEL_EXPORTER_OTLP_ENDPOINT'] ??= collector.url;
  const stack: Stack = await startStack({ tools, logDir, fastPostgres: true, apps: true, appEnv });

  const control = http.createServer((request, response) => {
    const act = async (): Promise<string | undefined> => {
      const [, target, action] = (request.url ?? '').split('/');
      if (request.method === 'GET' && target === 'traces' && action) {
        return JSON.stringify(traces.trace(action));
      }
      if (request.method === 'GET' && (target === 'worker' || target === 'api') && action === 'rss') {
        // For the tests that bound a process's memory (an export streamed, not built whole).
        return JSON.stringify({ rssKiB: rssKiB(stack.processes.get(target)?.child.pid) });
      }
      if (request.method !== 'POST' || !target || !action) {
        throw new Error('POST /<worker|api|postgres|temporal|mail>/<kill|stop|start>, GET /<worker|api>/rss, or GET /traces/<trace id>');
      }
      if (target === 'worker' || target === 'api') {
        const child = stack.processes.get(target);
        if (action === 'kill') await child?.kill();
        else if (action === 'stop') await child?.stop();
        else if (action === 'start') await stack.startApp(target);
        else throw new Error(`unknown action ${action}`);
      } else if ((target === 'postgres' && stack.postgres) || (target === 'temporal' && stack.temporal) || (target === 'mail' && stack.mailpit)) {
        const server = target === 'postgres' ? stack.postgres! : target === 'temporal' ? stack.temporal! : stack.mailpit!;
        if (action === 'stop') await server.stop();
        else if (action === 'start') await server.start();
        else throw new Error(`unknown action ${action}`);
      } else {
        throw new Error(`unknown target ${target}`);
      }
      return undefined;
    };
    act().then(
      (answer) => (answer === undefined ? response.writeHead(204).end() : response.writeHead(200, { 'content-type': 'application/json' }).end(answer)),
      (error: unknown) => response.writeHead(400).end(String(error)),
    );
  });
  const workflowOwnerUrl = await siblingDatabase(stack.ownerDatabaseUrl, WORKFLOW_TESTS_DATABASE);
  await runMigrations(workflowOwnerUrl, LOCAL_ORGANIZATIONS);
  const workflowAppUrl = new URL(stack.appEnv['DATABASE_URL'] ?? '');
  workflowAppUrl.pathname = `/${WORKFLOW_TESTS_DATABASE}`;

  const controlPort = await freePort();
  await new Promise<void>((resolve) => control.listen(controlPort, '127.0.0.1', resolve));

  writeFileSync(
    infoFile,
    JSON.stringify(
      {
        pid: process.pid,
        apiUrl: stack.apiUrl,
        issuer: stack.issuer,
        consoleClient: stack.consoleClient,
        dataDir,
        logDir,
        ownerDatabaseUrl: stack.ownerDatabaseUrl,
        workflowTests: { ownerDatabaseUrl: workflowOwnerUrl, databaseUrl: workflowAppUrl.toString() },
        temporalAddress: stack.temporalAddress,
        mailUrl: stack.mailUrl,
        controlUrl: `http://127.0.0.1:${controlPort}`,
        appEnv: stack.appEnv,
      },
      null,
      2,
    ),
  );

  onExit(async () => {
    control.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
