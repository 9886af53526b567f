import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { STACK_INFO } from './paths';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the test stack, and makes sure nothing it started outlives the run. */
export default async function globalTeardown(): Promise<void> {
  const pid = (globalThis as { __STACK_PID__?: number }).__STACK_PID__;
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
  // Every server of this run has the run's private data folder on its command line.
  if (existsSync(STACK_INFO)) {
    const { dataDir } = JSON.parse(readFileSync(STACK_INFO, 'utf8')) as { dataDir: string };
    try {
      execFileSync('pkill', ['-KILL', '-f', dataDir]);
    } catch {
      // Nothing was left: pkill exits non-zero when it matches no process.
    }
  }
}
