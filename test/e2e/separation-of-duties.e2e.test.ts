import { randomUUID } from 'node:crypto';

import { MACHINE_ROLES, OrganizationKind, Role } from '#domain';

import { get, post, request } from '../support/api';
import {
  act,
  Cast,
  cast,
  changesAudited,
  detail,
  DIGEST,
  introspect,
  inWindow,
  partnerRows,
  recommended,
  reviewerToken,
  underReview,
} from '../support/scenario';
import { caller, registerOrganization } from '../support/stack';

const ALL_KINDS = Object.values(OrganizationKind);
const KIND_OF: Record<Role, OrganizationKind> = {
  [Role.Developer]: OrganizationKind.AiDeveloper,
  [Role.Reviewer]: OrganizationKind.Government,
  [Role.DesignationAuthority]: OrganizationKind.Government,
  [Role.ProgramAdmin]: OrganizationKind.Government,
  [Role.Auditor]: OrganizationKind.Government,
  [Role.Clearinghouse]: OrganizationKind.Government,
  [Role.Oversight]: OrganizationKind.Government,
  [Role.Partner]: OrganizationKind.Partner,
  [Role.Gateway]: OrganizationKind.AiDeveloper,
};

/** An organization of each kind, registered for this file. */
async function orgOfKind(kind: OrganizationKind): Promise<string> {
  const id = `${kind.toLowerCase().replace('_', '-')}-${randomUUID().slice(0, 8)}`;
  await registerOrganization(id, kind);
  return id;
}

describe('organizations have a kind, and a token claiming a role its kind cannot hold is refused as a whole', () => {
  let c: Cast;
  let engagement: string;
  const orgs = {} as Record<OrganizationKind, string>;

  beforeAll(async () => {
    c = await cast();
    engagement = await recommended(c);
    for (const kind of ALL_KINDS) {
      orgs[kind] = await orgOfKind(kind);
    }
  });

  // People's roles: a gateway is a client the API registered, not a person's token (test/e2e/gateway-clients.e2e.test.ts).
  const cases = Object.values(Role)
    .filter((role) => !MACHINE_ROLES.includes(role))
    .flatMap((role) => ALL_KINDS.map((kind) => [role, kind, KIND_OF[role] === kind] as const));

  it.each(cases)('%s of a %s organization: accepted %s', async (role, kind, accepted) => {
    const who = await caller(role, orgs[kind], undefined, false);
    const me = await get('/v1/me', who.token);
    const list = await get('/v1/engagements', who.token);
    const record = await get(`/v1/engagements/${engagement}`, who.token);
    if (accepted) {
      expect(me.body).toMatchObject({ org: orgs[kind], orgKind: kind, roles: [role] });
      // The route's own role rules apply as before: partners, the clearinghouse and oversight list no engagements.
      expect(list.status).toBe(role === Role.Partner || role === Role.Clearinghouse || role === Role.Oversight ? 403 : 200);
      return;
    }
    for (const refused of [me, list]) {
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'ROLE_NOT_FOR_ORGANIZATION' });
      expect(String(refused.body['detail'])).toContain(`${orgs[kind]} is a ${kind} organization`);
    }
    // On a route that names a record, the record does not exist for it.
    expect(record.status).toBe(404);
    expect(record.body['code']).toBe('NOT_FOUND');
  });

  it('one role outside the kind refuses the token, even beside roles inside it', async () => {
    const both = await caller([Role.Developer, Role.DesignationAuthority], c.developer.org, undefined, false);
    expect((await get('/v1/engagements', both.token)).body).toMatchObject({ status: 403, code: 'ROLE_NOT_FOR_ORGANIZATION' });
  });

  it('an unregistered organization may read /v1/me, which says how to be onboarded; elsewhere 403, and 404 on a record', async () => {
    const stranger = await caller(Role.Developer, `unregistered-${randomUUID().slice(0, 8)}`, undefined, false);
    const me = await get('/v1/me', stranger.token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ org: stranger.org, orgKind: null, roles: ['developer'] });
    expect(String(me.body['onboarding'])).toContain('not registered');
    expect((await get('/v1/engagements', stranger.token)).body).toMatchObject({ status: 403, code: 'ORGANIZATION_UNKNOWN' });
    expect((await post('/v1/engagements', stranger.token, { modelName: 'x' })).body).toMatchObject({ status: 403, code: 'ORGANIZATION_UNKNOWN' });
    const record = await get(`/v1/engagements/${engagement}`, stranger.token);
    expect(record.status).toBe(404);
    // Once registered, it is let in (the registry is read through a cache of a few seconds).
    await registerOrganization(stranger.org, OrganizationKind.AiDeveloper);
    let status = 0;
    for (const deadline = Date.now() + 10_000; status !== 200 && Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      status = (await get('/v1/engagements', stranger.token)).status;
    }
    expect(status).toBe(200);
  });
});

describe('the registry of organizations, kept by program administrators', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('registers, lists and renames organizations; an id is registered once; every change is audited', async () => {
    const id = `lab-${randomUUID().slice(0, 8)}`;
    const created = await post('/v1/organizations', c.admin.token, { id, name: 'Frontier Lab', kind: 'AI_DEVELOPER' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id, name: 'Frontier Lab', kind: 'AI_DEVELOPER' });
    expect((await post('/v1/organizations', c.admin.token, { id, name: 'Again', kind: 'GOVERNMENT' })).body).toMatchObject({
      status: 409,
      code: 'ORGANIZATION_EXISTS',
    });
    const renamed = await request('PATCH', `/v1/organizations/${id}`, { name: 'Frontier Lab Inc.' }, { token: c.admin.token });
    expect(renamed.body).toMatchObject({ id, name: 'Frontier Lab Inc.', kind: 'AI_DEVELOPER' });
    const page = await get<{ items: { id: string; kind: string }[] }>(`/v1/organizations?kind=AI_DEVELOPER&limit=100`, c.admin.token);
    expect(page.status).toBe(200);
    expect(page.body.items.every((o) => o.kind === 'AI_DEVELOPER')).toBe(true);
    expect((await request('PATCH', `/v1/organizations/${randomUUID()}`, { name: 'x' }, { token: c.admin.token })).status).toBe(404);
    expect((await post('/v1/organizations', c.admin.token, { id: 'bad id!', name: 'x', kind: 'MARTIAN' })).body).toMatchObject({ status: 400 });
    expect((await post('/v1/organizations', c.developer.token, { id: `x-${randomUUID()}`, name: 'x', kind: 'GOVERNMENT' })).status).toBe(403);
  });

  it('every partner in the registry is a PARTNER organization: an import cannot take a government id, and a partner stays a PARTNER', async () => {
    const [row] = partnerRows(1);
    const report = await post<{ accepted: number; rejected: { row: number; errors: string[] }[] }>('/v1/partners/import', c.admin.token, {
      rows: [{ ...row, id: 'nsa' }, row],
    });
    expect(report.body.accepted).toBe(1);
    expect(report.body.rejected).toEqual([{ row: 1, errors: [expect.stringContaining('GOVERNMENT organization')] }]);
    const single = await post('/v1/partners', c.admin.token, { ...row, id: 'program-office' });
    expect(single.body).toMatchObject({ status: 409, code: 'ORGANIZATION_EXISTS', errors: [{ field: 'id' }] });
    const partnerOrg = await request('PATCH', `/v1/organizations/${row!.id}`, { kind: 'GOVERNMENT' }, { token: c.admin.token });
    expect(partnerOrg.body).toMatchObject({ status: 409, code: 'ORGANIZATION_KIND_IN_USE' });
    const registered = await get<{ items: { id: string; kind: string }[] }>(`/v1/organizations?kind=PARTNER&limit=100`, c.admin.token);
    expect(registered.status).toBe(200);
  });
});

describe('nobody decides their own organization’s case, and an attestation counts in its capacity', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it("the review's case: a token of the developer's organization holding the authority role cannot attest or decide its own model", async () => {
    const id = await recommended(c);
    const insider = await caller([Role.Developer, Role.DesignationAuthority], c.developer.org, undefined, false);
    for (const [path, body] of [
      ['attestations', { noConflictOfInterest: true }],
      ['determination', { outcome: 'NOT_COVERED', rationale: 'ours' }],
    ] as const) {
      const res = await post(`/v1/engagements/${id}/${path}`, insider.token, body);
      expect(res.status).toBe(404);
    }
    expect((await detail(id, c.developer)).body.stage).toBe('RECOMMENDED');
  });

  it('a second assigned reviewer who also holds the authority role does not decide: the decider is never a reviewer', async () => {
    const id = await underReview(c, [c.reviewer, c.reviewerAuthority]);
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, { reference: 'NSA-BM-1', digest: DIGEST, summary: 'above' });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewer, { outcome: 'COVERED', rationale: 'above the threshold' });
    // Attested as a reviewer, which does not count as attesting as an authority, and may not attest again.
    expect((await post(`/v1/engagements/${id}/attestations`, c.reviewerAuthority.token, { noConflictOfInterest: true })).body).toMatchObject({
      status: 409,
      code: 'ALREADY_ATTESTED',
    });
    const decided = await post(`/v1/engagements/${id}/determination`, c.reviewerAuthority.token, { outcome: 'COVERED', rationale: 'r' });
    expect(decided.body).toMatchObject({ status: 403, code: 'TWO_PERSON_RULE' });
    // An authority who attests as an authority decides.
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    expect((await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'COVERED', rationale: 'r' })).stage).toBe('DESIGNATED');
  });
});

describe('recusal and unassignment end a person’s access at once', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a reviewer recuses during the window: their view, their tokens and their findings access end at once, and it is audited', async () => {
    const id = await inWindow(c);
    const { token } = await reviewerToken(id, c.reviewer);
    expect((await introspect(token, c.developer)).body['active']).toBe(true);
    const recused = await post(`/v1/engagements/${id}/recusal`, c.reviewer.token, { reason: 'My spouse joined the developer last week' });
    expect(recused.status).toBe(200);
    expect((await detail(id, c.reviewer)).status).toBe(404);
    expect((await introspect(token, c.developer)).body['active']).toBe(false);
    expect((await post(`/v1/engagements/${id}/access-tokens`, c.reviewer.token)).status).toBe(404);
    expect((await get(`/v1/engagements/${id}/findings`, c.reviewer.token)).status).toBe(404);
    // A recused reviewer is never assigned again.
    expect((await post(`/v1/engagements/${id}/reviewers`, c.admin.token, { reviewerIds: [c.reviewer.sub] })).body).toMatchObject({
      status: 403,
      code: 'RECUSED',
    });
    const audited = await changesAudited(id, c.auditor);
    const event = audited.find((e) => e.action === 'engagement.recused');
    expect(event).toMatchObject({ actor: { sub: c.reviewer.sub } });
    expect(JSON.stringify(event)).not.toContain('spouse');
  });

  it('an authority recuses once recommended: the engagement is gone for them and they cannot decide', async () => {
    const id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    expect((await post(`/v1/engagements/${id}/recusal`, c.authority.token, { reason: 'Prior consulting for the developer' })).status).toBe(200);
    expect((await detail(id, c.authority)).status).toBe(404);
    expect((await post(`/v1/engagements/${id}/determination`, c.authority.token, { outcome: 'COVERED', rationale: 'r' })).status).toBe(404);
    const list = await get<{ items: { id: string }[] }>('/v1/engagements?limit=100', c.authority.token);
    expect(list.body.items.map((e) => e.id)).not.toContain(id);
  });

  it('a program administrator unassigns a reviewer: off the roster at once, audited, and only an assigned reviewer can be', async () => {
    const id = await inWindow(c);
    const { token } = await reviewerToken(id, c.reviewer);
    const unassigned = await request('DELETE', `/v1/engagements/${id}/reviewers/${c.reviewer.sub}`, undefined, { token: c.admin.token });
    expect(unassigned.status).toBe(200);
    expect((await detail(id, c.reviewer)).status).toBe(404);
    expect((await introspect(token, c.developer)).body['active']).toBe(false);
    const again = await request('DELETE', `/v1/engagements/${id}/reviewers/${c.reviewer.sub}`, undefined, { token: c.admin.token });
    expect(again.body).toMatchObject({ status: 403, code: 'NOT_ON_ROSTER' });
    expect((await request('DELETE', `/v1/engagements/${id}/reviewers/${encodeURIComponent('bad sub')}`, undefined, { token: c.admin.token })).status).toBe(400);
    expect((await changesAudited(id, c.auditor)).map((e) => e.action)).toContain('engagement.reviewer_unassigned');
  });
});
