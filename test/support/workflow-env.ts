import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client, WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

import type { WorkerActivities } from '#activities';
import { loadConfig, loadToolConfig } from '#config';
import { EncryptionCodec, sealedClientOptions } from '#security';

import { createWorker } from '../../apps/worker/worker.factory';
import { WorkerModule } from '../../apps/worker/worker.module';
import { OUTPUT, REPLAY_HISTORIES, WORKFLOW_BUNDLE } from './paths';
import { stack } from './stack';

export interface WorkflowTestEnv {
  readonly env: TestWorkflowEnvironment;
  readonly client: Client;
  readonly app: INestApplicationContext;
  readonly notificationLog: string;
  /** Notifications the log transport wrote for one engagement, in order. */
  notifications(engagementId: string): Record<string, unknown>[];
  teardown(): Promise<void>;
}

/**
 * The time-skipping test server with a real worker: the workflows under test, and the real
 * activities writing to the real PostgreSQL of the test stack, in a database of their own.
 */
export async function startWorkflowEnv(
  extraEnv: Record<string, string> = {},
  activityOverrides?: (app: INestApplicationContext) => Partial<WorkerActivities>,
): Promise<WorkflowTestEnv> {
  quietTemporal();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: loadToolConfig().temporalTestServer } },
  });
  const notificationLog = path.join(OUTPUT, `notifications-${randomUUID()}.log`);
  // The worker's own client (grant fan-outs) talks to the time-skipping server too, and its records go
  // to the workflow tests' own database, never to the one the API serves.
  const config = loadConfig({
    ...stack().appEnv,
    DATABASE_URL: stack().workflowTests.databaseUrl,
    NOTIFIER_LOG_FILE: notificationLog,
    // The workflow tests look at what the clocks send (the log above); the stack's own worker makes the inbox and mail.
    NOTICES_ENABLED: 'false',
    LOG_LEVEL: 'error',
    TEMPORAL_ADDRESS: env.address,
    ...extraEnv,
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: ['error'] });
  const worker: Worker = await createWorker(app, {
    connection: env.nativeConnection,
    namespace: env.namespace ?? 'default',
    workflowBundlePath: WORKFLOW_BUNDLE,
    activityOverrides: activityOverrides?.(app),
  });
  const running = worker.run();
  const client = new Client({
    connection: env.connection,
    namespace: env.namespace ?? 'default',
    ...sealedClientOptions(app.get(EncryptionCodec)),
  });
  return {
    env,
    client,
    app,
    notificationLog,
    notifications: (engagementId) =>
      existsSync(notificationLog)
        ? readFileSync(notificationLog, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Record<string, unknown>)
            .filter((n) => n['engagementId'] === engagementId)
        : [],
    async teardown() {
      worker.shutdown();
      await running;
      await app.close();
      await env.teardown();
    },
  };
}

export function quietTemporal(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN'), telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'ERROR' } } } });
  } catch {
    // Already installed for this process by an earlier test file.
  }
}

/**
 * Keeps a workflow's history as a replay fixture when RECORD_REPLAY=1, so later changes to the
 * workflow code are replayed against it (test/replay).
 */
export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env['RECORD_REPLAY'] !== '1') {
    return;
  }
  mkdirSync(REPLAY_HISTORIES, { recursive: true });
  // The workflow id travels with the history: payloads are sealed to it, so the replay must name it.
  const history = JSON.parse(historyToJSON(await handle.fetchHistory())) as unknown;
  writeFileSync(path.join(REPLAY_HISTORIES, `${name}.json`), `${JSON.stringify({ workflowId: handle.workflowId, history }, null, 2)}\n`);
}
