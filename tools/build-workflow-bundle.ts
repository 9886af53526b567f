import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';

import { WORKFLOW_INTERCEPTOR_MODULES } from '../apps/worker/worker.factory';
import { PROJECT_ROOT } from './stack/stack';

/** Production workers load this prebuilt bundle instead of bundling workflows at start. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    workflowInterceptorModules: [...WORKFLOW_INTERCEPTOR_MODULES],
    logger: { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error },
  });
  const file = path.join(PROJECT_ROOT, 'dist', 'workflow-bundle.js');
  writeFileSync(file, code);
  process.stdout.write(`workflow bundle: ${path.relative(PROJECT_ROOT, file)} (${Math.round(code.length / 1024)} KiB)\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
