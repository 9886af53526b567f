import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { OUTPUT, ROOT, STACK_INFO, WORKFLOW_BUNDLE } from './paths';
import { TEST_PAYLOAD_KEY } from './test-keys';

const STARTUP_TIMEOUT_MS = 180_000;

/**
 * Starts the real stack the suite runs against (PostgreSQL, Temporal dev server, local issuer,
 * worker, API) as its own process, and bundles the workflows from source for workflow tests.
 * A stack that does not come up fails the suite; nothing is skipped.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  rmSync(STACK_INFO, { force: true });
  // The stack runs from dist/, so make sure it is current (a no-op when make test already built it).
  execFileSync('make', ['-s', '--no-print-directory', 'build-quiet'], { cwd: ROOT, stdio: 'inherit' });

  const log = openSync(path.join(OUTPUT, 'test-stack.log'), 'w');
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--enable-source-maps', path.join(ROOT, 'dist', 'tools', 'test-stack.js'), '--info', STACK_INFO, '--payload-key', TEST_PAYLOAD_KEY],
    { cwd: ROOT, stdio: ['ignore', log, log], detached: false },
  );
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  (globalThis as { __STACK_PID__?: number }).__STACK_PID__ = child.pid;

  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    logger: { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: console.error },
  });
  writeFileSync(WORKFLOW_BUNDLE, code);

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!existsSync(STACK_INFO)) {
    if (exited || Date.now() > deadline) {
      throw new Error(`the test stack did not start; see ${path.join(OUTPUT, 'test-stack.log')}:\n${readFileSync(path.join(OUTPUT, 'test-stack.log'), 'utf8').slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
