import type { INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';

import {
  bindActivities,
  EngagementProjectionActivities,
  FindingLifecycleActivities,
  GrantFanOutActivities,
  GrantProjectionActivities,
  InquiryRequestLifecycleActivities,
  NotificationActivities,
  RetentionLifecycleActivities,
  WebhookDeliveryActivities,
  WorkerActivities,
} from '#activities';
import { TASK_QUEUE } from '#contracts';
import { EncryptionCodec } from '#security';

import { sourceBundleOptions } from './source-bundle';
import { activityLogContext } from './worker-logging';

/** Workflow interceptors, bundled with the workflows: only commands this system sealed reach them. */
export const WORKFLOW_INTERCEPTOR_MODULES: readonly string[] = [require.resolve('../../workflows/sealed-inputs.interceptors')];

export interface WorkerSettings {
  /** Replace activities (tests inject failures this way); the rest stay the real ones. */
  readonly activityOverrides?: Partial<WorkerActivities>;
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue?: string;
  /** A prebuilt bundle (production); without it the workflows are bundled at start. */
  readonly workflowBundlePath?: string;
  readonly overrides?: Partial<WorkerOptions>;
}

/** Builds the Temporal worker around the activities of a Nest application context. */
export function createWorker(app: INestApplicationContext, settings: WorkerSettings): Promise<Worker> {
  const activities = {
    ...bindActivities({
      projection: app.get(EngagementProjectionActivities),
      notifications: app.get(NotificationActivities),
      grants: app.get(GrantProjectionActivities),
      fanOut: app.get(GrantFanOutActivities),
      webhooks: app.get(WebhookDeliveryActivities),
      findings: app.get(FindingLifecycleActivities),
      requests: app.get(InquiryRequestLifecycleActivities),
      retention: app.get(RetentionLifecycleActivities),
    }),
    ...settings.activityOverrides,
  };
  const workflowsPath = require.resolve('../../workflows');
  const workflows: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> = settings.workflowBundlePath
    ? { workflowBundle: { codePath: settings.workflowBundlePath } }
    : { workflowsPath, bundlerOptions: sourceBundleOptions(workflowsPath) };
  // A prebuilt bundle already carries the interceptors (tools/build-workflow-bundle.ts).
  const interceptors = {
    interceptors: { activity: [activityLogContext], ...(settings.workflowBundlePath ? {} : { workflowModules: [...WORKFLOW_INTERCEPTOR_MODULES] }) },
  };
  return Worker.create({
    connection: settings.connection,
    namespace: settings.namespace,
    taskQueue: settings.taskQueue ?? TASK_QUEUE,
    activities,
    ...workflows,
    ...interceptors,
    dataConverter: { payloadCodecs: [app.get(EncryptionCodec)] },
    ...settings.overrides,
  });
}
