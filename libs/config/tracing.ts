import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';

import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Span } from '@opentelemetry/api';
import type { Resource } from '@opentelemetry/resources';
import type { ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

import { withoutQuery } from './url-path';

export interface TracingSettings {
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT), without a trailing slash; tracing is off without it. */
  readonly endpoint?: string;
}

/** Tracing as started in this process: what the Temporal worker's workflow span exporter needs, and a flush. */
export interface Tracing {
  readonly resource: Resource;
  readonly spanProcessor: SpanProcessor;
  /** Exports what is still buffered and stops. */
  shutdown(): Promise<void>;
}

/** Spans wait at most this long before they are sent, so a trace is complete at the collector within a couple of seconds. */
const EXPORT_DELAY_MS = 1_000;

/**
 * The URL attributes of an HTTP span without their query strings, under the old semantic conventions and
 * the stable ones (OTEL_SEMCONV_STABILITY_OPT_IN) alike. No header is recorded but the host and user agent.
 */
function stripQueries(span: Span, request: ClientRequest | IncomingMessage): void {
  const target = withoutQuery('path' in request ? request.path : request.url);
  const url = 'path' in request ? `${request.protocol}//${request.host}${target}` : target;
  span.setAttributes({ 'http.target': target, 'http.url': url, 'url.path': target, 'url.full': url, 'url.query': '' });
}

/**
 * What an error says can carry what caused it (PostgreSQL quotes the value it refused): spans leave with
 * their status and exception events reduced to the error's class, never its message or stack.
 */
function scrubbed(exporter: SpanExporter): SpanExporter {
  const scrub = (span: ReadableSpan): ReadableSpan =>
    Object.create(span, {
      status: { value: { code: span.status.code } },
      events: {
        value: span.events.map((event) =>
          event.name === 'exception' ? { ...event, attributes: { 'exception.type': String(event.attributes?.['exception.type'] ?? 'Error') } } : event,
        ),
      },
    }) as ReadableSpan;
  return {
    export: (spans, done) => exporter.export(spans.map(scrub), done),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}

/**
 * Starts OpenTelemetry tracing in this process when an OTLP endpoint is configured: a span for each HTTP
 * request in and out and each `pg` query (its statement, never its parameters), exported in batches over
 * OTLP/HTTP to `<endpoint>/v1/traces`, with W3C trace context carried across processes. The Temporal
 * interceptors (the API's client, the worker's activities and workflows) join the same traces.
 *
 * It patches `pg` as `pg` loads, so each process's main calls it before loading the application. Without
 * an endpoint it loads nothing and returns undefined: tracing costs nothing when off.
 */
export async function startTracing(service: 'api' | 'worker', settings: TracingSettings): Promise<Tracing | undefined> {
  const endpoint = settings.endpoint;
  if (!endpoint) {
    return undefined;
  }
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { OTLPTraceExporter },
    { Resource },
    { registerInstrumentations },
    { HttpInstrumentation },
    { PgInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  const resource = new Resource({ 'service.name': `frontier-access-${service}` });
  const exporter = scrubbed(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }));
  const spanProcessor = new BatchSpanProcessor(exporter, { scheduledDelayMillis: EXPORT_DELAY_MS });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // The global provider, AsyncLocalStorage context and W3C trace context propagation.
  provider.register();
  const collector = new URL(endpoint);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => withoutQuery(request.url) === '/health',
        // The exporter's own requests are not traced.
        ignoreOutgoingRequestHook: (request: RequestOptions) => request.hostname === collector.hostname && String(request.port) === collector.port,
        requestHook: stripQueries,
      }),
      // Only queries made for something traced (a request, an activity): not the listener's heartbeats.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  started = { resource, spanProcessor, shutdown: () => provider.shutdown() };
  return started;
}

/** This process's tracing, once started (OpenTelemetry's provider is one per process). */
let started: Tracing | undefined;

/**
 * Sends what the process's tracing still buffers, and stops it: Nest calls it as the application shuts
 * down (SIGTERM), after the last request or activity has finished. Nothing when tracing is off.
 */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    const tracing = started;
    started = undefined;
    await tracing?.shutdown();
  }
}
