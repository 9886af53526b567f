import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection } from '@temporalio/worker';

import { RetentionScheduleKeeper } from '#activities';
import { loadConfig, nestLogLevels, runProcess, temporalConnectionOptions } from '#config';

import { createWorker } from './worker.factory';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: nestLogLevels(config.logLevel),
  });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const worker = await createWorker(app, {
    connection,
    namespace: config.temporal.namespace,
    workflowBundlePath: config.temporal.workflowBundlePath,
    overrides: { maxCachedWorkflows: config.worker.maxCachedWorkflows },
  });
  await app.get(RetentionScheduleKeeper).ensure();
  Logger.log(`polling ${config.temporal.address} (${config.temporal.namespace})`, 'Worker');
  try {
    // Runs until SIGINT or SIGTERM, then drains in-flight tasks.
    await worker.run();
  } finally {
    await connection.close();
    await app.close();
  }
}

runProcess('Worker', main);
