import { Role } from '#domain';

import { get } from '../support/api';
import { cast, submitted } from '../support/scenario';
import { caller, expiredToken, stack } from '../support/stack';

describe('operations endpoints', () => {
  it('/health reports PostgreSQL and Temporal up', async () => {
    const res = await get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', dependencies: { database: 'up', temporal: 'up' } });
  });

  it('/metrics needs its bearer token: without it, or with any other, 401 and nothing shown', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer not-the-metrics-token-at-all' },
      { authorization: `Bearer ${(await caller(Role.Auditor, 'oig')).token}` },
    ]) {
      const res = await fetch(`${stack().apiUrl}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.text()).not.toContain('engagement_commands_total');
    }
  });

  it('/metrics serves Prometheus text with request metrics and no ids in labels', async () => {
    await get('/v1/engagements/00000000-0000-4000-8000-000000000000');
    await submitted(await cast());
    const res = await fetch(`${stack().apiUrl}/metrics`, { headers: { authorization: `Bearer ${stack().appEnv['METRICS_TOKEN']}` } });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toMatch(/engagement_commands_total\{command="submit",outcome="accepted"\} [1-9]/);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('/metrics carries the business gauges, labelled by nothing that names an organization, counts under 5 left out', async () => {
    for (let i = 0; i < 5; i += 1) await submitted(await cast());
    const res = await fetch(`${stack().apiUrl}/metrics`, { headers: { authorization: `Bearer ${stack().appEnv['METRICS_TOKEN']}` } });
    const samples = (await res.text()).split('\n').filter((line) => line.startsWith('program_'));
    const engagements = samples.filter((line) => line.startsWith('program_engagements{'));
    // Five submitted just now: at least one stage holds 5 or more.
    expect(engagements.length).toBeGreaterThan(0);
    for (const line of engagements) {
      expect(line).toMatch(/^program_engagements\{stage="[A-Z_]+"\} \d+$/);
      expect(Number(line.split(' ')[1])).toBeGreaterThanOrEqual(5);
    }
    for (const metric of ['program_determinations_overdue', 'program_grants_active', 'program_nominations_pending']) {
      const shown = samples.find((line) => line.startsWith(`${metric}{scope="program"} `));
      const suppressed = samples.find((line) => line.startsWith(`program_suppressed{metric="${metric}"}`));
      // Either the count, at 5 or more, or a note that it is left out: never both, never a small count.
      expect(suppressed).toMatch(/ [01]$/);
      if (suppressed?.endsWith(' 1')) expect(shown).toBeUndefined();
      else expect(Number(shown?.split(' ')[1])).toBeGreaterThanOrEqual(5);
    }
    expect(samples.filter((line) => /org|developer|partner/i.test(line.split(' ')[0] ?? ''))).toEqual([]);
  });

  it('/openapi.json documents every route of the contract', async () => {
    const res = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    expect(res.status).toBe(200);
    const routes = Object.entries(res.body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/engagements',
        'GET /v1/engagements',
        'GET /v1/engagements/{id}',
        'POST /v1/engagements/{id}/reviewers',
        'POST /v1/engagements/{id}/attestations',
        'POST /v1/engagements/{id}/benchmark-results',
        'POST /v1/engagements/{id}/recommendation',
        'POST /v1/engagements/{id}/determination',
        'POST /v1/engagements/{id}/reconsideration',
        'POST /v1/engagements/{id}/consultations',
        'POST /v1/engagements/{id}/consultations/{consultationId}/answer',
        'GET /v1/consultations',
        'GET /v1/consultations/{consultationId}',
        'POST /v1/engagements/{id}/withdraw',
        'GET /v1/engagements/{id}/audit',
        'GET /v1/audit/verify',
        'POST /v1/engagements/{id}/access-window',
        'POST /v1/engagements/{id}/access-window/end',
        'POST /v1/engagements/{id}/decline-access',
        'POST /v1/engagements/{id}/access-tokens',
        'GET /.well-known/jwks.json',
        'POST /v1/tokens/introspect',
        'POST /v1/engagements/{id}/findings',
        'GET /v1/engagements/{id}/findings',
        'POST /v1/engagements/{id}/findings/{findingId}/response',
        'POST /v1/engagements/{id}/release',
        'POST /v1/engagements/{id}/close',
        'POST /v1/partners',
        'POST /v1/partners/import',
        'GET /v1/partners',
        'GET /v1/partners/{id}',
        'POST /v1/engagements/{id}/nominations',
        'POST /v1/engagements/{id}/nominations/{nominationId}/approve',
        'POST /v1/engagements/{id}/nominations/{nominationId}/decline',
        'PUT /v1/engagements/{id}/partner-terms',
        'GET /v1/grants',
        'GET /v1/grants/{id}',
        'POST /v1/grants/{id}/accept',
        'POST /v1/grants/{id}/access-tokens',
        'POST /v1/grants/{id}/revoke',
        'POST /v1/engagements/{id}/grants/revoke',
        'GET /v1/me',
        'GET /health',
      ]),
    );
  });

  it('/v1/me names the caller as its token does, with its organization’s kind, and is 401 without a valid token', async () => {
    const who = await caller([Role.Reviewer, Role.ProgramAdmin], 'gov-lab');
    const me = await get('/v1/me', who.token);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ sub: who.sub, org: 'gov-lab', orgKind: 'GOVERNMENT', roles: ['reviewer', 'program-admin'], authenticatedBy: 'bearer' });
    const anonymous = await get('/v1/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toContain('application/problem+json');
    expect((await get('/v1/me', await expiredToken())).status).toBe(401);
  });

  it('/docs serves the API documentation page', async () => {
    const res = await fetch(`${stack().apiUrl}/docs`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger-ui');
  });
});
