import { randomUUID } from 'node:crypto';

import { createRemoteJWKSet, jwtVerify } from 'jose';
import { DataSource } from 'typeorm';

import { Role } from '#domain';
import { createDataSource, GrantRepository } from '#persistence';

import { get, post, request } from '../support/api';
import {
  act,
  approvedGrants,
  Cast,
  cast,
  determined,
  GATEWAY,
  grantsOf,
  introspect,
  partnerRows,
  publishTerms,
  registerPartners,
  submitted,
  TERMS_TEXT,
  underReview,
} from '../support/scenario';
import { asOwner, Caller, caller, stack } from '../support/stack';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Grant {
  id: string;
  engagementId: string;
  partner: { id: string };
  status: string;
  expiresAt?: string;
  endReason?: string;
  terms: { version: string; hash: string } | null;
  termsText?: string;
  model: { name: string; version: string };
}

async function accept(grant: Grant, partner: Caller, terms = grant.terms!) {
  return post<Grant>(`/v1/grants/${grant.id}/accept`, partner.token, { termsVersion: terms.version, termsHash: terms.hash });
}

async function partnerToken(grantId: string, partner: Caller) {
  return post<{ token: string; expiresAt: string }>(`/v1/grants/${grantId}/access-tokens`, partner.token, {});
}

describe('the partner registry', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a program administrator adds, lists, reads and suspends partners; contacts are encrypted at rest', async () => {
    const id = `hospital-${randomUUID().slice(0, 8)}`;
    const created = await post<{ id: string; status: string }>('/v1/partners', c.admin.token, {
      id,
      name: 'Valley Rural Hospital',
      sector: 'RURAL_HOSPITAL',
      state: 'MT',
      contacts: [{ name: 'Dana CISO', email: 'ciso@valley.example', phone: '+1 406 555 0100' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('VERIFIED');
    const detail = await get<{ contacts: { email: string }[] }>(`/v1/partners/${id}`, c.admin.token);
    expect(detail.body.contacts[0]!.email).toBe('ciso@valley.example');
    const list = await get<{ items: { id: string }[] }>('/v1/partners?sector=RURAL_HOSPITAL&state=MT&limit=100', c.admin.token);
    expect(list.body.items.map((p) => p.id)).toContain(id);
    const suspended = await request<{ status: string }>('PATCH', `/v1/partners/${id}`, { status: 'SUSPENDED' }, { token: c.admin.token });
    expect(suspended.body.status).toBe('SUSPENDED');
    await asOwner(async (db) => {
      const row = await db.query<{ row: string }>('SELECT p::text AS row FROM partners p WHERE id = $1', [id]);
      expect(row.rows[0]!.row).not.toContain('ciso@valley.example');
    });
    const again = await post('/v1/partners', c.admin.token, {
      id,
      name: 'Dup',
      sector: 'RURAL_HOSPITAL',
      state: 'MT',
      contacts: [{ name: 'x', email: 'x@y.example' }],
    });
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('PARTNER_EXISTS');
    expect(again.body['errors']).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it("the registry and the nominators' directory are searched by part of a name or id, any case; %, _ and \\ match only themselves", async () => {
    const prefix = `srch-${randomUUID().slice(0, 8)}`;
    const rows = [
      { id: `${prefix}-a`, name: `Mercy Rural Hospital ${prefix}` },
      { id: `${prefix}-b`, name: `Mercy 100% Care ${prefix}`, status: 'PENDING' },
      { id: `${prefix}-c`, name: `Grace Clinic ${prefix}` },
    ].map((row) => ({ sector: 'RURAL_HOSPITAL', state: 'NE', contacts: [{ name: 'n', email: 'n@srch.example' }], ...row }));
    await registerPartners(c, rows);
    const ids = async (path: string, token: string) => (await get<{ items: { id: string }[] }>(path, token)).body.items.map((p) => p.id);

    expect(await ids(`/v1/partners?q=${encodeURIComponent(`MERCY%`)}`, c.admin.token)).toEqual([]);
    expect(await ids(`/v1/partners?q=${encodeURIComponent(`mercy`)}&state=NE&limit=100`, c.admin.token)).toEqual(
      expect.arrayContaining([rows[0]!.id, rows[1]!.id]),
    );
    expect(await ids(`/v1/partners?q=${encodeURIComponent(`100% care ${prefix}`)}`, c.admin.token)).toEqual([rows[1]!.id]);
    expect(await ids(`/v1/partners?q=${prefix}-C`, c.admin.token)).toEqual([rows[2]!.id]);
    // The directory holds verified partners only, and its count follows the search.
    const directory = await get<{ items: { id: string }[]; total: number }>(`/v1/partner-directory?q=mercy%20&state=NE&limit=100`, c.developer.token);
    expect(directory.body.items.map((p) => p.id)).toContain(rows[0]!.id);
    expect(directory.body.items.map((p) => p.id)).not.toContain(rows[1]!.id);
    const exact = await get<{ items: { id: string }[]; total: number }>(`/v1/partner-directory?q=${prefix}`, c.developer.token);
    expect(exact.body).toEqual(
      expect.objectContaining({ total: 2, items: [expect.objectContaining({ id: rows[0]!.id }), expect.objectContaining({ id: rows[2]!.id })] }),
    );
  });

  it('only program administrators keep it', async () => {
    for (const who of [c.developer, c.reviewer, c.authority, c.partner, c.auditor]) {
      expect((await get('/v1/partners', who.token)).status).toBe(403);
      expect((await post('/v1/partners/import', who.token, { rows: [] })).status).toBe(403);
    }
  });

  it('imports JSON rows, reporting each bad row without blocking the good ones', async () => {
    const good = partnerRows(3, 'COMMUNITY_BANK', 'IA');
    const res = await post<{ accepted: number; created: number; updated: number; rejected: { row: number; errors: string[] }[] }>(
      '/v1/partners/import',
      c.admin.token,
      {
        rows: [
          good[0],
          { ...good[1], state: 'ZZ' },
          good[2],
          { ...good[0], name: 'duplicate in this file' },
          { name: 'No sector', state: 'IA', contacts: [] },
          good[1],
          null,
          42,
          'a partner',
          [good[0]],
        ],
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(3);
    expect(res.body.created).toBe(3);
    expect(res.body.rejected.map((r) => r.row)).toEqual([2, 4, 5, 7, 8, 9, 10]);
    expect(res.body.rejected[0]!.errors.join()).toMatch(/state/);
    expect(res.body.rejected[1]!.errors.join()).toMatch(/earlier in this import/);
    expect(res.body.rejected[2]!.errors.join()).toMatch(/sector/);
    for (const notAnObject of res.body.rejected.slice(3)) {
      expect(notAnObject.errors).toEqual(['row: must be an object naming one partner']);
    }
  });

  it('a re-import that names no status keeps a suspended partner suspended; one that names a status changes it, audited', async () => {
    const [row] = partnerRows(1, 'COMMUNITY_BANK', 'NE');
    await registerPartners(c, [row!]);
    await request('PATCH', `/v1/partners/${row!.id}`, { status: 'SUSPENDED' }, { token: c.admin.token });
    const again = await post<{ updated: number }>('/v1/partners/import', c.admin.token, { rows: [{ ...row, name: 'Renamed Bank' }] });
    expect(again.body.updated).toBe(1);
    expect((await get<{ name: string; status: string }>(`/v1/partners/${row!.id}`, c.admin.token)).body).toEqual(
      expect.objectContaining({ name: 'Renamed Bank', status: 'SUSPENDED' }),
    );
    await post('/v1/partners/import', c.admin.token, { rows: [{ ...row, status: 'VERIFIED' }] });
    expect((await get<{ status: string }>(`/v1/partners/${row!.id}`, c.admin.token)).body.status).toBe('VERIFIED');
    const changes = await asOwner((db) =>
      db.query<{ details: { from: string; to: string } }>(
        `SELECT details FROM audit_events WHERE action = 'partner.status_changed' AND subject_id = $1 ORDER BY seq`,
        [row!.id],
      ),
    );
    // The suspension by hand and the re-verification by import, each as what it was: the no-status re-import changed nothing.
    expect(changes.rows.map((r) => r.details)).toEqual([
      { from: 'VERIFIED', to: 'SUSPENDED', by: 'update' },
      { from: 'SUSPENDED', to: 'VERIFIED', by: 'import' },
    ]);
  });

  it('imports CSV, and updates partners it already holds', async () => {
    const prefix = `csv-${randomUUID().slice(0, 8)}`;
    const csv = [
      'id,name,sector,state,status,contact_name,contact_email,contact_phone',
      `${prefix}-1,"Lakeside Water, Inc.",WATER_UTILITY,MN,,Pat,pat@lakeside.example,`,
      `${prefix}-2,Prairie Electric Co-op,ELECTRIC_UTILITY,ND,PENDING,Sam,sam@prairie.example,+1 701 555 0101`,
      `${prefix}-3,Broken Row,NOT_A_SECTOR,ND,,Sam,sam@prairie.example,`,
    ].join('\n');
    const first = await request<{ accepted: number; created: number; rejected: { row: number }[] }>('POST', '/v1/partners/import', undefined, {
      token: c.admin.token,
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual(expect.objectContaining({ accepted: 2, created: 2 }));
    expect(first.body.rejected.map((r) => r.row)).toEqual([3]);
    const second = await request<{ accepted: number; created: number; updated: number }>('POST', '/v1/partners/import', undefined, {
      token: c.admin.token,
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(second.body).toEqual(expect.objectContaining({ accepted: 2, created: 0, updated: 2 }));
    const lakeside = await get<{ name: string; status: string }>(`/v1/partners/${prefix}-1`, c.admin.token);
    expect(lakeside.body).toEqual(expect.objectContaining({ name: 'Lakeside Water, Inc.', status: 'VERIFIED' }));
  });

  it('refuses more than 50,000 rows in one import', async () => {
    const rows = Array.from({ length: 50_001 }, () => ({}));
    const res = await post('/v1/partners/import', c.admin.token, { rows });
    expect(res.status).toBe(400);
    expect(res.body['detail']).toMatch(/50000/);
  });
});

describe('nominating partners: dual consent', () => {
  let c: Cast;
  let id: string;
  let ids: string[];

  beforeAll(async () => {
    c = await cast();
    id = await determined(c);
    ids = partnerRows(4).map((p) => p.id);
    await registerPartners(c, partnerRows(4, 'RURAL_HOSPITAL', 'VT', ids[0]!.slice(0, -6)));
  });

  it('unknown or unverified partners, an over-long grant, or no selection get 400 naming each problem', async () => {
    const pending = `${ids[0]!.slice(0, -6)}-pending`;
    await post('/v1/partners', c.admin.token, {
      id: pending,
      name: 'Pending',
      sector: 'RURAL_HOSPITAL',
      state: 'VT',
      status: 'PENDING',
      contacts: [{ name: 'n', email: 'n@p.example' }],
    });
    const bad = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[0], 'no-such-partner', pending],
      durationDays: 30,
      scopes: ['model:query'],
    });
    // Well-formed ids the registry does not hold as verified partners: 409, each one named.
    expect(bad.status).toBe(409);
    expect(bad.body['code']).toBe('PARTNERS_NOT_NOMINABLE');
    expect((bad.body['errors'] as { field: string }[]).map((e) => e.field)).toEqual(['partnerIds[1]', 'partnerIds[2]']);
    const long = await post(`/v1/engagements/${id}/nominations`, c.developer.token, { partnerIds: [ids[0]], durationDays: 91, scopes: ['model:query'] });
    expect(long.status).toBe(400);
    expect(long.body['errors']).toEqual([expect.objectContaining({ field: 'durationDays' })]);
    const neither = await post(`/v1/engagements/${id}/nominations`, c.developer.token, { durationDays: 30, scopes: ['model:query'] });
    expect(neither.status).toBe(400);
    const both = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[0]],
      filter: { sector: 'RURAL_HOSPITAL' },
      durationDays: 30,
      scopes: ['model:query'],
    });
    expect(both.status).toBe(400);
    // A filter's state is left out or a state: null is refused, not stored and echoed back as null.
    const nullState = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      filter: { sector: 'RURAL_HOSPITAL', state: null },
      durationDays: 30,
      scopes: ['model:query'],
    });
    expect(nullState.status).toBe(400);
    expect(nullState.body['errors']).toEqual([expect.objectContaining({ field: 'filter.state' })]);
    const ended = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[0]],
      durationDays: 30,
      accessEndsAt: new Date(Date.now() - 60_000).toISOString(),
      scopes: ['model:query'],
    });
    expect(ended.status).toBe(409);
    expect(ended.body['code']).toBe('INSTANT_PASSED');
    expect(ended.body['errors']).toEqual([expect.objectContaining({ field: 'accessEndsAt' })]);
    const local = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[0]],
      durationDays: 30,
      accessEndsAt: '2027-01-15T09:30:00+01:00',
      scopes: ['model:query'],
    });
    expect(local.status).toBe(400);
  });

  it('the registry cannot be probed through a nomination: stage and right are checked first, and unknown, pending and suspended ids get one and the same error', async () => {
    const prefix = ids[0]!.slice(0, -6);
    const [pending, suspended] = [`${prefix}-probe-p`, `${prefix}-probe-s`];
    for (const [partnerId, status] of [
      [pending, 'PENDING'],
      [suspended, 'VERIFIED'],
    ] as const) {
      const created = await post('/v1/partners', c.admin.token, {
        id: partnerId,
        name: partnerId,
        sector: 'RURAL_HOSPITAL',
        state: 'VT',
        status,
        contacts: [{ name: 'n', email: 'n@p.example' }],
      });
      expect(created.status).toBe(201);
    }
    expect((await request('PATCH', `/v1/partners/${suspended}`, { status: 'SUSPENDED' }, { token: c.admin.token })).status).toBe(200);
    const probe = { partnerIds: ['no-such-partner', pending, suspended], durationDays: 30, scopes: ['model:query'] };

    // Before the stage takes nominations, or for a caller who cannot nominate, nothing is said of the ids.
    const early = await post(`/v1/engagements/${await underReview(c)}/nominations`, c.developer.token, probe);
    expect(early.status).toBe(409);
    expect(early.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
    expect(JSON.stringify(early.body)).not.toMatch(/no-such-partner|probe/);
    const reviewer = await post(`/v1/engagements/${id}/nominations`, c.reviewer.token, probe);
    expect(reviewer.status).toBe(403);
    expect(JSON.stringify(reviewer.body)).not.toMatch(/no-such-partner|probe/);

    // At the right stage, for the developer: the three are refused alike.
    const refused = await post<{ errors: { field: string; message: string }[] }>(`/v1/engagements/${id}/nominations`, c.developer.token, probe);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual(expect.objectContaining({ code: 'PARTNERS_NOT_NOMINABLE' }));
    const messages = refused.body.errors.map((e, i) => e.message.replace(probe.partnerIds[i]!, '<id>'));
    expect(messages).toEqual([messages[0], messages[0], messages[0]]);
    expect(JSON.stringify(refused.body)).not.toMatch(/PENDING|SUSPENDED|registered/);

    // Which is exactly what the developer could have browsed: the verified partners' names, sector and state.
    const directory = await get<{ items: Record<string, unknown>[] }>('/v1/partner-directory?state=VT&limit=100', c.developer.token);
    expect(directory.status).toBe(200);
    const listed = directory.body.items.map((p) => p['id']);
    expect(listed).toEqual(expect.arrayContaining([ids[0]]));
    expect(listed).not.toEqual(expect.arrayContaining([pending]));
    expect(listed).not.toEqual(expect.arrayContaining([suspended]));
    expect(Object.keys(directory.body.items[0]!).sort()).toEqual(['id', 'name', 'sector', 'state']);
    expect((await get('/v1/partner-directory', c.reviewer.token)).status).toBe(403);
  });

  it('a filter matching more than 10,000 verified partners gets 409 with the count, instead of an arbitrary 10,000', async () => {
    await registerPartners(c, partnerRows(10_001, 'OTHER_CRITICAL_INFRASTRUCTURE', 'GU'));
    const wide = await post(`/v1/engagements/${id}/nominations`, c.developer.token, {
      filter: { sector: 'OTHER_CRITICAL_INFRASTRUCTURE', state: 'GU' },
      durationDays: 30,
      scopes: ['model:query'],
    });
    expect(wide.status).toBe(409);
    expect(wide.body['code']).toBe('NOMINATION_TOO_LARGE');
    expect(wide.body['errors']).toEqual([expect.objectContaining({ field: 'filter' })]);
    expect(wide.body['detail']).toMatch(/matches \d{5} verified partners/);
  });

  it('are refused before designation', async () => {
    const early = await submitted(c);
    const res = await post(`/v1/engagements/${early}/nominations`, c.developer.token, { partnerIds: [ids[0]], durationDays: 30, scopes: ['model:query'] });
    expect(res.status).toBe(409);
    expect(res.body['stage']).toBe('INQUIRY_SUBMITTED');
  });

  it('the developer nominates; neither it nor a colleague may approve; a program administrator does', async () => {
    const nominated = await post<{ id: string; side: string; partnerCount: number; status: string }>(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[0], ids[1]],
      durationDays: 30,
      scopes: ['model:query'],
    });
    expect(nominated.status).toBe(201);
    expect(nominated.body).toEqual(expect.objectContaining({ side: 'DEVELOPER', partnerCount: 2, status: 'PENDING' }));
    const self = await post(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.developer.token, {});
    expect(self.status).toBe(403);
    expect(self.body['code']).toBe('SELF_APPROVAL');
    const colleague = await post(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.colleague.token, {});
    expect(colleague.status).toBe(403);
    const approved = await post<{ status: string }>(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.admin.token, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('APPROVED');
    expect((await grantsOf(c.developer, id)).map((g) => g.partner.id).sort()).toEqual([ids[0], ids[1]].sort());
    const twice = await post(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.admin.token, {});
    expect(twice.status).toBe(409);
  });

  it('a program administrator nominates; no administrator may approve it, not even one holding every government role; the developer does', async () => {
    const everything = await caller([Role.ProgramAdmin, Role.Reviewer, Role.DesignationAuthority, Role.Auditor], 'program-office');
    const nominated = await post<{ id: string; side: string }>(`/v1/engagements/${id}/nominations`, everything.token, {
      filter: { sector: 'RURAL_HOSPITAL', state: 'VT' },
      durationDays: 10,
      scopes: ['model:query'],
    });
    expect(nominated.body.side).toBe('GOVERNMENT');
    expect((await post(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, everything.token, {})).body['code']).toBe('SELF_APPROVAL');
    expect((await post(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.admin.token, {})).status).toBe(403);
    expect((await post<{ status: string }>(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.developer.token, {})).body.status).toBe(
      'APPROVED',
    );
  });

  it('either side may decline', async () => {
    for (const [nominator, decliner] of [
      [c.developer, c.developer],
      [c.developer, c.admin],
      [c.admin, c.developer],
    ] as const) {
      const nominated = await post<{ id: string }>(`/v1/engagements/${id}/nominations`, nominator.token, {
        partnerIds: [ids[2]],
        durationDays: 5,
        scopes: ['model:query'],
      });
      const declined = await post<{ status: string; decidedBy: string }>(`/v1/engagements/${id}/nominations/${nominated.body.id}/decline`, decliner.token, {});
      expect(declined.body).toEqual(expect.objectContaining({ status: 'DECLINED', decidedBy: decliner.sub }));
    }
    const outsider = await post<{ id: string }>(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [ids[3]],
      durationDays: 5,
      scopes: ['model:query'],
    });
    expect((await post(`/v1/engagements/${id}/nominations/${outsider.body.id}/decline`, c.otherDeveloper.token, {})).status).toBe(404);
    expect((await post(`/v1/engagements/${id}/nominations/${outsider.body.id}/decline`, c.partner.token, {})).status).toBe(404);
  });
});

describe('terms, consent and partner access', () => {
  let c: Cast;
  let id: string;
  let partners: Caller[];
  let grants: Grant[];

  beforeAll(async () => {
    c = await cast();
    id = await determined(c);
    const rows = partnerRows(3, 'ELECTRIC_UTILITY', 'OR');
    await registerPartners(c, rows);
    partners = await Promise.all(rows.map((r) => caller(Role.Partner, r.id)));
    await publishTerms(c, id, 'v1');
    await approvedGrants(
      c,
      id,
      rows.map((r) => r.id),
    );
    grants = await Promise.all(partners.map(async (p) => (await get<{ items: Grant[] }>('/v1/grants', p.token)).body.items[0]!));
  });

  it('a partner sees only its own grant, the model and the terms, never other partners', async () => {
    const [a, b] = partners;
    const mine = await get<{ items: Grant[]; total: number }>('/v1/grants', a!.token);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]!.partner.id).toBe(a!.org);
    const detail = await get<Grant>(`/v1/grants/${grants[0]!.id}`, a!.token);
    expect(detail.body.model).toEqual({ name: 'Atlas', version: '7.0-rc1' });
    expect(detail.body.termsText).toBe(TERMS_TEXT);
    expect(detail.body.status).toBe('PENDING_ACCEPTANCE');
    expect((await get(`/v1/grants/${grants[1]!.id}`, a!.token)).status).toBe(404);
    expect((await get(`/v1/grants?engagementId=${id}`, b!.token)).body['total']).toBe(1);
    // The engagement itself does not exist for a partner; the registry is refused by role.
    for (const path of [`/v1/engagements/${id}`, `/v1/engagements/${id}/findings`, `/v1/engagements/${id}/nominations`]) {
      expect((await get(path, a!.token)).status).toBe(404);
    }
    expect((await get('/v1/partners', a!.token)).status).toBe(403);
    // The developer sees its own engagement's partners; another developer sees none of them.
    expect((await grantsOf(c.developer, id)).length).toBe(3);
    expect((await grantsOf(c.otherDeveloper, id)).length).toBe(0);
    expect((await get(`/v1/grants/${grants[0]!.id}`, c.otherDeveloper.token)).status).toBe(404);
  });

  it('accepting stale terms is 409 naming the current version; the exact terms activate the grant', async () => {
    const stale = await post(`/v1/grants/${grants[0]!.id}/accept`, partners[0]!.token, { termsVersion: 'v0', termsHash: 'a'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual(expect.objectContaining({ code: 'STALE_TERMS', currentTermsVersion: 'v1' }));
    expect((await partnerToken(grants[0]!.id, partners[0]!)).status).toBe(409);
    const accepted = await accept(grants[0]!, partners[0]!);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('ACTIVE');
    expect(Date.parse(accepted.body.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await accept(grants[0]!, partners[1]!)).status).toBe(404);
  });

  it("a partner's token verifies offline during the grant and introspects as active for the developer only", async () => {
    const { body } = await partnerToken(grants[0]!.id, partners[0]!);
    const jwks = createRemoteJWKSet(new URL(`${stack().apiUrl}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(body.token, jwks, { issuer: stack().apiUrl, audience: GATEWAY });
    expect(payload).toEqual(
      expect.objectContaining({
        sub: partners[0]!.sub,
        org: partners[0]!.org,
        grant_id: grants[0]!.id,
        engagement_id: id,
        token_use: 'partner-access',
        scope: 'model:query',
      }),
    );
    expect((await introspect(body.token, c.developer)).body).toEqual(expect.objectContaining({ active: true, grant_id: grants[0]!.id, org: partners[0]!.org }));
    expect((await introspect(body.token, c.otherDeveloper)).body).toEqual({ active: false });
    expect((await partnerToken(grants[1]!.id, partners[1]!)).status).toBe(409);
  });

  it('new terms suspend every active grant until the partner accepts them', async () => {
    await accept(grants[1]!, partners[1]!);
    const before = (await partnerToken(grants[1]!.id, partners[1]!)).body.token;
    const v2 = await publishTerms(c, id, 'v2', `${TERMS_TEXT} Version 2.`);
    expect((await get<Grant>(`/v1/grants/${grants[1]!.id}`, partners[1]!.token)).body.status).toBe('SUSPENDED');
    expect((await introspect(before, c.developer)).body).toEqual({ active: false });
    expect(((await partnerToken(grants[1]!.id, partners[1]!)).body as unknown as { code: string }).code).toBe('GRANT_NOT_USABLE');
    const republished = await request('PUT', `/v1/engagements/${id}/partner-terms`, { version: 'v2', text: 'other' }, { token: c.developer.token });
    expect(republished.status).toBe(409);
    const resumed = await accept(grants[1]!, partners[1]!, v2);
    expect(resumed.body.status).toBe('ACTIVE');
    expect((await partnerToken(grants[1]!.id, partners[1]!)).status).toBe(201);
  });

  it('revocation ends access at once, and the history stays readable', async () => {
    const terms = (await get<Grant>(`/v1/grants/${grants[2]!.id}`, partners[2]!.token)).body.terms!;
    await accept(grants[2]!, partners[2]!, terms);
    const token = (await partnerToken(grants[2]!.id, partners[2]!)).body.token;
    expect((await post(`/v1/grants/${grants[2]!.id}/revoke`, partners[2]!.token, { reason: 'mine' })).status).toBe(403);
    const revoked = await post<Grant>(`/v1/grants/${grants[2]!.id}/revoke`, c.developer.token, { reason: 'Partner asked to leave the programme' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual(expect.objectContaining({ status: 'REVOKED', endReason: 'REVOKED' }));
    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    expect((await partnerToken(grants[2]!.id, partners[2]!)).status).toBe(409);
    expect((await get<Grant>(`/v1/grants/${grants[2]!.id}`, partners[2]!.token)).body.status).toBe('REVOKED');
    const audit = await asOwner((db) => db.query<{ action: string }>('SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq', [grants[2]!.id]));
    expect(audit.rows.map((e) => e.action)).toEqual(['grant.accepted', 'grant.revoked']);
  });

  it('a nomination with accessEndsAt: no grant of it outlives that instant, and it must be accepted before then', async () => {
    const rows = partnerRows(1, 'ELECTRIC_UTILITY', 'OR');
    await registerPartners(c, rows);
    const partner = await caller(Role.Partner, rows[0]!.id);
    const accessEndsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const nominationId = await approvedGrants(c, id, [rows[0]!.id], { durationDays: 30, accessEndsAt });
    const nominations = await get<{ items: { id: string; accessEndsAt?: string }[] }>(`/v1/engagements/${id}/nominations`, c.developer.token);
    expect(nominations.body.items.find((n) => n.id === nominationId)?.accessEndsAt).toBe(accessEndsAt);
    const grant = (await get<{ items: (Grant & { acceptBy: string })[] }>('/v1/grants', partner.token)).body.items[0]!;
    expect(Date.parse(grant.acceptBy)).toBeLessThanOrEqual(Date.parse(accessEndsAt));
    const current = (await get<Grant>(`/v1/grants/${grant.id}`, partner.token)).body.terms!;
    const accepted = await accept(grant, partner, current);
    expect(accepted.status).toBe(200);
    expect(accepted.body.expiresAt).toBe(accessEndsAt);
  });

  it('introspection is false once a grant passes expiresAt, even before its timer runs', async () => {
    // Partner 0 accepted v1, so v2 suspended its grant: it accepts v2 first.
    await accept(grants[0]!, partners[0]!, (await get<Grant>(`/v1/grants/${grants[0]!.id}`, partners[0]!.token)).body.terms!);
    const token = (await partnerToken(grants[0]!.id, partners[0]!)).body.token;
    await asOwner((db) => db.query(`UPDATE grants SET expires_at = now() - interval '1 second' WHERE id = $1`, [grants[0]!.id]));
    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    expect((await get<Grant>(`/v1/grants/${grants[0]!.id}`, partners[0]!.token)).body.status).toBe('EXPIRED');
    expect((await partnerToken(grants[0]!.id, partners[0]!)).status).toBe(409);
  });

  it('suspending a partner in the registry suspends its grants', async () => {
    await request('PATCH', `/v1/partners/${partners[1]!.org}`, { status: 'SUSPENDED' }, { token: c.admin.token });
    expect((await get<Grant>(`/v1/grants/${grants[1]!.id}`, partners[1]!.token)).body.status).toBe('SUSPENDED');
    await request('PATCH', `/v1/partners/${partners[1]!.org}`, { status: 'VERIFIED' }, { token: c.admin.token });
    expect((await get<Grant>(`/v1/grants/${grants[1]!.id}`, partners[1]!.token)).body.status).toBe('ACTIVE');
  });
});

describe('ending grants in bulk', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = createDataSource({ url: stack().appEnv['DATABASE_URL']!, poolSize: 2, applicationName: 'bulk-end-test' });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('revokes a sector, then withdrawal ends every grant left', async () => {
    const c = await cast();
    const id = await determined(c);
    const banks = partnerRows(3, 'COMMUNITY_BANK', 'KS');
    const water = partnerRows(2, 'WATER_UTILITY', 'KS');
    await registerPartners(c, [...banks, ...water]);
    await publishTerms(c, id);
    await approvedGrants(
      c,
      id,
      [...banks, ...water].map((r) => r.id),
    );
    const bank = await caller(Role.Partner, banks[0]!.id);
    const bankGrant = (await get<{ items: Grant[] }>('/v1/grants', bank.token)).body.items[0]!;
    await accept(bankGrant, bank);
    const token = (await partnerToken(bankGrant.id, bank)).body.token;

    const sector = await post<{ revoked: number }>(`/v1/engagements/${id}/grants/revoke`, c.admin.token, { sector: 'COMMUNITY_BANK', reason: 'Sector review' });
    expect(sector.status).toBe(200);
    expect(sector.body.revoked).toBe(3);
    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    const afterSector = await grantsOf(c.developer, id);
    expect(afterSector.filter((g) => g.status === 'REVOKED').length).toBe(3);
    expect(afterSector.filter((g) => g.status === 'PENDING_ACCEPTANCE').length).toBe(2);

    // A bank approved after the sector's revocation is not touched by it, nor told of it.
    const lateBank = partnerRows(1, 'COMMUNITY_BANK', 'KS');
    await registerPartners(c, lateBank);
    await approvedGrants(c, id, [lateBank[0]!.id]);
    const revokedAt = await asOwner(
      async (db) => (await db.query<{ ended_at: Date }>(`SELECT DISTINCT ended_at FROM grants WHERE engagement_id = $1 AND status = 'REVOKED'`, [id])).rows,
    );
    expect(revokedAt).toHaveLength(1);
    const told = await new GrantRepository(dataSource).pageOfEngagement(
      id,
      'COMMUNITY_BANK',
      revokedAt[0]!.ended_at,
      '00000000-0000-0000-0000-000000000000',
      500,
    );
    expect(told.sort()).toEqual(
      afterSector
        .filter((g) => g.status === 'REVOKED')
        .map((g) => g.id)
        .sort(),
    );
    const late = (await grantsOf(c.developer, id)).find((g) => g.partner.id === lateBank[0]!.id)!;
    await sleep(2_000);
    expect((await grantsOf(c.developer, id)).find((g) => g.id === late.id)!.status).toBe('PENDING_ACCEPTANCE');

    await act(`/v1/engagements/${id}/withdraw`, c.developer, {});
    const afterWithdrawal = await grantsOf(c.developer, id);
    expect(afterWithdrawal.every((g) => g.status === 'REVOKED')).toBe(true);
    const ended = await asOwner((db) => db.query<{ end_reason: string }>('SELECT end_reason FROM grants WHERE engagement_id = $1 ORDER BY end_reason', [id]));
    expect(ended.rows.map((r) => r.end_reason)).toEqual([
      'ENGAGEMENT_WITHDRAWN',
      'ENGAGEMENT_WITHDRAWN',
      'ENGAGEMENT_WITHDRAWN',
      'REVOKED',
      'REVOKED',
      'REVOKED',
    ]);

    // Every grant's own audit trail says how it ended, even when it ended in bulk.
    const trails = await asOwner((db) =>
      db.query<{ subject_id: string; actor_sub: string; details: { endReason: string; bulk?: boolean } }>(
        `SELECT subject_id, actor_sub, details FROM audit_events WHERE subject_type = 'grant' AND action = 'grant.revoked' AND subject_id = ANY($1)`,
        [afterWithdrawal.map((g) => g.id)],
      ),
    );
    expect(trails.rows).toHaveLength(6);
    expect(new Set(trails.rows.map((r) => r.subject_id)).size).toBe(6);
    expect(trails.rows.filter((r) => r.details.endReason === 'REVOKED').every((r) => r.actor_sub === c.admin.sub && r.details.bulk === true)).toBe(true);
    expect(trails.rows.filter((r) => r.details.endReason === 'ENGAGEMENT_WITHDRAWN').every((r) => r.actor_sub === c.developer.sub)).toBe(true);
  });

  it('closing the engagement ends every grant at once', async () => {
    const c = await cast();
    const id = await determined(c);
    const rows = partnerRows(2, 'ELECTRIC_UTILITY', 'KS');
    await registerPartners(c, rows);
    await publishTerms(c, id);
    await approvedGrants(
      c,
      id,
      rows.map((r) => r.id),
    );
    const partner = await caller(Role.Partner, rows[0]!.id);
    const grant = (await get<{ items: Grant[] }>('/v1/grants', partner.token)).body.items[0]!;
    await accept(grant, partner);
    const token = (await partnerToken(grant.id, partner)).body.token;
    expect((await introspect(token, c.developer)).body['active']).toBe(true);

    await act(`/v1/engagements/${id}/close`, c.developer, {});
    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    expect((await partnerToken(grant.id, partner)).status).toBe(409);
    const ended = await asOwner((db) =>
      db.query<{ status: string; end_reason: string }>('SELECT status, end_reason FROM grants WHERE engagement_id = $1', [id]),
    );
    expect(ended.rows).toEqual([
      { status: 'REVOKED', end_reason: 'ENGAGEMENT_CLOSED' },
      { status: 'REVOKED', end_reason: 'ENGAGEMENT_CLOSED' },
    ]);
    // The grant's history stays readable to the partner after the end.
    expect((await get<Grant>(`/v1/grants/${grant.id}`, partner.token)).body).toEqual(
      expect.objectContaining({ status: 'REVOKED', endReason: 'ENGAGEMENT_CLOSED' }),
    );
  });
});

describe('sector scale', () => {
  it('nominates, approves and activates 500 grants in one engagement', async () => {
    const c = await cast();
    const id = await determined(c);
    const state = 'WY';
    const rows = partnerRows(500, 'WATER_UTILITY', state);
    await registerPartners(c, rows);
    const terms = await publishTerms(c, id);
    const nominated = await post<{ id: string; partnerCount: number }>(`/v1/engagements/${id}/nominations`, c.admin.token, {
      partnerIds: rows.map((r) => r.id),
      durationDays: 60,
      scopes: ['model:query', 'model:evaluate'],
    });
    expect(nominated.body.partnerCount).toBe(500);
    await act(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.developer, {});
    const grants = await grantsOf(c.developer, id);
    expect(grants).toHaveLength(500);

    // 500 partners accept, 8 at a time, each as a careful client would: with an Idempotency-Key,
    // repeating the same request if the system answers 503 (it says so in the problem).
    const started = Date.now();
    const queue = [...grants];
    const lanes = Array.from({ length: 8 }, async () => {
      for (let grant = queue.shift(); grant; grant = queue.shift()) {
        const partner = await caller(Role.Partner, grant.partner.id);
        const key = randomUUID();
        let res = await post<Grant>(
          `/v1/grants/${grant.id}/accept`,
          partner.token,
          { termsVersion: terms.version, termsHash: terms.hash },
          { idempotencyKey: key },
        );
        for (let attempt = 0; res.status === 503 && attempt < 5; attempt += 1) {
          res = await post<Grant>(
            `/v1/grants/${grant.id}/accept`,
            partner.token,
            { termsVersion: terms.version, termsHash: terms.hash },
            { idempotencyKey: key },
          );
        }
        if (res.status !== 200) {
          throw new Error(`accept ${grant.id}: ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
    });
    await Promise.all(lanes);
    process.stdout.write(`500 acceptances took ${Date.now() - started} ms\n`);
    const active = await grantsOf(c.developer, id);
    expect(active.filter((g) => g.status === 'ACTIVE')).toHaveLength(500);
    const page = await get<{ total: number }>(`/v1/grants?engagementId=${id}&limit=1`, c.admin.token);
    expect(page.body.total).toBe(500);
  });
});
