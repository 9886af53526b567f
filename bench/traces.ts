import { randomBytes } from 'node:crypto';

import type { CollectedSpan } from '../tools/stack/trace-collector';
import { Bench, round, sleep, TraceSample, WaterfallSpan } from './harness';

/** How long a trace must stop growing before it counts as whole (spans leave each process within about a second). */
const SETTLED_MS = 2_500;

/** The spans in depth-first order under their parents, each with its depth; siblings by start. */
function waterfall(spans: readonly CollectedSpan[]): WaterfallSpan[] {
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string | undefined, CollectedSpan[]>();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const origin = Math.min(...spans.map((s) => s.startMs));
  const out: WaterfallSpan[] = [];
  const walk = (parent: string | undefined, depth: number): void => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => a.startMs - b.startMs)) {
      out.push({
        depth,
        service: span.service.replace(/^frontier-access-/, ''),
        name: span.name,
        startMs: round(span.startMs - origin, 1),
        durationMs: round(span.durationMs, 1),
      });
      walk(span.spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}

/**
 * Sends one command with a fresh W3C `traceparent` (so its trace id is known), waits until the API's and
 * the worker's spans of it have all reached the bench's collector, and returns them as a waterfall.
 */
export async function traceOne(bench: Bench, command: string, send: (traceparent: string) => Promise<void>): Promise<TraceSample | undefined> {
  const collector = bench.traces;
  if (!collector) return undefined;
  const traceId = randomBytes(16).toString('hex');
  await send(`00-${traceId}-${randomBytes(8).toString('hex')}-01`);
  let seen = 0;
  let settledAt = Date.now();
  for (const giveUp = Date.now() + 30_000; Date.now() < giveUp; await sleep(250)) {
    const count = collector.trace(traceId).length;
    if (count !== seen) {
      seen = count;
      settledAt = Date.now();
    } else if (count > 0 && Date.now() - settledAt >= SETTLED_MS) {
      break;
    }
  }
  const spans = collector.trace(traceId);
  if (spans.length === 0) return undefined;
  const end = Math.max(...spans.map((s) => s.startMs + s.durationMs));
  return { command, totalMs: round(end - Math.min(...spans.map((s) => s.startMs)), 1), spans: waterfall(spans) };
}
