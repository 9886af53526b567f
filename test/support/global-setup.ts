import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';

import { sourceBundleOptions } from '../../apps/worker/source-bundle';
import { OUTPUT, ROOT, STACK_INFO, WORKFLOW_BUNDLE } from './paths';
import { launchStack } from './stack-process';

/**
 * Starts the real stack the suite runs against (PostgreSQL, Temporal dev server, local issuer,
 * worker, API) as its own process, and bundles the workflows from source for workflow tests.
 * A stack that does not come up fails the suite; nothing is skipped.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  // The stack runs from dist/, so make sure it is current (a no-op when make test already built it).
  execFileSync('make', ['-s', '--no-print-directory', 'build-quiet'], { cwd: ROOT, stdio: 'inherit' });

  // Rate limits low enough for a test to reach them (the fault stack keeps the defaults: its load is steady).
  // And a sign-in strength one role needs in browser sessions, so the step-up refusal can be reached.
  const launched = launchStack(STACK_INFO, path.join(OUTPUT, 'test-stack.log'), {
    RATE_LIMIT_INTROSPECTION: '300/1m',
    RATE_LIMIT_TOKEN_ISSUANCE: '30/1m',
    SIGN_IN_MIN_ACR: 'designation-authority=urn:frontier-access:acr:local-phr',
  });
  (globalThis as { __STACK_PID__?: number }).__STACK_PID__ = launched.pid;

  const workflowsPath = require.resolve('../../workflows');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    ...sourceBundleOptions(workflowsPath),
    logger: { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined, warn: () => undefined, error: console.error },
  });
  writeFileSync(WORKFLOW_BUNDLE, code);
  await launched.ready;
}
