import 'reflect-metadata';

import { loadConfig, runProcess, startTracing } from '#config';

async function main(): Promise<void> {
  const config = loadConfig();
  const tracing = await startTracing('worker', config.tracing);
  // Loaded once tracing has started, so HTTP and pg are traced from their first use.
  const { runWorker } = await import('./worker.run.js');
  await runWorker(config, tracing);
}

runProcess('Worker', main);
