import { execFileSync, spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

import { ROOT } from './paths';
import { TEST_PAYLOAD_KEY } from './test-keys';

const STARTUP_TIMEOUT_MS = 180_000;

export interface LaunchedStack {
  readonly pid: number;
  /** Resolves once the stack has written its info file; rejects if it dies or takes too long. */
  readonly ready: Promise<void>;
}

/**
 * Starts `dist/tools/test-stack.js` (PostgreSQL, Temporal dev server, local issuer, worker, API on
 * free ports) as its own process. `env` is extra configuration for the worker and the API.
 */
export function launchStack(infoFile: string, logFile: string, env: Record<string, string> = {}): LaunchedStack {
  rmSync(infoFile, { force: true });
  const log = openSync(logFile, 'w');
  const args = ['--disable-warning=ExperimentalWarning', '--enable-source-maps', path.join(ROOT, 'dist', 'tools', 'test-stack.js'), '--info', infoFile];
  args.push('--payload-key', TEST_PAYLOAD_KEY);
  for (const [key, value] of Object.entries(env)) {
    args.push('--env', `${key}=${value}`);
  }
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', log, log] });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const ready = (async () => {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (!existsSync(infoFile)) {
      if (exited || Date.now() > deadline) {
        throw new Error(`the test stack did not start; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return { pid: child.pid!, ready };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a launched stack, and makes sure nothing it started outlives it. */
export async function stopStack(pid: number | undefined, infoFile: string): Promise<void> {
  if (pid !== undefined && alive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 40_000;
    while (alive(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (alive(pid)) {
      process.kill(pid, 'SIGKILL');
    }
  }
  // Every server of a stack has the stack's private data folder on its command line.
  if (existsSync(infoFile)) {
    const { dataDir } = JSON.parse(readFileSync(infoFile, 'utf8')) as { dataDir: string };
    try {
      execFileSync('pkill', ['-KILL', '-f', dataDir]);
    } catch {
      // Nothing was left: pkill exits non-zero when it matches no process.
    }
  }
}
