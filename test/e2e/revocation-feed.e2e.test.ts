import { decodeProtectedHeader } from 'jose';

import { GatewayVerifier } from '#security';

import { get, post } from '../support/api';
import { clientToken, Credentials } from '../support/gateway-client';
import { act, activeGrants, Cast, cast, GATEWAY, inWindow, reviewerToken } from '../support/scenario';
import { stack } from '../support/stack';
import { until } from '../support/until';

interface RevocationList {
  readonly org: string;
  readonly cursor: string;
  readonly grants: string[];
  readonly windows: string[];
  readonly jtis: string[];
  readonly signed: string;
}

/** How long after `revoke` answered the verifier first refused the token. */
async function refusedWithin(verifier: GatewayVerifier, token: string, revoke: () => Promise<void>): Promise<number> {
  expect(await verifier.verify(token)).toEqual(expect.objectContaining({ active: true }));
  await revoke();
  const answered = Date.now();
  await until('the gateway refusing the revoked token', async () => (await verifier.verify(token)).active === false, 10_000);
  expect(await verifier.verify(token)).toEqual({ active: false, reason: 'REVOKED' });
  return Date.now() - answered;
}

/**
 * The revocation feed: a gateway that verifies tokens offline, against the cached JWKS, still refuses a
 * revoked grant's token or an ended window's within two seconds, by polling what ended in its
 * organization's engagements. The feed is signed, and shows an organization nothing of another's.
 */
describe('the revocation feed and the offline gateway verifier', () => {
  let c: Cast;
  let gateway: { token: string };
  let verifier: GatewayVerifier;

  beforeAll(async () => {
    c = await cast();
    // The gateway's own machine credential, registered by the developer, its tokens from the identity provider.
    const registered = await post<Credentials>('/v1/gateway-clients', c.developer.token, { name: 'Atlas gateway' });
    expect(registered.status).toBe(201);
    gateway = { token: await clientToken(registered.body) };
    verifier = new GatewayVerifier({ issuer: stack().apiUrl, audience: GATEWAY, credentials: async () => gateway.token, pollMs: 250 });
    await verifier.start();
  });

  afterAll(() => verifier.stop());

  it('a revoked grant token is refused offline within two seconds', async () => {
    const { grants, partners } = await activeGrants(c, 1);
    const issued = await post<{ token: string }>(`/v1/grants/${grants[0]}/access-tokens`, partners[0]!.token, {});
    expect(issued.status).toBe(201);
    const lag = await refusedWithin(verifier, issued.body.token, async () => {
      expect((await post(`/v1/grants/${grants[0]}/revoke`, c.developer.token, { reason: 'partner left the program' })).status).toBe(200);
    });
    expect(lag).toBeLessThan(2_000);
  });

  it('a reviewer token is refused offline within two seconds of the window ending early', async () => {
    const id = await inWindow(c);
    const { token } = await reviewerToken(id, c.reviewer);
    const lag = await refusedWithin(verifier, token, async () => {
      await act(`/v1/engagements/${id}/access-window/end`, c.developer, undefined);
    });
    expect(lag).toBeLessThan(2_000);
  });

  it('the list is signed under the access-token keys and names only the caller organization', async () => {
    const { grants } = await activeGrants(c, 1);
    expect((await post(`/v1/grants/${grants[0]}/revoke`, c.developer.token, { reason: 'ended' })).status).toBe(200);
    const ours = await get<RevocationList>('/v1/revocations', gateway.token);
    expect(ours.status).toBe(200);
    expect(ours.headers.get('cache-control')).toBe('private, max-age=1');
    expect(ours.body.grants).toContain(grants[0]);
    expect(decodeProtectedHeader(ours.body.signed)).toEqual(expect.objectContaining({ alg: 'ES256', typ: 'revocation-list+jwt' }));
    const jwks = await get<{ keys: { kid: string }[] }>('/.well-known/jwks.json');
    expect(jwks.body.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(ours.body.signed).kid);

    // Another developer's gateway sees nothing of it; the next answer starts from the cursor.
    const theirs = await get<RevocationList>('/v1/revocations', c.otherDeveloper.token);
    expect([theirs.status, theirs.body.grants.includes(grants[0]!)]).toEqual([200, false]);
    const next = await get<RevocationList>(`/v1/revocations?since=${ours.body.cursor}`, gateway.token);
    expect(next.status).toBe(200);
    expect((await get(`/v1/revocations?since=not-a-cursor`, gateway.token)).status).toBe(400);
  });

  it('a token not signed by the API, or addressed to another gateway, is refused', async () => {
    const elsewhere = new GatewayVerifier({
      issuer: stack().apiUrl,
      audience: 'https://another.gateway.example/v1',
      credentials: async () => gateway.token,
    });
    await elsewhere.start();
    try {
      const id = await inWindow(c);
      const { token } = await reviewerToken(id, c.reviewer);
      expect(await elsewhere.verify(token)).toEqual({ active: false, reason: 'INVALID' });
      const [header, payload] = token.split('.');
      expect(await verifier.verify(`${header}.${payload}.${'A'.repeat(86)}`)).toEqual({ active: false, reason: 'INVALID' });
    } finally {
      elsewhere.stop();
    }
  });
});
