import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { loadConfig, runProcess, startTracing } from '#config';

async function main(): Promise<void> {
  const config = loadConfig();
  await startTracing('api', config.tracing);
  // Loaded once tracing has started, so HTTP and pg are traced from their first use.
  const { createApiApp } = await import('./app.factory.js');
  const app = await createApiApp(config);
  await app.listen(config.http.port, config.http.host);
  Logger.log(`listening on http://${config.http.host}:${config.http.port}`, 'Api');
}

runProcess('Api', main);
