import { decodeJwt } from 'jose';

import { get, post } from '../support/api';
import { clientToken, Credentials } from '../support/gateway-client';
import { Cast, cast, introspect, inWindow, reviewerToken } from '../support/scenario';
import { asOwner, Caller, stack } from '../support/stack';

const asGateway = (token: string): Caller => ({ sub: 'gateway', org: '', roles: [], token });

/**
 * A developer's gateway has a machine credential of its own: registered by the developer through the API
 * at the identity provider, it gets its tokens with client credentials, may only introspect (its own
 * organization's tokens), and is rotated with a grace period or revoked at once.
 */
describe('gateway clients', () => {
  let c: Cast;
  let engagement: string;
  let reviewerAccess: string;

  beforeAll(async () => {
    c = await cast();
    engagement = await inWindow(c);
    reviewerAccess = (await reviewerToken(engagement, c.reviewer)).token;
  });

  it('a developer registers one; its token introspects its own organization’s tokens and nothing else, and can do nothing else', async () => {
    const created = await post<Credentials>('/v1/gateway-clients', c.developer.token, { name: 'Atlas gateway' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ org: c.developer.org, status: 'ACTIVE' }));
    expect(created.body.clientSecret.length).toBeGreaterThan(20);
    expect(created.body.tokenEndpoint.startsWith(stack().issuer)).toBe(true);
    // The secret is the provider's: nothing here keeps it.
    const stored = await asOwner((db) => db.query('SELECT * FROM gateway_clients WHERE client_id = $1', [created.body.clientId]));
    expect(JSON.stringify(stored.rows)).not.toContain(created.body.clientSecret);

    const token = await clientToken(created.body);
    expect(decodeJwt(token)).toEqual(expect.objectContaining({ sub: created.body.clientId, org: c.developer.org, roles: ['gateway'] }));
    const gateway = asGateway(token);
    expect((await introspect(reviewerAccess, gateway)).body['active']).toBe(true);

    // Another developer organization's gateway learns nothing of this engagement's tokens.
    const other = await post<Credentials>('/v1/gateway-clients', c.otherDeveloper.token, { name: 'Other gateway' });
    expect((await introspect(reviewerAccess, asGateway(await clientToken(other.body)))).body).toEqual({ active: false });

    // A leaked gateway secret withdraws, revokes and reads nothing.
    expect((await post(`/v1/engagements/${engagement}/withdraw`, token, { reason: 'x' })).status).toBe(404);
    expect((await post(`/v1/engagements/${engagement}/grants/revoke`, token, { reason: 'x' })).status).toBe(404);
    expect((await get('/v1/engagements', token)).status).toBe(403);
    expect((await get(`/v1/engagements/${engagement}`, token)).status).toBe(404);
    expect((await post('/v1/gateway-clients', token, { name: 'self-made' })).status).toBe(403);
    // It is no person: the directory does not record it.
    expect((await get<{ items: unknown[] }>(`/v1/people?q=${created.body.clientId}`, c.admin.token)).body.items).toEqual([]);

    // Only developers register clients, and each sees only its organization's.
    expect((await post('/v1/gateway-clients', c.admin.token, { name: 'x' })).status).toBe(403);
    const mine = await get<{ items: { clientId: string }[] }>('/v1/gateway-clients', c.developer.token);
    expect(mine.body.items.map((i) => i.clientId)).toContain(created.body.clientId);
    expect(mine.body.items.map((i) => i.clientId)).not.toContain(other.body.clientId);
    expect((await post(`/v1/gateway-clients/${other.body.clientId}/revoke`, c.developer.token, {})).status).toBe(404);
  });

  it('rotation gives a new secret while the old one works for the grace period; revocation refuses at once; all audited', async () => {
    const first = (await post<Credentials>('/v1/gateway-clients', c.developer.token, { name: 'Rotating gateway' })).body;
    const firstToken = await clientToken(first);
    const rotated = await post<Credentials>(`/v1/gateway-clients/${first.clientId}/rotate`, c.developer.token, {});
    expect(rotated.status).toBe(201);
    expect(rotated.body.replaces).toBe(first.clientId);
    expect(rotated.body.clientSecret).not.toBe(first.clientSecret);
    const listed = await get<{ items: { clientId: string; status: string; retiresAt?: string }[] }>('/v1/gateway-clients', c.developer.token);
    const old = listed.body.items.find((i) => i.clientId === first.clientId);
    expect(old?.status).toBe('RETIRING');
    expect(Date.parse(old!.retiresAt!) - Date.now()).toBeGreaterThan(23 * 3600_000);
    // Both work during the grace period.
    expect((await introspect(reviewerAccess, asGateway(firstToken))).body['active']).toBe(true);
    const secondToken = await clientToken(rotated.body);
    expect((await introspect(reviewerAccess, asGateway(secondToken))).body['active']).toBe(true);

    // Once the grace period is over, the old one is refused.
    await asOwner((db) => db.query(`UPDATE gateway_clients SET retires_at = now() - interval '1 second' WHERE client_id = $1`, [first.clientId]));
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const retired = await introspect(reviewerAccess, asGateway(firstToken));
    expect(retired.status).toBe(401);
    expect(retired.body['code']).toBe('GATEWAY_CLIENT_NOT_ACTIVE');

    const revoked = await post<{ status: string }>(`/v1/gateway-clients/${rotated.body.clientId}/revoke`, c.developer.token, {});
    expect(revoked.body.status).toBe('REVOKED');
    const refused = await introspect(reviewerAccess, asGateway(secondToken));
    expect(refused.status).toBe(401);
    expect(refused.body['code']).toBe('GATEWAY_CLIENT_NOT_ACTIVE');

    const audit = await asOwner((db) =>
      db.query<{ action: string }>(`SELECT action FROM audit_events WHERE subject_type = 'gateway_client' AND subject_id = ANY($1) ORDER BY seq`, [
        [first.clientId, rotated.body.clientId],
      ]),
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['gateway_client.registered', 'gateway_client.rotated', 'gateway_client.revoked']);
    expect(JSON.stringify(audit.rows)).not.toContain(first.clientSecret);
  });
});
