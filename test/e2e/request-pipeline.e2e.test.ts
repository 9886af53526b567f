import { AUDIENCE, signDevToken } from '../../tools/stack/dev-tokens';
import { request } from '../support/api';
import { Cast, cast } from '../support/scenario';
import { stack } from '../support/stack';

/**
 * The request pipeline's order: the caller is authenticated before the body is read, so a request
 * without a valid token is refused (401) whatever its body holds, and only a verified caller's body is
 * parsed, limited and validated.
 */
describe('authentication comes before the body', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  const malformed = { rawBody: '{"modelName": ', headers: { 'content-type': 'application/json' } };

  it('without a token, a malformed body is a 401, not a parse error', async () => {
    const res = await request('POST', '/v1/engagements', undefined, malformed);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('without a token, a body over every limit and one of the wrong type are 401s too', async () => {
    const huge = await request('POST', '/v1/partners/import', undefined, {
      rawBody: `{"rows":[${'"x",'.repeat(2_000_000)}"x"]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(401);
    const tooLarge = await request('POST', '/v1/engagements', undefined, { rawBody: 'x'.repeat(300 * 1024), headers: { 'content-type': 'application/json' } });
    expect(tooLarge.status).toBe(401);
    const wrongType = await request('POST', '/v1/engagements', undefined, { rawBody: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(401);
  });

  it('a token that does not verify is treated like none: 401 with the body unread', async () => {
    const res = await request('POST', '/v1/engagements', undefined, { ...malformed, token: `${c.developer.token}x` });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('an ID token from the right issuer for the right audience is not an access token: 401, the body unread', async () => {
    const idToken = await signDevToken(stack().dataDir, {
      sub: c.developer.sub,
      org: c.developer.org,
      roles: c.developer.roles,
      issuer: stack().issuer,
      audience: AUDIENCE,
      typ: 'JWT',
    });
    const res = await request('POST', '/v1/engagements', undefined, { ...malformed, token: idToken });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(String(res.body['detail'])).toMatch(/not an access token/);
    expect((await request('GET', '/v1/me', undefined, { token: idToken })).status).toBe(401);
  });

  it("a verified caller's body is read: malformed, too large or of the wrong type, each is named", async () => {
    expect((await request('POST', '/v1/engagements', undefined, { ...malformed, token: c.developer.token })).body).toMatchObject({
      status: 400,
      code: 'MALFORMED_JSON',
    });
    const tooLarge = await request('POST', '/v1/engagements', undefined, {
      token: c.developer.token,
      rawBody: 'x'.repeat(300 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(tooLarge.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const wrongType = await request('POST', '/v1/engagements', undefined, {
      token: c.developer.token,
      rawBody: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('a route that does not exist is a 404 with or without a token, and public routes need none', async () => {
    expect((await request('POST', '/v1/nothing-here', undefined, malformed)).body).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND' });
    expect((await request('GET', '/health')).status).toBe(200);
    expect((await request('GET', '/.well-known/jwks.json')).status).toBe(200);
  });
});
