import type { EngagementListDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post, request } from '../support/api';
import { act, Cast, cast, DIGEST, inquiry, submitted } from '../support/scenario';

function fields(body: { errors?: { field: string }[] }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.field))];
}

describe('bad input gets a clear problem+json naming what is wrong, and writes nothing', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true });
  });

  it.each([
    ['a missing field', { ...inquiry(), modelName: undefined }, ['modelName']],
    ['an unknown field', { ...inquiry(), architecture: 'secret' }, ['architecture']],
    ['a blank name', inquiry({ modelName: '   ' }), ['modelName']],
    ['a name that is too long', inquiry({ modelName: 'x'.repeat(201) }), ['modelName']],
    ['a bad email', inquiry({ contactEmail: 'safety at acme' }), ['contactEmail']],
    ['a bad date', inquiry({ plannedReleaseDate: '2027-13-01' }), ['plannedReleaseDate']],
    ['a timestamp where a date belongs', inquiry({ plannedReleaseDate: '2027-01-01T00:00:00Z' }), ['plannedReleaseDate']],
    ['a number for text', inquiry({ modelVersion: 7 }), ['modelVersion']],
    ['a date that does not exist', inquiry({ plannedReleaseDate: '2027-02-30' }), ['plannedReleaseDate']],
    ['year zero', inquiry({ plannedReleaseDate: '0000-01-01' }), ['plannedReleaseDate']],
    ['a NUL character', inquiry({ modelName: 'Atlas\u0000' }), ['modelName']],
    ['a control character in the summary', inquiry({ capabilitySummary: 'bell \u0007' }), ['capabilitySummary']],
  ])('creating with %s answers 400 naming the field', async (_what, body, expected) => {
    const before = await get<EngagementListDto>('/v1/engagements?limit=100', c.developer.token);
    const res = await post('/v1/engagements', c.developer.token, body);
    expect(res.status).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(fields(res.body as { errors: { field: string }[] })).toEqual(expected);
    const after = await get<EngagementListDto>('/v1/engagements?limit=100', c.developer.token);
    expect(after.body.items.length).toBe(before.body.items.length);
  });

  it.each([
    ['reviewers', 'admin', { reviewerIds: [] }, ['reviewerIds']],
    ['reviewers', 'admin', { reviewerIds: ['a', 'a'] }, ['reviewerIds']],
    ['reviewers', 'admin', { reviewerIds: ['has space'] }, ['reviewerIds']],
    ['attestations', 'reviewer', { noConflictOfInterest: false }, ['noConflictOfInterest']],
    ['attestations', 'reviewer', {}, ['noConflictOfInterest']],
    ['benchmark-results', 'reviewer', { reference: 'NSA-1', digest: 'md5:abc', summary: 's' }, ['digest']],
    ['benchmark-results', 'reviewer', { reference: 'NSA-1', digest: `sha256:${'A'.repeat(64)}`, summary: 's' }, ['digest']],
    ['benchmark-results', 'reviewer', { reference: '../../etc', digest: DIGEST, summary: 's' }, ['reference']],
    ['benchmark-results', 'reviewer', { reference: 'NSA-1', digest: DIGEST, summary: 's', results: { score: 0.93 } }, ['results']],
    ['recommendation', 'reviewer', { outcome: 'MAYBE', rationale: 'r' }, ['outcome']],
    ['recommendation', 'reviewer', { outcome: 'COVERED' }, ['rationale']],
    ['withdraw', 'developer', { reason: 5 }, ['reason']],
  ] as const)('POST %s as %s with %j answers 400 naming %j', async (route, who, body, expected) => {
    const res = await post(`/v1/engagements/${id}/${route}`, c[who].token, body);
    expect(res.status).toBe(400);
    expect(fields(res.body as { errors: { field: string }[] })).toEqual(expected);
  });

  it('a body over 256 KiB answers 413', async () => {
    const res = await post('/v1/engagements', c.developer.token, inquiry({ capabilitySummary: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('malformed JSON answers 400', async () => {
    const res = await request('POST', '/v1/engagements', undefined, { token: c.developer.token, rawBody: '{"modelName": "Atlas",' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('a body that is not JSON answers 415', async () => {
    const res = await request('POST', '/v1/engagements', undefined, {
      token: c.developer.token,
      rawBody: 'modelName=Atlas',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });

  it('an id that is not a UUID answers 400 naming it', async () => {
    const res = await get('/v1/engagements/engagement-1', c.developer.token);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });

  it.each([
    ['a cursor whose id is all dashes', { t: '2026-01-01T00:00:00.000Z', id: '-'.repeat(36) }],
    ['a cursor from beyond year 2999', { t: '+275760-09-13T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' }],
    ['a cursor with a number for the time', { t: 0, id: '00000000-0000-4000-8000-000000000000' }],
  ])('%s answers 400, never 500', async (_what, cursor) => {
    const encoded = Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const res = await get(`/v1/engagements?cursor=${encoded}`, c.developer.token);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('query parameters are validated too', async () => {
    expect((await get('/v1/engagements?limit=0', c.developer.token)).status).toBe(400);
    expect((await get('/v1/engagements?limit=1000', c.developer.token)).status).toBe(400);
    expect((await get('/v1/engagements?stage=SOMEWHERE', c.developer.token)).status).toBe(400);
    expect((await get('/v1/engagements?color=blue', c.developer.token)).status).toBe(400);
  });

  it('errors never carry a stack trace or SQL', async () => {
    const res = await post(`/v1/engagements/${id}/benchmark-results`, c.reviewer.token, {
      reference: "x'; DROP TABLE engagements;--",
      digest: DIGEST,
      summary: 's',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+|SELECT|INSERT|QueryFailedError/);
  });
});
