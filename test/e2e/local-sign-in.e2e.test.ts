import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { decodeJwt, decodeProtectedHeader } from 'jose';

import { get } from '../support/api';
import { Browser, Page } from '../support/browser';
import { ROOT } from '../support/paths';
import { stack } from '../support/stack';

const run = promisify(execFile);

interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly end_session_endpoint: string;
  readonly registration_endpoint: string;
  readonly code_challenge_methods_supported: string[];
  readonly grant_types_supported: string[];
}

interface Tokens {
  readonly access_token: string;
  readonly id_token?: string;
  readonly refresh_token?: string;
  readonly error?: string;
  readonly error_description?: string;
}

const DEMO = [
  ['alice', 'Alice Chen', 'acme-ai', 'developer'],
  ['pat', 'Pat Moreno', 'program-office', 'program-admin'],
  ['rita', 'Rita Okafor', 'nsa', 'reviewer'],
  ['dana', 'Dana Whitfield', 'nsa', 'designation-authority'],
  ['ivy', 'Ivy Brandt', 'oig', 'auditor'],
  ['cleo', 'Cleo Ramirez', 'cisa', 'clearinghouse'],
  ['owen', 'Owen Park', 'gao', 'oversight'],
  ['sam', 'Sam Ortiz', 'ne-valley-health', 'partner'],
] as const;

/**
 * The local stack's OpenID provider is oidc-provider (OpenID Certified): people sign in with the code flow
 * and PKCE from its sign-in page, machines with client credentials, and the API takes what it issues as it
 * takes any IdP's access tokens.
 */
describe('the local OpenID provider', () => {
  let discovery: Discovery;
  const client = () => stack().consoleClient;
  const basic = () => `Basic ${Buffer.from(`${client().clientId}:${client().clientSecret}`).toString('base64')}`;

  beforeAll(async () => {
    discovery = (await (await fetch(`${stack().issuer}/.well-known/openid-configuration`)).json()) as Discovery;
  });

  /** Starts the code flow with PKCE in a fresh browser and returns the sign-in page, with what finishing it needs. */
  async function startSignIn(browser = new Browser([client().redirectUri]), extra: Record<string, string> = {}) {
    const verifier = randomBytes(32).toString('base64url');
    const state = randomBytes(16).toString('base64url');
    const params = new URLSearchParams({
      client_id: client().clientId,
      response_type: 'code',
      scope: 'openid profile email offline_access',
      redirect_uri: client().redirectUri,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state,
      nonce: randomBytes(16).toString('base64url'),
      prompt: 'consent',
      ...extra,
    });
    // An empty value leaves the parameter out.
    for (const [name, value] of [...params]) if (value === '') params.delete(name);
    const page = await browser.open(`${discovery.authorization_endpoint}?${params.toString()}`);
    return { browser, page, verifier, state };
  }

  /** Presses the button labelled `label` on the page, or posts `form` to the form holding the free-form fields. */
  async function submit(browser: Browser, page: Page, choice: { label: string } | { form: Record<string, string | string[]> }): Promise<Page> {
    const forms = Browser.forms(page);
    if ('label' in choice) {
      const form = forms.find((f) => f.buttons.some((b) => b.label === choice.label));
      const button = form?.buttons.find((b) => b.label === choice.label);
      if (!form || !button) throw new Error(`no button labelled ${choice.label}`);
      return browser.open(form.action, { [button.name]: button.value });
    }
    const login = forms.find((f) => f.action.endsWith('/login') && f.buttons.some((b) => b.label === 'Sign in'));
    if (!login) throw new Error('no sign-in form');
    return browser.open(login.action, choice.form);
  }

  async function exchange(code: string, verifier: string): Promise<{ status: number; body: Tokens }> {
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: client().redirectUri, code_verifier: verifier }),
    });
    return { status: response.status, body: (await response.json()) as Tokens };
  }

  async function signIn(label: string): Promise<{ tokens: Tokens; browser: Browser }> {
    const { browser, page, verifier, state } = await startSignIn();
    const done = await submit(browser, page, { label });
    const back = new URL(done.stoppedAt ?? 'http://missing/');
    expect(back.searchParams.get('state')).toBe(state);
    const tokens = await exchange(back.searchParams.get('code') ?? '', verifier);
    expect(tokens.status).toBe(200);
    return { tokens: tokens.body, browser };
  }

  it('serves the code flow with PKCE (S256 only), client credentials, refresh tokens, logout and client registration', () => {
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials', 'refresh_token']));
    expect(discovery.end_session_endpoint).toMatch(/^http/);
    expect(discovery.registration_endpoint).toMatch(/^http/);
  });

  it('its sign-in page offers every demo person by name, and a form for anyone else', async () => {
    const { page } = await startSignIn();
    expect(page.status).toBe(200);
    const labels = Browser.forms(page).flatMap((f) => f.buttons.map((b) => b.label));
    for (const [, name] of DEMO) {
      expect(labels).toContain(`Sign in as ${name}`);
    }
    expect(page.body).toMatch(/name="sub"/);
    expect(page.body).toMatch(/name="org"/);
    expect(page.body).toMatch(/name="roles"/);
  });

  it.each(DEMO)('%s signs in as %s; the API takes the access token and knows them', async (sub, name, org, role) => {
    const { tokens } = await signIn(`Sign in as ${name}`);
    expect(decodeProtectedHeader(tokens.access_token).typ).toBe('at+jwt');
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toEqual(
      expect.objectContaining({
        sub,
        name,
        org,
        roles: [role],
        aud: 'frontier-access',
        iss: stack().issuer,
        acr: 'urn:frontier-access:acr:local-basic',
        amr: ['user'],
      }),
    );
    expect(String(claims['email'])).toMatch(/@/);
    const me = await get<{ sub: string; org: string; orgKind: string; roles: string[] }>('/v1/me', tokens.access_token);
    expect(me.status).toBe(200);
    expect(me.body).toEqual(expect.objectContaining({ sub, org, roles: [role] }));
    // Every demo person's organization is registered, the demo partner's among them.
    expect(me.body.orgKind).toBe(role === 'partner' ? 'PARTNER' : role === 'developer' ? 'AI_DEVELOPER' : 'GOVERNMENT');
  });

  it('the form signs in anyone, with the strength chosen; a role that does not exist is refused by name', async () => {
    const { browser, page } = await startSignIn();
    const refused = await submit(browser, page, { form: { sub: 'kim', org: 'cisa', roles: ['reviewer', 'overlord'] } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('not overlord');

    const again = await startSignIn();
    const done = await submit(again.browser, again.page, {
      form: { sub: 'kim', org: 'cisa', roles: ['reviewer'], name: 'Kim Park', strength: 'phishing-resistant' },
    });
    const code = new URL(done.stoppedAt ?? 'http://missing/').searchParams.get('code') ?? '';
    const tokens = await exchange(code, again.verifier);
    expect(tokens.status).toBe(200);
    expect(decodeJwt(tokens.body.access_token)).toEqual(
      expect.objectContaining({
        sub: 'kim',
        org: 'cisa',
        roles: ['reviewer'],
        name: 'Kim Park',
        acr: 'urn:frontier-access:acr:local-phr',
        amr: ['hwk', 'phr'],
      }),
    );
    // A code is good once, and only with its own verifier.
    expect((await exchange(code, again.verifier)).status).toBe(400);
  });

  it('refuses an authorization request without PKCE, or with the plain method', async () => {
    const cases: Record<string, string>[] = [{ code_challenge: '', code_challenge_method: '' }, { code_challenge_method: 'plain' }];
    for (const extra of cases) {
      const { page } = await startSignIn(new Browser([client().redirectUri]), extra);
      // An error back to the client, and never the sign-in page or a code.
      expect(page.body).not.toContain('Sign in as');
      const back = new URL(page.stoppedAt ?? 'http://missing/');
      expect(back.searchParams.get('error')).toBe('invalid_request');
      expect(back.searchParams.get('error_description')).toMatch(/PKCE|code_challenge/);
      expect(back.searchParams.get('code')).toBeNull();
    }
  });

  it('a code exchanged with the wrong verifier is refused', async () => {
    const { browser, page } = await startSignIn();
    const done = await submit(browser, page, { label: 'Sign in as Rita Okafor' });
    const code = new URL(done.stoppedAt ?? 'http://missing/').searchParams.get('code') ?? '';
    const wrong = await exchange(code, randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
  });

  it('a refresh token gets a fresh access token the API takes, with the same person and sign-in strength', async () => {
    const { tokens } = await signIn('Sign in as Dana Whitfield');
    expect(tokens.refresh_token).toBeTruthy();
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { authorization: basic(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }),
    });
    expect(response.status).toBe(200);
    const refreshed = (await response.json()) as Tokens;
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(decodeJwt(refreshed.access_token)).toEqual(
      expect.objectContaining({ sub: 'dana', roles: ['designation-authority'], acr: 'urn:frontier-access:acr:local-basic' }),
    );
    expect((await get('/v1/me', refreshed.access_token)).status).toBe(200);
  });

  it('signing out at the provider ends its session: the next sign-in asks who you are again', async () => {
    const { tokens, browser } = await signIn('Sign in as Ivy Brandt');
    const logout = await browser.open(
      `${discovery.end_session_endpoint}?${new URLSearchParams({ id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: `${stack().apiUrl}/` }).toString()}`,
    );
    // The provider asks to confirm; confirming lands back at the API.
    const confirm = Browser.forms(logout)[0];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(logout.body)?.[1];
    expect(confirm && xsrf).toBeTruthy();
    const signedOut = await browser.open(confirm!.action, { xsrf: xsrf!, logout: 'yes' });
    expect(signedOut.url).toBe(`${stack().apiUrl}/`);
    const { page } = await startSignIn(browser);
    expect(page.body).toContain('Sign in as Ivy Brandt');
  });

  it('a machine gets a token with client credentials, as a client only the API may register (with the initial access token)', async () => {
    const anonymous = await fetch(discovery.registration_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_name: 'rogue', grant_types: ['client_credentials'], org: 'nsa' }),
    });
    expect(anonymous.status).toBe(401);

    const secrets = JSON.parse(readFileSync(path.join(stack().dataDir, 'dev-secrets.json'), 'utf8')) as { idpRegistrationToken: string };
    const registered = await fetch(discovery.registration_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets.idpRegistrationToken}` },
      body: JSON.stringify({
        client_name: 'acme gateway',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
        org: 'acme-ai',
      }),
    });
    expect(registered.status).toBe(201);
    const gateway = (await registered.json()) as { client_id: string; client_secret: string };
    const issued = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${gateway.client_id}:${gateway.client_secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api' }),
    });
    expect(issued.status).toBe(200);
    const token = ((await issued.json()) as Tokens).access_token;
    expect(decodeProtectedHeader(token).typ).toBe('at+jwt');
    expect(decodeJwt(token)).toEqual(expect.objectContaining({ sub: gateway.client_id, org: 'acme-ai', roles: ['gateway'], aud: 'frontier-access' }));
  });

  it('npm run token still works with nothing running, and fills in a demo person’s name and email', async () => {
    const { stdout } = await run(
      path.join(ROOT, 'scripts', 'node'),
      [path.join(ROOT, 'dist', 'tools', 'token.js'), '--sub', 'rita', '--org', 'nsa', '--role', 'reviewer'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: stack().dataDir, DEV_IDP_PORT: new URL(stack().issuer).port },
      },
    );
    const claims = decodeJwt(stdout.trim());
    expect(claims).toEqual(expect.objectContaining({ sub: 'rita', name: 'Rita Okafor', email: 'rita.okafor@nsa.example', org: 'nsa', roles: ['reviewer'] }));
    expect((await get('/v1/me', stdout.trim())).status).toBe(200);
  });
});
