import { randomBytes, randomUUID } from 'node:crypto';

import type { CollectedSpan } from '../../tools/stack/trace-collector';
import { request } from '../support/api';
import { Cast, cast, inWindow } from '../support/scenario';
import { stack } from '../support/stack';
import { until } from '../support/until';

async function traceOf(traceId: string): Promise<CollectedSpan[]> {
  const response = await fetch(`${stack().controlUrl}/traces/${traceId}`);
  return (await response.json()) as CollectedSpan[];
}

/** The chain of spans from `span` up to the root of what was received, `span` first. */
function ancestry(span: CollectedSpan, spans: readonly CollectedSpan[]): CollectedSpan[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const chain = [span];
  for (let parent = span.parentSpanId && byId.get(span.parentSpanId); parent; parent = parent.parentSpanId && byId.get(parent.parentSpanId)) {
    chain.push(parent);
  }
  return chain;
}

/**
 * The suite's stack exports traces over OTLP (to a receiver in the stack's own process). One command, a
 * reviewer recording a finding, is one trace: from the API's HTTP request, through the Temporal Update and
 * the engagement workflow, to the worker's activity and its SQL; and no span carries the finding's text,
 * the caller's token or a query string.
 */
describe('a command is one trace from the HTTP request to the SQL its activity runs', () => {
  let c: Cast;
  const traceId = randomBytes(16).toString('hex');
  const title = `trace-title-${randomUUID()}`;
  const description = `trace-description-${randomUUID()}`;
  const query = `trace-query-${randomUUID()}`;
  let spans: CollectedSpan[] = [];

  const parentId = randomBytes(8).toString('hex');
  const isRequest = (s: CollectedSpan) => s.service === 'frontier-access-api' && s.attributes['http.method'] === 'POST' && s.parentSpanId === parentId;
  const isUpdate = (s: CollectedSpan) => s.service === 'frontier-access-api' && /^(StartWorkflowUpdate|UpdateWithStartWorkflow):/.test(s.name);
  const isHandled = (s: CollectedSpan) => s.service === 'frontier-access-worker' && s.name.startsWith('HandleUpdate:');
  const isActivity = (s: CollectedSpan) => s.service === 'frontier-access-worker' && s.name.startsWith('RunActivity:');
  const isSql = (s: CollectedSpan) => s.service === 'frontier-access-worker' && s.attributes['db.system'] === 'postgresql';

  beforeAll(async () => {
    c = await cast();
    const id = await inWindow(c);
    const recorded = await request(
      'POST',
      `/v1/engagements/${id}/findings?${query}=1`,
      { title, description, inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' },
      { token: c.reviewer.token, headers: { traceparent: `00-${traceId}-${parentId}-01` } },
    );
    expect(recorded.status).toBe(201);
    // Each process sends its spans in batches within about a second of their end; wait for every part.
    spans = await until(
      "the trace's spans from both processes",
      async () => {
        const received = await traceOf(traceId);
        const activity = received.find(isActivity);
        const whole =
          received.some(isRequest) &&
          received.some(isUpdate) &&
          received.some(isHandled) &&
          activity !== undefined &&
          received.some((s) => isSql(s) && ancestry(s, received).includes(activity));
        return whole && received;
      },
      20_000,
    );
  });

  it("the API's request span continues the caller's trace, and the Temporal Update is within it", () => {
    const server = spans.find(isRequest)!;
    expect(server.attributes['http.target']).toMatch(/^\/v1\/engagements\/[0-9a-f-]+\/findings$/);
    expect(ancestry(spans.find(isUpdate)!, spans)).toContain(server);
  });

  it("the workflow's handling of the Update, the activity it ran and the activity's SQL all hang under the request", () => {
    const server = spans.find(isRequest)!;
    const handled = spans.find(isHandled)!;
    expect(ancestry(handled, spans)).toContain(server);
    const activities = spans.filter(isActivity);
    expect(activities.some((a) => ancestry(a, spans).includes(handled))).toBe(true);
    const sql = spans.filter(isSql);
    expect(sql.some((s) => activities.some((a) => ancestry(s, spans).includes(a)))).toBe(true);
  });

  it("no span carries the finding's text, the caller's token or the query string; SQL goes without its values", () => {
    const text = JSON.stringify(spans);
    for (const secret of [title, description, query, c.reviewer.token]) {
      expect(text).not.toContain(secret);
    }
    expect(spans.filter((s) => 'db.postgresql.values' in s.attributes)).toEqual([]);
    const statements = spans.map((s) => s.attributes['db.statement']).filter((s): s is string => typeof s === 'string');
    expect(statements.some((statement) => statement.includes('$1'))).toBe(true);
  });
});
