import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';

import { TRACED_WORKFLOW_INTERCEPTOR_MODULES, tracedBundlePath, WORKFLOW_INTERCEPTOR_MODULES } from '../apps/worker/worker.factory';
import { PROJECT_ROOT } from './stack/stack';

/**
 * Production workers load these prebuilt bundles instead of bundling workflows at start: the workflows
 * with their interceptors, and beside it the same with Temporal's OpenTelemetry interceptors, which a
 * worker loads only with tracing on (OTEL_EXPORTER_OTLP_ENDPOINT).
 */
async function main(): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'dist', 'workflow-bundle.js');
  for (const [target, modules] of [
    [file, WORKFLOW_INTERCEPTOR_MODULES],
    [tracedBundlePath(file), TRACED_WORKFLOW_INTERCEPTOR_MODULES],
  ] as const) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows'),
      workflowInterceptorModules: [...modules],
      logger: { log: () => undefined, trace: () => undefined, debug: () => undefined, info: () => undefined, warn: console.warn, error: console.error },
    });
    writeFileSync(target, code);
    process.stdout.write(`workflow bundle: ${path.relative(PROJECT_ROOT, target)} (${Math.round(code.length / 1024)} KiB)\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
