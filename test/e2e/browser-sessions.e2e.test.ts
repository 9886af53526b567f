import { randomUUID } from 'node:crypto';
import * as http from 'node:http';

import { parseKeyring } from '#config';
import { Role } from '#domain';
import { FieldCipher } from '#security';

import { cookieHash } from '../../apps/api/auth/sessions/session-cookies';
import { get } from '../support/api';
import { Browser } from '../support/browser';
import { choose, signIn } from '../support/sessions';
import { asOwner, caller, stack } from '../support/stack';

const SESSION = 'frontier-session';
const SIGN_IN = 'frontier-sign-in';

interface Me {
  readonly sub: string;
  readonly org: string;
  readonly roles: string[];
  readonly authenticatedBy: string;
  readonly session?: { idleExpiresAt: string; expiresAt: string; csrfToken: string };
}

function api(path: string): string {
  return `${stack().apiUrl}${path}`;
}

async function me(browser: Browser): Promise<{ status: number; body: Me }> {
  const response = await browser.fetch(api('/v1/me'));
  return { status: response.status, body: (await response.json()) as Me };
}

async function sessionEvents(sub: string): Promise<{ action: string; outcome: string; details: Record<string, unknown> }[]> {
  return asOwner(
    async (db) =>
      (
        await db.query<{ action: string; outcome: string; details: Record<string, unknown> }>(
          `SELECT action, outcome, details FROM audit_events WHERE actor_sub = $1 AND subject_type = 'session' ORDER BY seq`,
          [sub],
        )
      ).rows,
  );
}

/**
 * Browsers sign in through the API (backend-for-frontend): the code flow with PKCE at the real local
 * provider, a session kept in PostgreSQL behind an HttpOnly cookie, CSRF checks on changes, idle and
 * absolute expiry, sign-in strength per role, and sign-out here and at the provider.
 */
describe('browser sessions', () => {
  it('signs a person in, lands where they started, and keeps tokens out of the browser', async () => {
    const { browser, landed } = await signIn('Rita Okafor', '/v1/me');
    expect(landed.url).toBe(api('/v1/me'));
    const body = JSON.parse(landed.body) as Me;
    expect(body).toEqual(expect.objectContaining({ sub: 'rita', org: 'nsa', roles: ['reviewer'], authenticatedBy: 'session' }));
    expect(Date.parse(body.session!.expiresAt) - Date.now()).toBeGreaterThan(11 * 3600_000);
    expect(Date.parse(body.session!.idleExpiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(body.session!.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const sessionCookie = browser.setCookies.find((line) => line.startsWith(`${SESSION}=`) && !line.startsWith(`${SESSION}=;`));
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Lax/);
    expect(sessionCookie).toMatch(/; Path=\//);
    // Loopback http: no Secure, no __Host- prefix (browsers refuse both there).
    expect(sessionCookie).not.toMatch(/Secure/);
    // The sign-in cookie is spent once the session starts.
    expect(browser.cookie(api('/'), SIGN_IN)).toBeUndefined();
    // Nothing the browser was sent is a token.
    expect(browser.setCookies.join('\n')).not.toMatch(/eyJ/);
    expect(landed.body).not.toMatch(/eyJ/);

    const listed = await browser.fetch(api('/v1/engagements'));
    expect(listed.status).toBe(200);
    // The session row holds the tokens sealed, and a hash of the cookie, never the cookie itself.
    const cookie = browser.cookie(api('/'), SESSION)!;
    const rows = await asOwner((db) =>
      db.query<{ id_hash: string; tokens_sealed: string }>(`SELECT id_hash, tokens_sealed FROM browser_sessions WHERE sub = 'rita'`),
    );
    expect(rows.rows.some((row) => row.id_hash === cookie)).toBe(false);
    // No JWT in it (header.payload.): ciphertext is base64, where a bare "eyJ" turns up by chance now and then.
    expect(rows.rows.every((row) => !/eyJ[\w-]+\.eyJ[\w-]+\./.test(row.tokens_sealed))).toBe(true);
    const events = await sessionEvents('rita');
    expect(events.map((e) => e.action)).toContain('session.started');
    expect(JSON.stringify(events)).not.toMatch(/eyJ/);
  });

  it('a change sent with the cookie needs this site’s Origin and the session’s CSRF token; a bearer token does not', async () => {
    const { browser } = await signIn('Rita Okafor');
    const { body } = await me(browser);
    const target = api(`/v1/engagements/${randomUUID()}/attestations`);
    const payload = JSON.stringify({ noConflictOfInterest: true });
    const json = { 'content-type': 'application/json' };

    const missing = await browser.fetch(target, { method: 'POST', headers: { ...json, origin: stack().apiUrl }, body: payload });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { code: string }).code).toBe('CSRF_REJECTED');

    const wrong = await browser.fetch(target, { method: 'POST', headers: { ...json, origin: stack().apiUrl, 'x-csrf-token': 'x'.repeat(43) }, body: payload });
    expect(((await wrong.json()) as { code: string }).code).toBe('CSRF_REJECTED');

    const elsewhere = await browser.fetch(target, {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example', 'x-csrf-token': body.session!.csrfToken },
      body: payload,
    });
    expect(((await elsewhere.json()) as { code: string }).code).toBe('CSRF_REJECTED');

    // With both, the request goes on to the rules: this engagement does not exist for Rita.
    const allowed = await browser.fetch(target, {
      method: 'POST',
      headers: { ...json, origin: stack().apiUrl, 'x-csrf-token': body.session!.csrfToken },
      body: payload,
    });
    expect(allowed.status).toBe(404);

    const bearer = await caller(Role.Reviewer, 'nsa');
    const direct = await fetch(target, { method: 'POST', headers: { ...json, authorization: `Bearer ${bearer.token}` }, body: payload });
    expect(direct.status).toBe(404);
    expect((await get<Me>('/v1/me', bearer.token)).body.authenticatedBy).toBe('bearer');
  });

  it('a cookie that is not a live session is refused: made up, replaced by a later sign-in, or another browser’s after it signed out', async () => {
    const forged = new Browser();
    forged.plant(api('/'), SESSION, 'A'.repeat(43));
    const refused = await me(forged);
    expect(refused.status).toBe(401);
    expect((refused.body as unknown as { code: string }).code).toBe('SESSION_EXPIRED');

    const { browser } = await signIn('Pat Moreno');
    const first = browser.cookie(api('/'), SESSION)!;
    // Signing in again (the provider remembers Pat, so no page this time) rotates the session id.
    const again = await browser.open(api('/auth/login?returnTo=/v1/me'));
    expect(again.url).toBe(api('/v1/me'));
    const second = browser.cookie(api('/'), SESSION)!;
    expect(second).not.toBe(first);
    const old = new Browser();
    old.plant(api('/'), SESSION, first);
    expect((await me(old)).status).toBe(401);
    expect((await me(browser)).status).toBe(200);
    expect((await sessionEvents('pat')).some((e) => e.action === 'session.ended' && e.details['reason'] === 'REPLACED')).toBe(true);
  });

  it('an idle session, and one past its lifetime, is refused and its end audited', async () => {
    for (const column of ['idle_expires_at', 'absolute_expires_at']) {
      const sub = `exp-${randomUUID().slice(0, 8)}`;
      const { browser } = await signIn({ sub, org: 'nist', roles: ['reviewer'] });
      expect((await me(browser)).status).toBe(200);
      await asOwner((db) => db.query(`UPDATE browser_sessions SET ${column} = now() - interval '1 second' WHERE sub = $1`, [sub]));
      const expired = await me(browser);
      expect(expired.status).toBe(401);
      expect((expired.body as unknown as { code: string }).code).toBe('SESSION_EXPIRED');
      expect((await sessionEvents(sub)).map((e) => e.action)).toEqual(['session.started', 'session.expired']);
    }
  });

  it('signing out ends the session here and at the provider; the cookie no longer works', async () => {
    const { browser } = await signIn('Ivy Brandt');
    const { body } = await me(browser);
    const cookie = browser.cookie(api('/'), SESSION)!;

    const refused = await browser.fetch(api('/auth/logout'), { method: 'POST', headers: { origin: stack().apiUrl } });
    expect(refused.status).toBe(403);
    expect((await me(browser)).status).toBe(200);

    const out = await browser.fetch(api('/auth/logout'), { method: 'POST', headers: { origin: stack().apiUrl, 'x-csrf-token': body.session!.csrfToken } });
    expect(out.status).toBe(200);
    const { endSessionUrl } = (await out.json()) as { signedOut: boolean; endSessionUrl: string };
    // The page goes on to the provider's sign-out, which names the client, not the person: no token in the URL.
    expect(endSessionUrl.startsWith(`${stack().issuer}/session/end`)).toBe(true);
    expect(new URL(endSessionUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${stack().apiUrl}/`);
    expect(new URL(endSessionUrl).searchParams.get('client_id')).toBe(stack().consoleClient.clientId);
    expect(endSessionUrl).not.toMatch(/id_token_hint|eyJ/);
    expect(browser.cookie(api('/'), SESSION)).toBeUndefined();
    const replay = new Browser();
    replay.plant(api('/'), SESSION, cookie);
    expect((await me(replay)).status).toBe(401);
    expect((await sessionEvents('ivy')).some((e) => e.action === 'session.ended' && e.details['reason'] === 'SIGNED_OUT')).toBe(true);
  });

  it('refuses a callback with no sign-in under way, a tampered state, or an ID token whose nonce is not this sign-in’s', async () => {
    const none = await fetch(api('/auth/callback?code=abc&state=def'), { redirect: 'manual' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { code: string }).code).toBe('SIGN_IN_FAILED');

    /** A browser that went to the provider and back, with the callback held; and its sign-in as the API keeps it. */
    const held = async () => {
      const browser = new Browser([api('/auth/callback')]);
      const page = await browser.open(api('/auth/login'));
      const callback = new URL((await choose(browser, page, 'Rita Okafor')).stoppedAt!);
      return { browser, callback, idHash: cookieHash(browser.cookie(api('/'), SIGN_IN)!) };
    };

    const first = await held();
    const tampered = new URL(first.callback);
    tampered.searchParams.set('state', 'x'.repeat(43));
    const stateRefused = await first.browser.fetch(tampered.toString());
    expect(stateRefused.status).toBe(400);
    expect(((await stateRefused.json()) as { code: string }).code).toBe('SIGN_IN_FAILED');
    // The sign-in was spent by the refused callback: the right state no longer helps.
    expect((await first.browser.fetch(first.callback.toString())).status).toBe(400);

    // The same code and verifier, but the API expecting another nonce than the provider put in the ID token.
    const second = await held();
    const cipher = new FieldCipher(
      parseKeyring('FIELD_ENCRYPTION_KEYS', stack().appEnv['FIELD_ENCRYPTION_KEYS']!, stack().appEnv['FIELD_ENCRYPTION_ACTIVE_KEY']!),
    );
    const at = `sign_in_attempts.secrets:${second.idHash}`;
    await asOwner(async (db) => {
      const row = await db.query<{ secrets_sealed: string }>('SELECT secrets_sealed FROM sign_in_attempts WHERE id_hash = $1', [second.idHash]);
      const secrets = JSON.parse(cipher.open(row.rows[0]!.secrets_sealed, at)) as { nonce: string; codeVerifier: string };
      await db.query('UPDATE sign_in_attempts SET secrets_sealed = $2 WHERE id_hash = $1', [
        second.idHash,
        cipher.seal(JSON.stringify({ ...secrets, nonce: 'n'.repeat(43) }), at),
      ]);
    });
    const nonceRefused = await second.browser.fetch(second.callback.toString());
    expect(nonceRefused.status).toBe(400);
    expect(((await nonceRefused.json()) as { code: string }).code).toBe('SIGN_IN_FAILED');
    expect(second.browser.cookie(api('/'), SESSION)).toBeUndefined();
  });

  it('an access token about to lapse is refreshed on the server, once, however many requests arrive together', async () => {
    const { browser } = await signIn('Alice Chen');
    const cookie = browser.cookie(api('/'), SESSION)!;
    const idHash = cookieHash(cookie);
    const cipher = new FieldCipher(
      parseKeyring('FIELD_ENCRYPTION_KEYS', stack().appEnv['FIELD_ENCRYPTION_KEYS']!, stack().appEnv['FIELD_ENCRYPTION_ACTIVE_KEY']!),
    );
    const at = `browser_sessions.tokens:${idHash}`;
    const before = await asOwner(async (db) => {
      const row = await db.query<{ tokens_sealed: string }>('SELECT tokens_sealed FROM browser_sessions WHERE id_hash = $1', [idHash]);
      const tokens = JSON.parse(cipher.open(row.rows[0]!.tokens_sealed, at)) as { accessToken: string; accessExpiresAt: number };
      // As if the access token were about to lapse.
      await db.query('UPDATE browser_sessions SET tokens_sealed = $2 WHERE id_hash = $1', [
        idHash,
        cipher.seal(JSON.stringify({ ...tokens, accessExpiresAt: Date.now() }), at),
      ]);
      return tokens.accessToken;
    });
    const answers = await Promise.all(Array.from({ length: 5 }, () => me(browser)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.every((a) => a.body.sub === 'alice')).toBe(true);
    const after = await asOwner(async (db) => {
      const row = await db.query<{ tokens_sealed: string; access_expires_at: Date }>(
        'SELECT tokens_sealed, access_expires_at FROM browser_sessions WHERE id_hash = $1',
        [idHash],
      );
      return {
        tokens: JSON.parse(cipher.open(row.rows[0]!.tokens_sealed, at)) as { accessToken: string; accessExpiresAt: number },
        column: row.rows[0]!.access_expires_at,
      };
    });
    expect(after.tokens.accessToken).not.toBe(before);
    expect(after.tokens.accessExpiresAt - Date.now()).toBeGreaterThan(60_000);
    expect(after.column.getTime()).toBe(after.tokens.accessExpiresAt);
    // Nothing new reached the browser.
    expect(browser.cookie(api('/'), SESSION)).toBe(cookie);
  });

  it('a callback whose request line is in absolute form is answered like any other, never 5xx', async () => {
    const url = new URL(stack().apiUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request({ host: url.hostname, port: url.port, method: 'GET', path: 'http://a:99999/auth/callback?code=x&state=y' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('returns only to a path on this site', async () => {
    for (const returnTo of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await fetch(api(`/auth/login?returnTo=${encodeURIComponent(returnTo)}`), { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('returnTo');
    }
  });

  it('a role that needs a stronger sign-in gets it: a weaker one is refused and audited, a strong one is let in', async () => {
    // The test stack asks designation-authority for the phishing-resistant level (test/support/global-setup.ts).
    const weak = await signIn('Dana Whitfield');
    expect(weak.landed.status).toBe(403);
    expect((JSON.parse(weak.landed.body) as { code: string }).code).toBe('STEP_UP_REQUIRED');
    expect(weak.browser.cookie(api('/'), SESSION)).toBeUndefined();
    expect((await sessionEvents('dana')).some((e) => e.action === 'session.step_up_refused' && e.outcome === 'REFUSED')).toBe(true);

    const strong = await signIn({ sub: 'dana', org: 'nsa', roles: ['designation-authority'], name: 'Dana Whitfield', strength: 'phishing-resistant' });
    expect(strong.landed.status).toBe(200);
    expect((JSON.parse(strong.landed.body) as Me).roles).toEqual(['designation-authority']);

    // A session that falls below what its roles need (here, as if the policy had been raised) is refused at each
    // request, and the refusal is audited once, not at every request.
    const refusalsBefore = (await sessionEvents('dana')).filter((e) => e.action === 'session.step_up_refused').length;
    const cookie = strong.browser.cookie(api('/'), SESSION)!;
    await asOwner((db) => db.query(`UPDATE browser_sessions SET acr = 'urn:frontier-access:acr:local-basic' WHERE id_hash = $1`, [cookieHash(cookie)]));
    for (let i = 0; i < 3; i++) {
      const refused = await me(strong.browser);
      expect(refused.status).toBe(403);
      expect((refused.body as unknown as { code: string }).code).toBe('STEP_UP_REQUIRED');
    }
    expect((await sessionEvents('dana')).filter((e) => e.action === 'session.step_up_refused').length).toBe(refusalsBefore + 1);
  });
});
