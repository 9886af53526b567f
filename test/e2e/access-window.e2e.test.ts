import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';

import { parseKeyring } from '#config';
import { Role } from '#domain';
import { FieldCipher, openPrivateKey } from '#security';

import type { EngagementDetailDto, EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post } from '../support/api';
import { ROOT } from '../support/paths';
import { act, ARTIFACT, Cast, cast, detail, determined, GATEWAY, introspect, inWindow, reviewerToken, submitted } from '../support/scenario';
import { asOwner, caller, stack } from '../support/stack';

const run = promisify(execFile);
const DAY_MS = 86_400_000;

describe('opening the pre-release window', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('is voluntary, 30 days by default, counted from when the developer opens it', async () => {
    const id = await determined(c);
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/access-window`, c.developer.token, {
      accessEndpoint: GATEWAY,
      artifactDigest: ARTIFACT,
    });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('PRE_RELEASE_ACCESS');
    const window = (await detail(id, c.developer)).body.window!;
    expect(Date.parse(window.closesAt) - Date.parse(window.openedAt)).toBe(30 * DAY_MS);
    expect(window).toEqual(expect.objectContaining({ accessEndpoint: GATEWAY, artifactDigest: ARTIFACT }));
    // Metadata-only callers see the dates, not the gateway.
    const admin = (await detail(id, c.admin)).body.window!;
    expect(admin.openedAt).toBe(window.openedAt);
    expect(admin).not.toHaveProperty('accessEndpoint');
  });

  it.each([
    [{ days: 31 }, 'days', /at most 30.*EO 14409/],
    [{ days: 0 }, 'days', /at least 1/],
    [{ days: 2.5 }, 'days', /whole number/],
    [{ days: '30' }, 'days', /whole number/],
    [{ accessEndpoint: 'http://gateway.acme.example/v1' }, 'accessEndpoint', /https/],
    [{ accessEndpoint: 'https://user:pw@gateway.acme.example/' }, 'accessEndpoint', /credentials/],
    [{ artifactDigest: 'sha256:abc' }, 'artifactDigest', /64 lowercase hex/],
  ])('the cap and the inputs are enforced: %j is a 400 naming %s', async (override, field, message) => {
    const id = await determined(c);
    const res = await post(`/v1/engagements/${id}/access-window`, c.developer.token, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT, ...override });
    expect(res.status).toBe(400);
    const errors = res.body['errors'] as { field: string; message: string }[];
    expect([...new Set(errors.map((e) => e.field))]).toEqual([field]);
    expect(errors.map((e) => e.message).join('; ')).toMatch(message);
    expect((await detail(id, c.developer)).body.stage).toBe('DESIGNATED');
  });

  it('is refused outside DESIGNATED, and can never be opened twice or lengthened', async () => {
    const early = await submitted(c);
    const refused = await post(`/v1/engagements/${early}/access-window`, c.developer.token, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    expect(refused.status).toBe(409);
    expect(refused.body['stage']).toBe('INQUIRY_SUBMITTED');

    const id = await inWindow(c, 10);
    const again = await post(`/v1/engagements/${id}/access-window`, c.developer.token, { days: 30, accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    expect(again.status).toBe(409);
    expect(again.body['stage']).toBe('PRE_RELEASE_ACCESS');
    const window = (await detail(id, c.developer)).body.window!;
    expect(Date.parse(window.closesAt) - Date.parse(window.openedAt)).toBe(10 * DAY_MS);
  });

  it('only the developer organization opens it', async () => {
    const id = await determined(c);
    expect((await post(`/v1/engagements/${id}/access-window`, c.otherDeveloper.token, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT })).status).toBe(404);
    expect((await post(`/v1/engagements/${id}/access-window`, c.reviewer.token, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT })).status).toBe(403);
  });

  it('may be declined, going straight on to the next stage', async () => {
    const id = await determined(c);
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/decline-access`, c.developer.token);
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('POST_WINDOW');
    expect((await detail(id, c.developer)).body.accessDeclinedAt).toBeDefined();
    expect((await post(`/v1/engagements/${id}/access-tokens`, c.reviewer.token)).status).toBe(409);
  });
});

describe('reviewer access tokens', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await inWindow(c);
  });

  it('verify offline against the JWKS with a standard JOSE library, naming engagement, reviewer, artifact, audience and scopes', async () => {
    const { token, expiresAt, scope } = await reviewerToken(id, c.reviewer);
    const jwks = createRemoteJWKSet(new URL(`${stack().apiUrl}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(token, jwks, { issuer: stack().apiUrl, audience: GATEWAY, algorithms: ['ES256'], typ: 'at+jwt' });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload).toEqual(
      expect.objectContaining({
        sub: c.reviewer.sub,
        engagement_id: id,
        artifact_digest: ARTIFACT,
        org: c.reviewer.org,
        scope,
        token_use: 'pre-release-review',
      }),
    );
    expect(payload.exp! - payload.iat!).toBe(15 * 60);
    expect(new Date(payload.exp! * 1000).toISOString()).toBe(expiresAt);
  });

  it('are refused to reviewers who are not assigned (404) or have not attested (403), and to other roles (403)', async () => {
    const unassigned = await post(`/v1/engagements/${id}/access-tokens`, c.unassignedReviewer.token);
    expect(unassigned.status).toBe(404);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.secondReviewer.sub] });
    const unattested = await post(`/v1/engagements/${id}/access-tokens`, c.secondReviewer.token);
    expect(unattested.status).toBe(403);
    expect(unattested.body['code']).toBe('ATTESTATION_REQUIRED');
    expect((await post(`/v1/engagements/${id}/access-tokens`, c.developer.token)).status).toBe(403);
    await act(`/v1/engagements/${id}/attestations`, c.secondReviewer, { noConflictOfInterest: true });
    expect((await post(`/v1/engagements/${id}/access-tokens`, c.secondReviewer.token)).status).toBe(201);
  });

  it('introspect as active for the developer organization, and as inactive (saying nothing else) to anyone else', async () => {
    const { token } = await reviewerToken(id, c.reviewer);
    const mine = await introspect(token, c.developer);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual(
      expect.objectContaining({
        active: true,
        sub: c.reviewer.sub,
        aud: GATEWAY,
        iss: stack().apiUrl,
        engagement_id: id,
        artifact_digest: ARTIFACT,
        token_type: 'Bearer',
      }),
    );
    expect((await introspect(token, c.otherDeveloper)).body).toEqual({ active: false });
    expect((await introspect(token, c.reviewer)).status).toBe(403);
  });

  it('introspection takes a form body too, as RFC 7662 has it', async () => {
    const { token } = await reviewerToken(id, c.reviewer);
    const res = await fetch(`${stack().apiUrl}/v1/tokens/introspect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.developer.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { active: boolean }).active).toBe(true);
  });

  it('a forged, tampered, expired or malformed token, or any string at all, is inactive and leaks nothing', async () => {
    const { token } = await reviewerToken(id, c.reviewer);
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${token.split('.')[2]}`;
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(new TextEncoder().encode('x'.repeat(32)));

    // Expired, yet signed with the real key: built here from the key in the database.
    const expired = await asOwner(async (db) => {
      const key = await db.query<{ kid: string; private_jwk_sealed: string }>(`SELECT kid, private_jwk_sealed FROM signing_keys WHERE kid = $1`, [
        decodeProtectedHeader(token).kid,
      ]);
      const row = key.rows[0]!;
      const env = stack().appEnv;
      const cipher = new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ ...claims, exp: now - 60, iat: now - 1000, nbf: now - 1000 })
        .setProtectedHeader({ alg: 'ES256', kid: row.kid, typ: 'at+jwt' })
        .sign(await openPrivateKey(cipher, row.kid, row.private_jwk_sealed));
    });
    const notEvenAJwt = ['', 'not.a.jwt', `${header}..`, 'Bearer abc', 'a token with spaces, ünïcode and = signs', 'x'.repeat(20_000)];
    for (const bad of [tampered, forged, expired, ...notEvenAJwt]) {
      const res = await introspect(bad, c.developer);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ active: false });
    }
  });

  it('issuing and introspecting are audited with the token id, the reviewer and the outcome, never the token', async () => {
    const { token } = await reviewerToken(id, c.reviewer);
    await introspect(token, c.developer);
    await introspect(token, c.otherDeveloper);
    const jti = decodeJwt(token).jti!;
    const audit = await get<{ items: { action: string; subjectId: string; outcome: string; details: Record<string, unknown>; actor: { sub: string } }[] }>(
      `/v1/engagements/${id}/audit?limit=100`,
      c.auditor.token,
    );
    const events = audit.body.items.filter((e) => e.subjectId === jti);
    expect(events.map((e) => [e.action, e.outcome, e.actor.sub])).toEqual([
      ['access_token.issued', 'ISSUED', c.reviewer.sub],
      ['access_token.introspected', 'ACTIVE', c.developer.sub],
      ['access_token.introspected', 'INACTIVE', c.otherDeveloper.sub],
    ]);
    expect(events[2]!.details).toEqual(expect.objectContaining({ reason: 'FOREIGN', holder: c.reviewer.sub }));
    const signature = token.split('.')[2]!;
    await asOwner(async (db) => {
      for (const table of ['audit_events', 'access_tokens', 'idempotency_records']) {
        const rows = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
        expect(rows.rows.filter((r) => r.row.includes(signature))).toEqual([]);
      }
    });
  });

  it('40 introspections at once are each answered and each audited once, in a chain that still verifies', async () => {
    const { token } = await reviewerToken(id, c.reviewer);
    const jti = decodeJwt(token).jti!;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => introspect(token, i % 2 === 0 ? c.developer : c.otherDeveloper)));
    expect(answers.map((a) => a.body['active'])).toEqual(Array.from({ length: 40 }, (_, i) => i % 2 === 0));
    const rows = await asOwner((db) =>
      db.query<{ outcome: string; n: string }>(
        `SELECT outcome, count(*) AS n FROM audit_events WHERE action = 'access_token.introspected' AND subject_id = $1 GROUP BY outcome ORDER BY outcome`,
        [jti],
      ),
    );
    expect(rows.rows).toEqual([
      { outcome: 'ACTIVE', n: '20' },
      { outcome: 'INACTIVE', n: '20' },
    ]);
    const verified = await get<{ ok: boolean }>('/v1/audit/verify', c.auditor.token);
    expect(verified.body.ok).toBe(true);
  });

  it('a repeat with the same Idempotency-Key gets the same token id, not a second token', async () => {
    const key = randomUUID();
    const first = await post<{ token: string }>(`/v1/engagements/${id}/access-tokens`, c.reviewer.token, {}, { idempotencyKey: key });
    const second = await post<{ token: string }>(`/v1/engagements/${id}/access-tokens`, c.reviewer.token, {}, { idempotencyKey: key });
    expect(decodeJwt(second.body.token).jti).toBe(decodeJwt(first.body.token).jti);
    expect(decodeJwt(second.body.token).exp).toBe(decodeJwt(first.body.token).exp);
  });
});

describe('when the window ends, every token stops at once', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it.each([
    ['ending it early', 'access-window/end', 'POST_WINDOW', 'ENDED_EARLY'],
    ['withdrawing', 'withdraw', 'WITHDRAWN', 'WITHDRAWN'],
    ['releasing the model', 'release', 'RELEASED', 'RELEASED'],
    ['closing the engagement', 'close', 'CLOSED', 'CLOSED'],
  ])('%s', async (_what, route, stage, reason) => {
    const id = await inWindow(c);
    const { token } = await reviewerToken(id, c.reviewer);
    expect((await introspect(token, c.developer)).body['active']).toBe(true);

    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/${route}`, c.developer.token, {});
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(stage);

    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
    const refused = await post(`/v1/engagements/${id}/access-tokens`, c.reviewer.token);
    expect(refused.status).toBe(409);
    expect(refused.body['code']).toBe('ACCESS_WINDOW_CLOSED');
    const seen = await detail(id, c.developer);
    expect(seen.body.window?.endReason).toBe(reason);
    expect(seen.body.window?.endedAt).toMatch(/Z$/);
  });
});

describe("release is the developer's own business", () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('is accepted at any stage before the engagement ends, even during review', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    const releasedAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/release`, c.developer.token, { releasedAt });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('RELEASED');
    expect(res.body.releasedAt).toBe(releasedAt);
  });

  it('is recorded once it has happened, never ahead of time', async () => {
    const id = await submitted(c);
    const future = await post(`/v1/engagements/${id}/release`, c.developer.token, { releasedAt: new Date(Date.now() + 2 * DAY_MS).toISOString() });
    // Well-formed, but the clock says not yet: a conflict with the state of the world, not bad input.
    expect(future.status).toBe(409);
    expect(future.body['code']).toBe('RELEASE_IN_FUTURE');
    const local = await post(`/v1/engagements/${id}/release`, c.developer.token, { releasedAt: '2026-11-20 10:00' });
    expect(local.status).toBe(400);
  });
});

describe('findings', () => {
  let c: Cast;
  let id: string;
  const marker = `SECRET-${randomUUID()}`;

  beforeAll(async () => {
    c = await cast();
    id = await inWindow(c);
  });

  it.each([
    [{ inKev: true, publiclyExposed: true, automatable: false, technicalImpact: 'TOTAL' }, '3DF', 3, true],
    [{ inKev: false, publiclyExposed: true, automatable: true, technicalImpact: 'PARTIAL' }, '14D', 14, false],
    [{ inKev: false, publiclyExposed: false, automatable: true, technicalImpact: 'TOTAL' }, '60D', 60, false],
    [{ inKev: false, publiclyExposed: false, automatable: false, technicalImpact: 'TOTAL' }, 'FSU', null, false],
  ])('%j is tiered %s with its due date from the finding time', async (inputs, tier, days, forensic) => {
    const res = await post<{ id: string; tier: string; remediationDueAt: string | null; recordedAt: string; forensicTriageRequired: boolean }>(
      `/v1/engagements/${id}/findings`,
      c.reviewer.token,
      { title: `${marker} title`, description: `${marker} description`, cweIds: ['CWE-787'], ...inputs },
    );
    expect(res.status).toBe(201);
    expect(res.body.tier).toBe(tier);
    expect(res.body.forensicTriageRequired).toBe(forensic);
    expect(res.body.remediationDueAt === null ? null : (Date.parse(res.body.remediationDueAt) - Date.parse(res.body.recordedAt)) / DAY_MS).toBe(days);
  });

  it('are encrypted at rest', async () => {
    await asOwner(async (db) => {
      const rows = await db.query<{ row: string }>('SELECT f::text AS row FROM findings f WHERE engagement_id = $1', [id]);
      expect(rows.rows).toHaveLength(4);
      expect(rows.rows.filter((r) => r.row.includes(marker))).toEqual([]);
      const audit = await db.query<{ row: string }>('SELECT e::text AS row FROM audit_events e WHERE engagement_id = $1', [id]);
      expect(audit.rows.filter((r) => r.row.includes(marker))).toEqual([]);
    });
  });

  it('the developer sees them and answers each; the answer is recorded', async () => {
    const list = await get<{ items: { id: string; title: string; tier: string; response?: { status: string; note?: string; by: string } }[] }>(
      `/v1/engagements/${id}/findings`,
      c.developer.token,
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((f) => f.tier)).toEqual(['3DF', '14D', '60D', 'FSU']);
    expect(list.body.items[0]!.title).toBe(`${marker} title`);
    const target = list.body.items[0]!.id;
    const answer = await post(`/v1/engagements/${id}/findings/${target}/response`, c.developer.token, { status: 'FIXED', note: 'Patched in rc2' });
    expect(answer.status).toBe(200);
    const after = await get<{ items: { id: string; response?: { status: string; note?: string; by: string } }[] }>(
      `/v1/engagements/${id}/findings`,
      c.reviewer.token,
    );
    expect(after.body.items.find((f) => f.id === target)!.response).toEqual(
      expect.objectContaining({ status: 'FIXED', note: 'Patched in rc2', by: c.developer.sub }),
    );
    const unknown = await post(`/v1/engagements/${id}/findings/${randomUUID()}/response`, c.developer.token, { status: 'DISPUTED' });
    expect(unknown.status).toBe(404);
    const bad = await post(`/v1/engagements/${id}/findings/${target}/response`, c.developer.token, { status: 'IGNORED' });
    expect(bad.status).toBe(400);
  });

  it('are never shown to partners, administrators, authorities, other developers or unassigned reviewers', async () => {
    // The attested authority who decided, here also holding the reviewer role: it sees the engagement in full,
    // but findings belong to the reviewers assigned to it.
    const authorityAndReviewer = await caller([Role.DesignationAuthority, Role.Reviewer], c.authority.org, c.authority.sub);
    expect((await get<{ view: string }>(`/v1/engagements/${id}`, authorityAndReviewer.token)).body.view).toBe('FULL');
    for (const [who, status] of [
      [c.partner, 404],
      [c.admin, 403],
      [c.authority, 403],
      [authorityAndReviewer, 403],
      [c.otherDeveloper, 404],
      [c.unassignedReviewer, 404],
    ] as const) {
      expect({ who: who.sub, status: (await get(`/v1/engagements/${id}/findings`, who.token)).status }).toEqual({ who: who.sub, status });
    }
    expect((await get(`/v1/engagements/${id}/findings`, c.auditor.token)).status).toBe(200);
  });

  it('are recorded while the window is open and for FINDINGS_GRACE after it ends, while access tokens end with the window; never without a window', async () => {
    const finding = { title: 't', description: 'd', inKev: false, publiclyExposed: false, automatable: false, technicalImpact: 'PARTIAL' };
    const closed = await inWindow(c);
    await act(`/v1/engagements/${closed}/access-window/end`, c.developer, {});
    const late = await post<{ tier: string }>(`/v1/engagements/${closed}/findings`, c.reviewer.token, finding);
    expect(late.status).toBe(201);
    expect(late.body.tier).toBe('FSU');
    const token = await post(`/v1/engagements/${closed}/access-tokens`, c.reviewer.token, {});
    expect(token.status).toBe(409);
    expect(token.body['stage']).toBe('POST_WINDOW');
    const declined = await determined(c);
    await act(`/v1/engagements/${declined}/decline-access`, c.developer, {});
    const none = await post(`/v1/engagements/${declined}/findings`, c.reviewer.token, finding);
    expect(none.status).toBe(409);
    expect(none.body['code']).toBe('ACCESS_WINDOW_CLOSED');
  });
});

describe('signing key rotation', () => {
  it('publishes the next key before it signs; tokens of the key before keep verifying', async () => {
    const c = await cast();
    const id = await inWindow(c);
    const before = await reviewerToken(id, c.reviewer);
    const { stdout } = await run(process.execPath, ['--disable-warning=ExperimentalWarning', path.join(ROOT, 'dist', 'tools', 'rotate-signing-key.js')], {
      env: { ...process.env, ...stack().appEnv },
    });
    const rotated = JSON.parse(stdout) as { next: string; current: string; activatesAt: string };
    expect(rotated.current).toBe(decodeProtectedHeader(before.token).kid);

    // Published at once, signing only once it activates (and the API's 5-second key cache has turned).
    const jwks = await get<{ keys: { kid: string }[] }>('/.well-known/jwks.json');
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const published = await get<{ keys: { kid: string }[] }>('/.well-known/jwks.json');
    expect(published.body.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([rotated.next, rotated.current]));
    expect(jwks.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(rotated.activatesAt) + 5_500 - Date.now())));
    const after = await reviewerToken(id, c.reviewer);
    expect(decodeProtectedHeader(after.token).kid).toBe(rotated.next);

    const keySet = createRemoteJWKSet(new URL(`${stack().apiUrl}/.well-known/jwks.json`));
    for (const { token } of [before, after]) {
      await expect(jwtVerify(token, keySet, { issuer: stack().apiUrl, audience: GATEWAY })).resolves.toBeDefined();
      expect((await introspect(token, c.developer)).body['active']).toBe(true);
    }
    const audit = await asOwner((db) => db.query<{ subject_id: string }>(`SELECT subject_id FROM audit_events WHERE action = 'signing_key.rotated'`));
    expect(audit.rows.map((r) => r.subject_id)).toContain(rotated.next);

    // Neither the JWKS nor the rows give the private half away: the JWKS holds public keys only, and
    // each row holds its private key sealed under the field key.
    const published2 = await get<{ keys: Record<string, unknown>[] }>('/.well-known/jwks.json');
    expect(published2.body.keys.every((k) => k['d'] === undefined && k['kty'] === 'EC')).toBe(true);
    const rows = await asOwner((db) => db.query<{ row: string; sealed: string }>(`SELECT s::text AS row, private_jwk_sealed AS sealed FROM signing_keys s`));
    expect(rows.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows.rows) {
      expect(row.sealed).toMatch(/^v1\./);
      expect(row.row).not.toMatch(/"d"\s*:/);
    }
  });
});

describe('the engagement detail after the window', () => {
  it('shows why the window ended and when', async () => {
    const c = await cast();
    const id = await inWindow(c, 3);
    await act(`/v1/engagements/${id}/access-window/end`, c.developer, {});
    const seen = await get<EngagementDetailDto>(`/v1/engagements/${id}`, c.admin.token);
    expect(seen.body.stage).toBe('POST_WINDOW');
    expect(seen.body.window?.endReason).toBe('ENDED_EARLY');
    expect(seen.body.window?.endedAt).toMatch(/Z$/);
    expect(seen.body.timeline.map((t) => t.event).slice(-2)).toEqual(['WINDOW_OPENED', 'WINDOW_ENDED']);
  });
});
