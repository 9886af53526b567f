import type { INestApplicationContext } from '@nestjs/common';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/worker';
import { ActivityInterceptorsFactory, NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';

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
import type { Tracing } from '#config';
import { TASK_QUEUE } from '#contracts';
import { EncryptionCodec } from '#security';

import { sourceBundleOptions } from './source-bundle';
import { activityLogContext } from './worker-logging';

/** Workflow interceptors, bundled with the workflows: only commands this system sealed reach them. */
export const WORKFLOW_INTERCEPTOR_MODULES: readonly string[] = [require.resolve('../../workflows/sealed-inputs.interceptors')];

/**
 * With tracing on, the workflows also carry Temporal's OpenTelemetry interceptors (their spans leave the
 * sandbox through the `exporter` sink). They are in a second prebuilt bundle, so a worker without tracing
 * runs none of their code.
 */
export const TRACED_WORKFLOW_INTERCEPTOR_MODULES: readonly string[] = [
  ...WORKFLOW_INTERCEPTOR_MODULES,
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
];

/** The traced bundle beside a prebuilt one: `workflow-bundle.js` → `workflow-bundle-traced.js`. */
export function tracedBundlePath(bundlePath: string): string {
  return bundlePath.replace(/(\.js)?$/, '-traced.js');
}

export interface WorkerSettings {
  /** Replace activities (tests inject failures this way); the rest stay the real ones. */
  readonly activityOverrides?: Partial<WorkerActivities>;
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue?: string;
  /** A prebuilt bundle (production); without it the workflows are bundled at start. */
  readonly workflowBundlePath?: string;
  /** Tracing as started in this process: activities and workflows join their callers' traces. */
  readonly tracing?: Tracing;
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
  const { tracing } = settings;
  const workflowsPath = require.resolve('../../workflows');
  const workflows: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> = settings.workflowBundlePath
    ? { workflowBundle: { codePath: tracing ? tracedBundlePath(settings.workflowBundlePath) : settings.workflowBundlePath } }
    : { workflowsPath, bundlerOptions: sourceBundleOptions(workflowsPath) };
  // A prebuilt bundle already carries the workflow interceptors (tools/build-workflow-bundle.ts).
  const workflowModules = tracing ? TRACED_WORKFLOW_INTERCEPTOR_MODULES : WORKFLOW_INTERCEPTOR_MODULES;
  const traced: ActivityInterceptorsFactory = (ctx) => ({
    inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
    outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
  });
  const interceptors = {
    interceptors: {
      activity: [activityLogContext, ...(tracing ? [traced] : [])],
      ...(settings.workflowBundlePath ? {} : { workflowModules: [...workflowModules] }),
    },
    ...(tracing ? { sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) } } : {}),
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
