import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as the collector keeps it: which process sent it, where it sits in its trace, and when. */
export interface CollectedSpan {
  /** The resource's `service.name`: `frontier-access-api` or `frontier-access-worker`. */
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly startMs: number;
  readonly durationMs: number;
  readonly attributes: Readonly<Record<string, string | number | boolean>>;
}

interface OtlpValue {
  readonly stringValue?: string;
  readonly intValue?: number | string;
  readonly doubleValue?: number;
  readonly boolValue?: boolean;
}
interface OtlpAttribute {
  readonly key: string;
  readonly value: OtlpValue;
}
interface OtlpSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly startTimeUnixNano: string | number;
  readonly endTimeUnixNano: string | number;
  readonly attributes?: readonly OtlpAttribute[];
}
/** An OTLP/HTTP JSON export request (`POST /v1/traces`), as far as the collector reads it. */
export interface OtlpTraces {
  readonly resourceSpans?: readonly {
    readonly resource?: { readonly attributes?: readonly OtlpAttribute[] };
    readonly scopeSpans?: readonly { readonly spans?: readonly OtlpSpan[] }[];
  }[];
}

const valueOf = (value: OtlpValue): string | number | boolean =>
  value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : undefined) ?? value.doubleValue ?? value.boolValue ?? '';

const attributesOf = (attributes: readonly OtlpAttribute[] = []): Record<string, string | number | boolean> =>
  Object.fromEntries(attributes.map((a) => [a.key, valueOf(a.value)]));

/** How many traces are kept; the oldest go first. */
const KEEP_TRACES = 5_000;

/**
 * A minimal OTLP/HTTP (JSON) trace receiver for the test stack and the benchmark: the API and worker
 * export to it as they would to a real collector, and it keeps the spans by trace for a test or the bench
 * to read back.
 */
export class TraceCollector {
  private readonly traces = new Map<string, CollectedSpan[]>();

  /** Takes one export request's spans. */
  accept(body: OtlpTraces): void {
    for (const resourceSpans of body.resourceSpans ?? []) {
      const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name'] ?? 'unknown');
      for (const span of (resourceSpans.scopeSpans ?? []).flatMap((scope) => scope.spans ?? [])) {
        const start = BigInt(span.startTimeUnixNano);
        const kept: CollectedSpan = {
          service,
          traceId: span.traceId,
          spanId: span.spanId,
          ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
          name: span.name,
          startMs: Number(start / 1_000n) / 1_000,
          durationMs: Number(BigInt(span.endTimeUnixNano) - start) / 1e6,
          attributes: attributesOf(span.attributes),
        };
        const trace = this.traces.get(span.traceId) ?? [];
        if (trace.length === 0) {
          this.traces.set(span.traceId, trace);
          if (this.traces.size > KEEP_TRACES) this.traces.delete(this.traces.keys().next().value!);
        }
        trace.push(kept);
      }
    }
  }

  /** The spans of one trace received so far, oldest first. */
  trace(traceId: string): CollectedSpan[] {
    return [...(this.traces.get(traceId) ?? [])].sort((a, b) => a.startMs - b.startMs);
  }

  /** Receives `POST /v1/traces` on a free loopback port; its URL is what OTEL_EXPORTER_OTLP_ENDPOINT names. */
  async listen(): Promise<{ readonly url: string; close(): Promise<void> }> {
    const server = createServer((request, response) => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      void this.receive(request).then((ok) => (ok ? response.writeHead(200, { 'content-type': 'application/json' }).end('{}') : response.writeHead(400).end()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  /** Reads an export request from `request` and takes it; whether it was one. */
  private async receive(request: IncomingMessage): Promise<boolean> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      this.accept(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces);
      return true;
    } catch {
      return false;
    }
  }
}
