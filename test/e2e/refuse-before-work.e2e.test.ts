import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { post, request } from '../support/api';
import { Cast, cast, introspect, inWindow, reviewerToken } from '../support/scenario';
import { asOwner, caller } from '../support/stack';

const json = { 'content-type': 'application/json' };
const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('refuse before doing work', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  describe('JSON nested more deeply than 32 levels is a 400 naming the body, however deep, on every kind of route', () => {
    it.each([
      ['an inquiry', '/v1/engagements', (deep: string) => `{"modelName":${deep}}`],
      ['a registry import', '/v1/partners/import', (deep: string) => `{"rows":[${deep}]}`],
      ['an introspection', '/v1/tokens/introspect', (deep: string) => `{"token":${deep}}`],
    ])('%s', async (_what, path, body) => {
      const token = path === '/v1/partners/import' ? c.admin.token : c.developer.token;
      for (const depth of [33, 1_000, 100_000]) {
        const res = await request('POST', path, undefined, { token, rawBody: body(nested(depth)), headers: json });
        expect({
          depth,
          status: res.status,
          code: res.body['code'],
          fields: (res.body['errors'] as { field: string }[] | undefined)?.map((e) => e.field),
        }).toEqual({
          depth,
          status: 400,
          code: 'VALIDATION_FAILED',
          fields: ['body'],
        });
      }
    });

    it('30 levels are read, and then judged on their merits', async () => {
      const res = await request('POST', '/v1/engagements', undefined, { token: c.developer.token, rawBody: `{"modelName":${nested(30)}}`, headers: json });
      expect(res.status).toBe(400);
      expect((res.body['errors'] as { field: string }[]).map((e) => e.field)).toContain('modelName');
    });
  });

  describe('the large body limit is the import route’s, and a program administrator’s only; rows are counted as they arrive', () => {
    it('a developer sending a large body to the import route is stopped at the ordinary limit', async () => {
      const res = await request('POST', '/v1/partners/import', undefined, {
        token: c.developer.token,
        rawBody: `{"rows":[${'{},'.repeat(200_000)}{}]}`,
        headers: json,
      });
      expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      // A body within it reaches the guard, which refuses the role.
      expect((await post('/v1/partners/import', c.developer.token, { rows: [] })).status).toBe(403);
    });

    it('an import of more than 50,000 JSON rows is refused at the first row too many, before the rest is read or parsed', async () => {
      // Past the 50,001st row the body is not even JSON: were it parsed, the answer would be MALFORMED_JSON.
      const body = `{"rows":[${'{},'.repeat(50_001)}{} this is not JSON ${'x'.repeat(1_000_000)}`;
      const res = await request('POST', '/v1/partners/import', undefined, { token: c.admin.token, rawBody: body, headers: json });
      expect(res.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'rows', message: 'an import holds at most 50000 rows' }] });
    });

    it('and so is a CSV of more than 50,000 rows', async () => {
      const rows = Array.from({ length: 50_001 }, (_, i) => `p-${i},"Name, ${i}",RURAL_HOSPITAL,VT`).join('\n');
      const res = await request('POST', '/v1/partners/import', undefined, {
        token: c.admin.token,
        rawBody: `id,name,sector,state\n${rows}\n`,
        headers: { 'content-type': 'text/csv' },
      });
      expect(res.body).toMatchObject({ status: 400, errors: [{ field: 'rows' }] });
    });

    it('an import within the limits is read and imported as before', async () => {
      const id = `p-${randomUUID().slice(0, 8)}`;
      const csv = `id,name,sector,state,contact_name,contact_email\n${id},"Valley, County Health",RURAL_HOSPITAL,NE,Sam Ortiz,sam@valley.example\n`;
      const res = await request<{ accepted: number }>('POST', '/v1/partners/import', undefined, {
        token: c.admin.token,
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      });
      expect(res.status).toBe(200);
      expect(res.body.accepted).toBe(1);
    });
  });

  describe('introspection and token issuance are rate-limited per caller', () => {
    it('past the issuance limit a reviewer hears 429 with Retry-After, and other callers do not', async () => {
      const id = await inWindow(c);
      const answers = [];
      for (let i = 0; i < 32; i += 1) {
        answers.push(await post(`/v1/engagements/${id}/access-tokens`, c.reviewer.token, {}));
      }
      const limited = answers.filter((a) => a.status === 429);
      expect(answers.filter((a) => a.status === 201).length).toBe(30);
      expect(limited.length).toBe(2);
      expect(limited[0]!.contentType).toContain('application/problem+json');
      expect(limited[0]!.body).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) as number });
      expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
      // The limit is the caller's: the developer introspects as before.
      expect((await introspect('anything', c.developer)).status).toBe(200);
    });

    it('past the introspection limit a gateway hears 429; its junk was audited once, with a count', async () => {
      const gateway = await caller(Role.Developer, c.developer.org);
      // The bucket holds 300 and refills at 300 a minute while the requests go out.
      const statuses: number[] = [];
      while (!statuses.includes(429) && statuses.length < 500) {
        statuses.push((await introspect(`not-a-token-${statuses.length}`, gateway)).status);
      }
      const answered = statuses.filter((s) => s === 200).length;
      expect(answered).toBeGreaterThanOrEqual(300);
      expect(statuses[statuses.length - 1]).toBe(429);
      const events = async () =>
        asOwner(
          async (db) =>
            (
              await db.query<{ action: string; details: { count: number; reasons: Record<string, number> } }>(
                "SELECT action, details FROM audit_events WHERE actor_sub = $1 AND action LIKE 'access_token.%'",
                [gateway.sub],
              )
            ).rows,
        );
      let seen: Awaited<ReturnType<typeof events>> = [];
      for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
        seen = await events();
        if (seen.reduce((n, e) => n + (e.details.count ?? 0), 0) >= answered) break;
      }
      // No event per junk string: a few, each with a count, adding up to the 300 answered.
      expect(seen.every((e) => e.action === 'access_token.unknown_introspected')).toBe(true);
      expect(seen.length).toBeLessThan(10);
      expect(seen.reduce((n, e) => n + e.details.count, 0)).toBe(answered);
      expect(seen[0]!.details.reasons).toEqual({ MALFORMED: expect.any(Number) as number });
    });

    it('every introspection of a token the system issued is still audited on its own', async () => {
      const other = await cast();
      const id = await inWindow(other);
      const { token } = await reviewerToken(id, other.reviewer);
      const gateway = await caller(Role.Developer, other.developer.org);
      expect((await introspect(token, gateway)).body['active']).toBe(true);
      expect((await introspect(token, gateway)).body['active']).toBe(true);
      const audited = await asOwner(
        async (db) =>
          (
            await db.query<{ n: string }>(
              "SELECT count(*) AS n FROM audit_events WHERE actor_sub = $1 AND action = 'access_token.introspected' AND outcome = 'ACTIVE'",
              [gateway.sub],
            )
          ).rows[0]!.n,
      );
      expect(Number(audited)).toBe(2);
    });
  });
});
