import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { get, post, request } from '../support/api';
import { act, activeGrants, ARTIFACT, Cast, cast, DIGEST, GATEWAY, introspect, publishTerms, reviewerToken } from '../support/scenario';
import { stack } from '../support/stack';
import { until } from '../support/until';

type LogLine = Record<string, unknown> & { readonly message?: string };

/** The JSON lines a process of the suite's stack has written so far (anything else on its output is kept apart). */
function linesOf(processName: 'api' | 'worker'): { json: LogLine[]; text: string } {
  const text = readFileSync(path.join(stack().logDir, `${processName}.log`), 'utf8');
  const json = text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
  return { json, text };
}

const secret = (label: string) => `${label}-${randomUUID()}`;

/**
 * The API and the worker log one JSON object a line, each with the id of the request it serves or the workflow
 * and activity it runs in, and nothing confidential: a full walk's secrets (an inquiry, findings, terms, reasons,
 * every token) appear in neither process's log.
 */
describe('structured logs, with nothing confidential in them', () => {
  let c: Cast;
  const secrets: string[] = [];
  const keep = (value: string) => {
    secrets.push(value);
    return value;
  };
  const requestId = `logs-test-${randomUUID()}`;

  beforeAll(async () => {
    c = await cast();
    keep(c.developer.token);
    keep(c.reviewer.token);

    // An engagement from inquiry to its window, a reviewer's token introspected, a finding, a withdrawal.
    const submitted = await post<{ id: string }>('/v1/engagements', c.developer.token, {
      modelName: 'Atlas',
      modelVersion: '7.0-rc1',
      capabilitySummary: keep(secret('capability')),
      contactEmail: keep(`${secret('contact')}@atlas.example`),
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id;
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true, statement: keep(secret('statement')) });
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, { reference: 'NSA-BM-1', digest: DIGEST, summary: keep(secret('benchmark')) });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewer, { outcome: 'COVERED', rationale: keep(secret('recommendation')) });
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'COVERED', rationale: keep(secret('determination')) });
    await act(`/v1/engagements/${id}/access-window`, c.developer, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    const { token } = await reviewerToken(id, c.reviewer);
    expect((await introspect(keep(token), c.developer)).body['active']).toBe(true);
    const finding = await post(`/v1/engagements/${id}/findings`, c.reviewer.token, {
      title: keep(secret('finding-title')),
      description: keep(secret('finding-description')),
      inKev: false,
      publiclyExposed: true,
      automatable: true,
      technicalImpact: 'TOTAL',
    });
    expect(finding.status).toBe(201);
    // One request with an id of the caller's own, and a query string, which is never logged.
    const asked = await request('GET', `/v1/engagements/${id}?${keep(secret('query'))}=1`, undefined, {
      token: c.developer.token,
      headers: { 'x-request-id': requestId },
    });
    expect(asked.headers.get('x-request-id')).toBe(requestId);
    await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: keep(secret('withdrawal')) });

    // Grants: a partner's token introspected, new terms, one grant revoked, the rest by sector (a fan-out activity).
    const grants = await activeGrants(c, 2);
    const issued = await post<{ token: string }>(`/v1/grants/${grants.grants[0]}/access-tokens`, grants.partners[0]!.token, {});
    expect(issued.status).toBe(201);
    await introspect(keep(issued.body.token), c.developer);
    await publishTerms(c, grants.id, 'v2', keep(secret('terms')));
    expect((await post(`/v1/grants/${grants.grants[0]}/revoke`, c.developer.token, { reason: keep(secret('revocation')) })).status).toBe(200);
    const bulk = await post<{ revoked: number }>(`/v1/engagements/${grants.id}/grants/revoke`, c.admin.token, {
      sector: 'RURAL_HOSPITAL',
      reason: keep(secret('bulk')),
    });
    expect(bulk.status).toBe(200);
    // The worker's fan-out logs what it told the grant workflows once it has.
    await until('the fan-out logged', async () =>
      linesOf('worker').json.some((line) => line.message?.startsWith('told ') && String(line.message).includes(grants.id)),
    );
    expect((await get(`/v1/engagements/${grants.id}`, c.developer.token)).status).toBe(200);
  });

  it('neither process logs a secret of the walk: no confidential text, no token, no query string', () => {
    for (const processName of ['api', 'worker'] as const) {
      const { text } = linesOf(processName);
      const leaked = secrets.filter((value) => text.includes(value));
      expect({ processName, leaked }).toEqual({ processName, leaked: [] });
    }
  });

  it('each request is one JSON line with its id, method, path, status and time; the id comes back to the caller', () => {
    const { json } = linesOf('api');
    const line = json.find((l) => l['requestId'] === requestId && l.message === 'request');
    expect(line).toEqual(
      expect.objectContaining({
        level: 'info',
        process: 'api',
        method: 'GET',
        status: 200,
        path: expect.stringMatching(/^\/v1\/engagements\/[0-9a-f-]{36}$/) as unknown,
      }),
    );
    expect(typeof line?.['ms']).toBe('number');
    expect(typeof line?.['time']).toBe('string');
  });

  it('what an activity logs carries its workflow and activity ids', () => {
    const { json } = linesOf('worker');
    const told = json.find((l) => l.message?.startsWith('told '));
    expect(told).toEqual(
      expect.objectContaining({
        process: 'worker',
        level: 'info',
        workflowId: expect.any(String) as unknown,
        activityId: expect.any(String) as unknown,
        activityType: expect.any(String) as unknown,
      }),
    );
  });
});
