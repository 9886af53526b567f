import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Runtime } from '@temporalio/worker';

import { RetentionScheduleKeeper } from '#activities';
import { createLogger, JsonLogger, loadConfig, runProcess, temporalConnectionOptions } from '#config';

import { createWorker } from './worker.factory';
import { WorkerModule } from './worker.module';
import { TemporalJsonLogger } from './worker-logging';

async function main(): Promise<void> {
  const config = loadConfig();
  // One JSON line per entry, from Nest, the activities (with their ids) and Temporal alike.
  const logger = new JsonLogger(createLogger(config.logLevel, 'worker'));
  Runtime.install({ logger: new TemporalJsonLogger(logger.pino) });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger });
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
