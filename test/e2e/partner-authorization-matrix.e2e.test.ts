import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { get, post, request } from '../support/api';
import { act, approvedGrants, Cast, cast, determined, partnerRows, publishTerms, registerPartners } from '../support/scenario';
import { Caller, caller } from '../support/stack';

type Who = 'developer' | 'otherDeveloper' | 'admin' | 'reviewer' | 'authority' | 'auditor' | 'partner' | 'otherPartner' | 'anonymous';
const EVERYONE: readonly Who[] = ['developer', 'otherDeveloper', 'admin', 'reviewer', 'authority', 'auditor', 'partner', 'otherPartner', 'anonymous'];

interface Fixture {
  readonly engagementId: string;
  readonly grantId: string;
  readonly pendingNominationId: string;
  readonly partnerId: string;
}

interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  readonly path: (f: Fixture) => string;
  readonly body?: () => unknown;
  readonly expect: Record<Who, number>;
}

const ONLY_ADMIN = (ok: number): Record<Who, number> => ({
  developer: 403,
  otherDeveloper: 403,
  admin: ok,
  reviewer: 403,
  authority: 403,
  auditor: 403,
  partner: 403,
  otherPartner: 403,
  anonymous: 401,
});

const row = () => ({
  id: `m-${randomUUID().slice(0, 12)}`,
  name: 'Matrix County Hospital',
  sector: 'RURAL_HOSPITAL',
  state: 'NE',
  contacts: [{ name: 'Duty officer', email: 'soc@matrix.example' }],
});

/**
 * Every partner-facing route, for every role, against an engagement whose developer published
 * terms, whose partners were approved (one accepted its grant, one did not), that holds a pending
 * nomination, and that was then withdrawn. Those who may act get 409 (the stage or the grant's end
 * forbids it, nothing changes); those off the engagement or the grant, whatever their role, and
 * partners asking about another partner's grant, get 404; a role the route does not admit gets 403
 * from those who may see the record.
 */
const ROUTES: Record<string, Route> = {
  'POST /v1/partners': { method: 'POST', path: () => '/v1/partners', body: row, expect: ONLY_ADMIN(201) },
  'POST /v1/partners/import': { method: 'POST', path: () => '/v1/partners/import', body: () => ({ rows: [row()] }), expect: ONLY_ADMIN(200) },
  'GET /v1/partners': { method: 'GET', path: () => '/v1/partners', expect: ONLY_ADMIN(200) },
  'GET /v1/partner-directory': {
    method: 'GET',
    path: () => '/v1/partner-directory',
    expect: { ...ONLY_ADMIN(200), developer: 200, otherDeveloper: 200 },
  },
  'GET /v1/partners/:id': { method: 'GET', path: (f) => `/v1/partners/${f.partnerId}`, expect: ONLY_ADMIN(200) },
  'PATCH /v1/partners/:id': {
    method: 'PATCH',
    path: (f) => `/v1/partners/${f.partnerId}`,
    body: () => ({ name: 'Matrix Regional Hospital' }),
    expect: ONLY_ADMIN(200),
  },
  'POST /v1/engagements/:id/nominations': {
    method: 'POST',
    path: (f) => `/v1/engagements/${f.engagementId}/nominations`,
    body: () => ({ filter: { sector: 'RURAL_HOSPITAL' }, durationDays: 30, scopes: ['model:query'] }),
    expect: { developer: 409, otherDeveloper: 404, admin: 409, reviewer: 403, authority: 403, auditor: 403, partner: 404, otherPartner: 404, anonymous: 401 },
  },
  'GET /v1/engagements/:id/nominations': {
    method: 'GET',
    path: (f) => `/v1/engagements/${f.engagementId}/nominations`,
    expect: { developer: 200, otherDeveloper: 404, admin: 200, reviewer: 403, authority: 403, auditor: 200, partner: 404, otherPartner: 404, anonymous: 401 },
  },
  ...Object.fromEntries(
    ['approve', 'decline'].map((decision) => [
      `POST /v1/engagements/:id/nominations/:nominationId/${decision}`,
      {
        method: 'POST' as const,
        path: (f: Fixture) => `/v1/engagements/${f.engagementId}/nominations/${f.pendingNominationId}/${decision}`,
        body: () => ({}),
        expect: {
          developer: 409,
          otherDeveloper: 404,
          admin: 409,
          reviewer: 403,
          authority: 403,
          auditor: 403,
          partner: 404,
          otherPartner: 404,
          anonymous: 401,
        },
      },
    ]),
  ),
  'PUT /v1/engagements/:id/partner-terms': {
    method: 'PUT',
    path: (f) => `/v1/engagements/${f.engagementId}/partner-terms`,
    body: () => ({ version: 'v9', text: 'Late terms' }),
    expect: { developer: 409, otherDeveloper: 404, admin: 403, reviewer: 403, authority: 403, auditor: 403, partner: 404, otherPartner: 404, anonymous: 401 },
  },
  'GET /v1/engagements/:id/partner-terms': {
    method: 'GET',
    path: (f) => `/v1/engagements/${f.engagementId}/partner-terms`,
    expect: { developer: 200, otherDeveloper: 404, admin: 200, reviewer: 403, authority: 403, auditor: 200, partner: 404, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/engagements/:id/grants/revoke': {
    method: 'POST',
    path: (f) => `/v1/engagements/${f.engagementId}/grants/revoke`,
    body: () => ({ reason: 'Matrix' }),
    expect: { developer: 409, otherDeveloper: 404, admin: 409, reviewer: 403, authority: 403, auditor: 403, partner: 404, otherPartner: 404, anonymous: 401 },
  },
  'GET /v1/grants': {
    method: 'GET',
    path: (f) => `/v1/grants?engagementId=${f.engagementId}`,
    expect: { developer: 200, otherDeveloper: 200, admin: 200, reviewer: 403, authority: 403, auditor: 200, partner: 200, otherPartner: 200, anonymous: 401 },
  },
  'GET /v1/grants/:id': {
    method: 'GET',
    path: (f) => `/v1/grants/${f.grantId}`,
    expect: { developer: 200, otherDeveloper: 404, admin: 200, reviewer: 404, authority: 404, auditor: 200, partner: 200, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/grants/:id/accept': {
    method: 'POST',
    path: (f) => `/v1/grants/${f.grantId}/accept`,
    body: () => ({ termsVersion: 'v1', termsHash: 'a'.repeat(64) }),
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 409, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/grants/:id/access-tokens': {
    method: 'POST',
    path: (f) => `/v1/grants/${f.grantId}/access-tokens`,
    body: () => ({}),
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 409, otherPartner: 404, anonymous: 401 },
  },
  // A partner's remediation notices and reports: its own grant only; the grant ended with the withdrawal (409), its own reports stay readable.
  'GET /v1/grants/:id/remediation-notices': {
    method: 'GET',
    path: (f) => `/v1/grants/${f.grantId}/remediation-notices`,
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 409, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/grants/:id/remediation-notices/:noticeId/acknowledgement': {
    method: 'POST',
    path: (f) => `/v1/grants/${f.grantId}/remediation-notices/00000000-0000-4000-8000-000000000001/acknowledgement`,
    body: () => ({}),
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 409, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/grants/:id/reports': {
    method: 'POST',
    path: (f) => `/v1/grants/${f.grantId}/reports`,
    body: () => ({ title: 'Matrix', description: 'd', severity: 'LOW' }),
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 409, otherPartner: 404, anonymous: 401 },
  },
  'GET /v1/grants/:id/reports': {
    method: 'GET',
    path: (f) => `/v1/grants/${f.grantId}/reports`,
    expect: { developer: 403, otherDeveloper: 404, admin: 403, reviewer: 404, authority: 404, auditor: 403, partner: 200, otherPartner: 404, anonymous: 401 },
  },
  'POST /v1/grants/:id/revoke': {
    method: 'POST',
    path: (f) => `/v1/grants/${f.grantId}/revoke`,
    body: () => ({ reason: 'Matrix' }),
    expect: { developer: 409, otherDeveloper: 404, admin: 409, reviewer: 404, authority: 404, auditor: 403, partner: 403, otherPartner: 404, anonymous: 401 },
  },
};

describe('authorization matrix for trusted partners: every route, every role', () => {
  let c: Cast;
  let who: Record<Exclude<Who, 'anonymous'>, Caller>;
  let fixture: Fixture;

  beforeAll(async () => {
    c = await cast();
    const engagementId = await determined(c);
    const rows = partnerRows(3, 'RURAL_HOSPITAL', 'NE');
    await registerPartners(c, rows);
    const [mine, theirs, later] = rows;
    const partner = await caller(Role.Partner, mine!.id);
    const otherPartner = await caller(Role.Partner, theirs!.id);
    const terms = await publishTerms(c, engagementId);
    await approvedGrants(c, engagementId, [mine!.id, theirs!.id]);
    const grantId = (await get<{ items: { id: string }[] }>('/v1/grants', partner.token)).body.items[0]!.id;
    await act(`/v1/grants/${grantId}/accept`, partner, { termsVersion: terms.version, termsHash: terms.hash });
    const pending = await post<{ id: string }>(`/v1/engagements/${engagementId}/nominations`, c.developer.token, {
      partnerIds: [later!.id],
      durationDays: 30,
      scopes: ['model:query'],
    });
    await act(`/v1/engagements/${engagementId}/withdraw`, c.developer, {});
    fixture = { engagementId, grantId, pendingNominationId: pending.body.id, partnerId: mine!.id };
    who = {
      developer: c.developer,
      otherDeveloper: c.otherDeveloper,
      admin: c.admin,
      reviewer: c.reviewer,
      authority: c.authority,
      auditor: c.auditor,
      partner,
      otherPartner,
    };
  });

  const tokenOf = (w: Who) => (w === 'anonymous' ? undefined : who[w].token);
  const cases = Object.entries(ROUTES).flatMap(([name, route]) => EVERYONE.map((w) => [name, w, route.expect[w]] as const));

  it.each(cases)('%s as %s answers %i', async (name, w, status) => {
    const route = ROUTES[name]!;
    const res = await request(route.method, route.path(fixture), route.body?.(), { token: tokenOf(w) });
    expect({ name, w, status: res.status }).toEqual({ name, w, status });
    if (status >= 400) {
      expect(res.contentType).toContain('application/problem+json');
      expect(res.body['status']).toBe(status);
      expect(res.body['type']).toMatch(/^urn:frontier-access:problem:/);
    }
  });

  it('a grant list never names another partner or another engagement', async () => {
    const asPartner = await get<{ items: { partner: { id: string } }[]; total: number }>(`/v1/grants?engagementId=${fixture.engagementId}`, who.partner.token);
    expect(asPartner.body.items.map((g) => g.partner.id)).toEqual([fixture.partnerId]);
    expect(asPartner.body.total).toBe(1);
    const asOutsider = await get<{ items: unknown[]; total: number }>(`/v1/grants?engagementId=${fixture.engagementId}`, who.otherDeveloper.token);
    expect(asOutsider.body).toEqual(expect.objectContaining({ items: [], total: 0 }));
    expect(JSON.stringify(asPartner.body)).not.toContain(who.otherPartner.org);
  });

  it('grants that do not exist answer 404 to every caller, and nominations that do not exist to every role that could otherwise act, exactly as hidden ones', async () => {
    const missing: Fixture = { ...fixture, grantId: randomUUID(), pendingNominationId: randomUUID() };
    for (const [name, route] of Object.entries(ROUTES).filter(([n]) => n.includes(':nominationId') || n.includes('/v1/grants/:id'))) {
      const couldAct = (x: Who) => route.expect[x] !== 401 && (name.includes('/v1/grants/:id') || route.expect[x] !== 403);
      for (const w of EVERYONE.filter(couldAct)) {
        const res = await request(route.method, route.path(missing), route.body?.(), { token: tokenOf(w) });
        expect({ name, w, status: res.status }).toEqual({ name, w, status: 404 });
      }
    }
    const hidden = await get(`/v1/grants/${fixture.grantId}`, who.otherPartner.token);
    const absent = await get(`/v1/grants/${missing.grantId}`, who.otherPartner.token);
    expect({ ...hidden.body, instance: undefined }).toEqual({ ...absent.body, instance: undefined });
  });
});
