import { randomUUID } from 'node:crypto';

import { Role } from '#domain';
import { OrganizationKind } from '#domain';

import { AUDIENCE, signDevToken } from '../../tools/stack/dev-tokens';
import { get, post } from '../support/api';
import { act, activeGrants, Cast, cast, detail, introspect, submitted } from '../support/scenario';
import { asSession, sessionOf, signIn } from '../support/sessions';
import { asOwner, caller, registerOrganization, stack } from '../support/stack';

interface Person {
  readonly sub: string;
  readonly name: string;
  readonly email: string | null;
  readonly org: string;
  readonly roles: string[];
  readonly status: string;
  readonly source: string;
  readonly lastSeenAt: string | null;
}

interface Problem {
  readonly code: string;
  readonly errors?: { field: string; message: string }[];
}

const token = (sub: string, org: string, roles: Role[], profile: { name?: string; email?: string } = {}) =>
  signDevToken(stack().dataDir, { sub, org, roles, ...profile, issuer: stack().issuer, audience: AUDIENCE });

/**
 * The directory of people: everyone who calls is in it (from their token's claims), program
 * administrators pre-register, search and disable people, and only directory reviewers of government
 * organizations can be assigned.
 */
describe('the people directory', () => {
  let c: Cast;
  const find = async (q: string): Promise<Person[]> => (await get<{ items: Person[] }>(`/v1/people?q=${encodeURIComponent(q)}`, c.admin.token)).body.items;

  beforeAll(async () => {
    c = await cast();
  });

  it('records a person at their first call from their token, and follows their claims when they change', async () => {
    const sub = `first-${randomUUID().slice(0, 8)}`;
    expect(await find(sub)).toEqual([]);
    const first = await token(sub, 'nist', [Role.Reviewer], { name: 'Lee Grant', email: 'lee.grant@nist.example' });
    expect((await get('/v1/me', first)).status).toBe(200);
    const [recorded] = await find(sub);
    expect(recorded).toEqual(
      expect.objectContaining({
        sub,
        name: 'Lee Grant',
        email: 'lee.grant@nist.example',
        org: 'nist',
        roles: ['reviewer'],
        status: 'ACTIVE',
        source: 'SIGN_IN',
      }),
    );
    expect(recorded!.lastSeenAt).not.toBeNull();

    // A token without a name keeps the one on record; new roles replace the old.
    const later = await token(sub, 'nist', [Role.Reviewer, Role.Auditor]);
    expect((await get('/v1/me', later)).status).toBe(200);
    expect((await find(sub))[0]).toEqual(expect.objectContaining({ name: 'Lee Grant', roles: ['reviewer', 'auditor'] }));
  });

  it('program administrators pre-register people of registered organizations, with roles their kind may hold', async () => {
    const sub = `pre-${randomUUID().slice(0, 8)}`;
    const body = { sub, name: 'Morgan Hale', email: 'morgan.hale@cisa.example', org: 'cisa', roles: ['reviewer'] };
    const created = await post<Person>('/v1/people', c.admin.token, body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ sub, status: 'ACTIVE', source: 'PRE_REGISTERED', lastSeenAt: null }));
    const again = await post<Problem>('/v1/people', c.admin.token, body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERSON_EXISTS');

    // Well-formed, but the registry says no: 409, naming the field, so the administrator registers the organization first.
    const unknownOrg = await post<Problem>('/v1/people', c.admin.token, { ...body, sub: `${sub}-x`, org: 'no-such-agency' });
    expect(unknownOrg.status).toBe(409);
    expect(unknownOrg.body.code).toBe('ORGANIZATION_NOT_REGISTERED');
    expect(unknownOrg.body.errors?.[0]?.field).toBe('org');
    const wrongKind = await post<Problem>('/v1/people', c.admin.token, { ...body, sub: `${sub}-y`, org: 'acme-ai' });
    expect(wrongKind.status).toBe(409);
    expect(wrongKind.body.code).toBe('ROLES_NOT_FOR_ORGANIZATION');
    expect(wrongKind.body.errors?.[0]?.field).toBe('roles');
    // A gateway is a machine: not a role the directory gives a person (nor one its document offers).
    const machine = await post<Problem>('/v1/people', c.admin.token, { ...body, sub: `${sub}-w`, roles: ['gateway'] });
    expect(machine.status).toBe(400);
    expect(machine.body.errors?.[0]?.field).toBe('roles');
    expect(await find(`${sub}-`)).toEqual([]);

    expect((await post('/v1/people', c.developer.token, { ...body, sub: `${sub}-z` })).status).toBe(403);
    expect((await get('/v1/people', c.reviewer.token)).status).toBe(403);
  });

  it('lists people by role, organization and part of a name, any case', async () => {
    const org = `agency-${randomUUID().slice(0, 6)}`;
    await registerOrganization(org, OrganizationKind.Government);
    for (const [sub, name, roles] of [
      [`${org}-a`, 'Avery Quinn', ['reviewer']],
      [`${org}-b`, 'Blake Quinn', ['auditor']],
      [`${org}-c`, 'Casey Stone', ['reviewer']],
    ] as const) {
      expect((await post('/v1/people', c.admin.token, { sub, name, email: `${sub}@agency.example`, org, roles })).status).toBe(201);
    }
    const reviewers = await get<{ items: Person[] }>(`/v1/people?org=${org}&role=reviewer`, c.admin.token);
    expect(reviewers.body.items.map((p) => p.sub)).toEqual([`${org}-a`, `${org}-c`]);
    const quinns = await get<{ items: Person[] }>(`/v1/people?org=${org}&q=QUINN`, c.admin.token);
    expect(quinns.body.items.map((p) => p.name)).toEqual(['Avery Quinn', 'Blake Quinn']);
    const paged = await get<{ items: Person[]; nextCursor: string | null }>(`/v1/people?org=${org}&limit=2`, c.admin.token);
    expect(paged.body.items).toHaveLength(2);
    const rest = await get<{ items: Person[] }>(`/v1/people?org=${org}&limit=2&cursor=${paged.body.nextCursor}`, c.admin.token);
    expect(rest.body.items.map((p) => p.sub)).toEqual([`${org}-c`]);
  });

  it('assigns only active directory reviewers of government organizations, naming each one that is not', async () => {
    const id = await submitted(c);
    const developer = await caller(Role.Developer, 'acme-ai');
    const auditor = await caller(Role.Auditor, 'oig');
    const disabled = await caller(Role.Reviewer, 'nsa');
    expect((await post(`/v1/people/${disabled.sub}/disable`, c.admin.token, {})).status).toBe(200);
    const stranger = `nobody-${randomUUID().slice(0, 6)}`;
    const refused = await post<Problem>(`/v1/engagements/${id}/reviewers`, c.admin.token, {
      reviewerIds: [c.reviewer.sub, stranger, developer.sub, auditor.sub, disabled.sub],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('REVIEWERS_NOT_ASSIGNABLE');
    const named = (refused.body.errors ?? []).map((e) => [e.field, e.message.split(' ').slice(1).join(' ')]);
    expect(named.map(([field]) => field)).toEqual(['reviewerIds[1]', 'reviewerIds[2]', 'reviewerIds[3]', 'reviewerIds[4]']);
    expect(named[0]![1]).toMatch(/^is not in the directory/);
    expect(named[1]![1]).toBe('is not a reviewer');
    expect(named[2]![1]).toBe('is not a reviewer');
    expect(named[3]![1]).toBe('is disabled in the directory');
    expect((await detail(id, c.admin)).body.reviewers).toEqual([]);

    // A reviewer pre-registered and never yet signed in can be assigned.
    const newcomer = `newcomer-${randomUUID().slice(0, 6)}`;
    await post('/v1/people', c.admin.token, { sub: newcomer, name: 'New Comer', email: 'new.comer@nsa.example', org: 'nsa', roles: ['reviewer'] });
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [newcomer] });
    expect((await detail(id, c.admin)).body.reviewers.map((r) => r.sub)).toEqual([newcomer]);
  });

  it('disabling someone ends their sessions, refuses their tokens and ends their assignments at once, audited', async () => {
    const reviewer = await caller(Role.Reviewer, 'nsa');
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [reviewer.sub] });
    const session = await sessionOf(reviewer);
    expect((await asSession(session, 'GET', `/v1/engagements/${id}`)).status).toBe(200);

    const disabled = await post<{ status: string; sessionsEnded: number; assignmentsEnded: string[]; assignmentsNotEnded: string[] }>(
      `/v1/people/${reviewer.sub}/disable`,
      c.admin.token,
      { reason: 'left the agency under investigation' },
    );
    expect(disabled.status).toBe(200);
    expect(disabled.body).toEqual(expect.objectContaining({ status: 'DISABLED', sessionsEnded: 1, assignmentsEnded: [id], assignmentsNotEnded: [] }));

    const byToken = await get<Problem>(`/v1/engagements/${id}`, reviewer.token);
    expect(byToken.status).toBe(403);
    expect(byToken.body.code).toBe('PERSON_DISABLED');
    const bySession = await asSession<Problem>(session, 'GET', `/v1/engagements/${id}`);
    expect(bySession.status).toBe(401);
    expect(bySession.body.code).toBe('SESSION_EXPIRED');
    expect((await detail(id, c.admin)).body.reviewers.map((r) => r.sub)).not.toContain(reviewer.sub);

    const audit = await asOwner((db) =>
      db.query<{ action: string; details: Record<string, unknown> }>(
        `SELECT action, details FROM audit_events WHERE subject_id = $1 AND subject_type = 'person' ORDER BY seq`,
        [reviewer.sub],
      ),
    );
    expect(audit.rows.map((row) => row.action)).toEqual(['person.registered', 'person.disabled']);
    expect(audit.rows[1]!.details['sessionsEnded']).toBe(1);
    expect(String(audit.rows[1]!.details['reasonDigest'])).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit.rows)).not.toContain('investigation');

    // Nor can they sign in again.
    const again = await signIn({ sub: reviewer.sub, org: reviewer.org, roles: [...reviewer.roles], strength: 'phishing-resistant' });
    expect(again.landed.status).toBe(403);
    expect((JSON.parse(again.landed.body) as Problem).code).toBe('PERSON_DISABLED');

    // Disabling again changes nothing and records nothing more; an unknown person is 404.
    expect((await post(`/v1/people/${reviewer.sub}/disable`, c.admin.token, {})).body).toEqual(
      expect.objectContaining({ status: 'DISABLED', sessionsEnded: 0 }),
    );
    expect((await post(`/v1/people/nobody-${randomUUID().slice(0, 6)}/disable`, c.admin.token, {})).status).toBe(404);
  });
  it('a disabled partner user’s gateway tokens go inactive at once, though their grant stands', async () => {
    const d = await cast();
    const { partners, grants } = await activeGrants(d, 1);
    const issued = await post<{ token: string }>(`/v1/grants/${grants[0]}/access-tokens`, partners[0]!.token, {});
    expect(issued.status).toBe(201);
    expect((await introspect(issued.body.token, d.developer)).body['active']).toBe(true);
    expect((await post(`/v1/people/${partners[0]!.sub}/disable`, d.admin.token, {})).status).toBe(200);
    expect((await introspect(issued.body.token, d.developer)).body).toEqual({ active: false });
  });
});
