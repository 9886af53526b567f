import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { loadConfig, runProcess } from '#config';

import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.http.port, config.http.host);
  Logger.log(`listening on http://${config.http.host}:${config.http.port}`, 'Api');
}

runProcess('Api', main);
