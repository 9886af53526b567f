import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Runtime } from '@temporalio/worker';

import { RetentionScheduleKeeper } from '#activities';
import { AppConfig, createLogger, JsonLogger, temporalConnectionOptions, Tracing } from '#config';

import { createWorker } from './worker.factory';
import { WorkerModule } from './worker.module';
import { TemporalJsonLogger } from './worker-logging';

/** The worker process: its Nest context (the activities' services), the Temporal worker, until SIGINT or SIGTERM. */
export async function runWorker(config: AppConfig, tracing: Tracing | undefined): Promise<void> {
  // One JSON line per entry, from Nest, the activities (with their ids) and Temporal alike.
  const logger = new JsonLogger(createLogger(config.logLevel, 'worker'));
  Runtime.install({ logger: new TemporalJsonLogger(logger.pino) });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config.temporal));
  const worker = await createWorker(app, {
    connection,
    namespace: config.temporal.namespace,
    workflowBundlePath: config.temporal.workflowBundlePath,
    tracing,
    overrides: { maxCachedWorkflows: config.worker.maxCachedWorkflows },
  });
  await app.get(RetentionScheduleKeeper).ensure();
  Logger.log(`polling ${config.temporal.address} (${config.temporal.namespace})${tracing ? ', tracing' : ''}`, 'Worker');
  try {
    // Runs until SIGINT or SIGTERM, then drains in-flight tasks.
    await worker.run();
  } finally {
    await connection.close();
    // Closing the context also sends the spans still buffered (TracingShutdown).
    await app.close();
  }
}
