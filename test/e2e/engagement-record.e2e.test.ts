import { createLocalJWKSet, flattenedVerify, type JSONWebKeySet } from 'jose';

import { get, post } from '../support/api';
import { act, activeGrants, Cast, cast, inWindow } from '../support/scenario';

interface Jws {
  payload: string;
  protected: string;
  signature: string;
}

interface Record {
  format: string;
  marking: string;
  view: string;
  exportedBy: { sub: string };
  engagement: { id: string; view: string; benchmarkResults?: unknown[]; timeline: unknown[] };
  findings: { id: string }[];
  nominations: unknown[];
  grants: { id: string }[];
  auditEvents?: { action: string }[];
}

async function recordKeys(): Promise<JSONWebKeySet> {
  return (await get<JSONWebKeySet>('/.well-known/record-keys.json')).body;
}

/** Checks a record as an outside party would: the signature against the published record keys, then the payload. */
async function verified(jws: Jws): Promise<{ record: Record; kid: string | undefined }> {
  const { payload, protectedHeader = {} } = await flattenedVerify(jws, createLocalJWKSet(await recordKeys()));
  expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'frontier-access-record+json' });
  return { record: JSON.parse(Buffer.from(payload).toString('utf8')) as Record, kid: protectedHeader.kid };
}

/**
 * An engagement's record exported for retention (issue 16 §3): a JWS under the record keys (their own
 * kid, apart from the access-token keys), whole for auditors, the developer's view for its developer,
 * refused to everyone else, and audited.
 */
describe("an engagement's record, exported and signed", () => {
  let c: Cast;
  let id: string;
  let findingId: string;

  beforeAll(async () => {
    c = await cast();
    ({ id } = await activeGrants(c));
    findingId = (
      await post<{ id: string }>(`/v1/engagements/${await inWindow(c)}/findings`, c.reviewer.token, {
        title: 'Jailbreak via tool output',
        description: 'Steps',
        cweIds: ['CWE-77'],
        inKev: false,
        publiclyExposed: false,
        automatable: true,
        technicalImpact: 'PARTIAL',
      })
    ).body.id;
  });

  it('gives auditors the whole record, signed with a record key published apart from the token keys', async () => {
    const answer = await get<Jws>(`/v1/engagements/${id}/record`, c.auditor.token);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('application/jose+json');
    const { record, kid } = await verified(answer.body);
    expect(record).toMatchObject({ format: 'frontier-access.engagement-record.v1', marking: 'CUI//PROPIN', view: 'FULL', exportedBy: { sub: c.auditor.sub } });
    expect(record.engagement.id).toBe(id);
    expect(record.engagement.benchmarkResults).toEqual([expect.objectContaining({ reference: 'NSA-BM-0042', summary: 'Above threshold on exploit tasks' })]);
    expect(record.engagement.timeline.length).toBeGreaterThan(3);
    expect(record.nominations.length).toBe(1);
    expect(record.grants.length).toBe(1);
    expect(record.auditEvents?.map((e) => e.action)).toEqual(expect.arrayContaining(['engagement.submitted', 'engagement.determined']));
    const tokenKids = (await get<JSONWebKeySet>('/.well-known/jwks.json')).body.keys.map((key) => key.kid);
    expect(kid).toEqual(expect.any(String));
    expect(tokenKids).not.toContain(kid);
  });

  it('gives the developer its own view: no benchmark references, no audit trail, but its findings', async () => {
    const withFinding = (await get<{ items: { id: string }[] }>(`/v1/engagements?limit=100`, c.developer.token)).body.items.map((e) => e.id);
    expect(withFinding).toContain(id);
    const answer = await get<Jws>(`/v1/engagements/${id}/record`, c.developer.token);
    expect(answer.status).toBe(200);
    const { record } = await verified(answer.body);
    expect(record.view).toBe('DEVELOPER');
    expect(record.engagement.benchmarkResults).toBeUndefined();
    expect(record.auditEvents).toBeUndefined();
    const text = Buffer.from(answer.body.payload, 'base64url').toString('utf8');
    expect(text).not.toContain('NSA-BM-0042');
    expect(text).not.toContain('Above threshold on exploit tasks');
  });

  it('carries the findings the developer may read, on the engagement they were recorded on', async () => {
    const findingsEngagement = (await get<{ items: { id: string; modelName: string }[] }>(`/v1/engagements?limit=100`, c.developer.token)).body.items;
    for (const who of [c.developer, c.auditor]) {
      const ids = await Promise.all(
        findingsEngagement.map(async (e) => {
          const answer = await get<Jws>(`/v1/engagements/${e.id}/record`, who.token);
          return (await verified(answer.body)).record.findings.map((f) => f.id);
        }),
      );
      expect(ids.flat()).toContain(findingId);
    }
  });

  it('refuses everyone else, as the engagement itself does, and a tampered record fails the check', async () => {
    expect((await get(`/v1/engagements/${id}/record`, c.otherDeveloper.token)).status).toBe(404);
    for (const who of [c.reviewer, c.admin, c.authority]) {
      expect((await get(`/v1/engagements/${id}/record`, who.token)).status).toBe(403);
    }
    expect((await get(`/v1/engagements/${id}/record`)).status).toBe(401);
    const { body } = await get<Jws>(`/v1/engagements/${id}/record`, c.auditor.token);
    const forged = Buffer.from(Buffer.from(body.payload, 'base64url').toString('utf8').replace('"view":"FULL"', '"view":"DEVELOPER"')).toString('base64url');
    await expect(flattenedVerify({ ...body, payload: forged }, createLocalJWKSet(await recordKeys()))).rejects.toThrow(/signature verification failed/);
  });

  it('audits each export with the view and the hash of what left', async () => {
    const trail = await get<{ items: { action: string; actor: { sub: string }; details: { view?: string; sha256?: string } }[] }>(
      `/v1/audit?engagementId=${id}&action=engagement.record_exported&limit=100`,
      c.auditor.token,
    );
    const exports = trail.body.items.filter((e) => e.action === 'engagement.record_exported');
    expect(exports.map((e) => [e.actor.sub, e.details.view])).toEqual(
      expect.arrayContaining([
        [c.auditor.sub, 'FULL'],
        [c.developer.sub, 'DEVELOPER'],
      ]),
    );
    expect(exports.every((e) => /^[0-9a-f]{64}$/.test(e.details.sha256 ?? ''))).toBe(true);
    await act(`/v1/engagements/${id}/close`, c.developer, {});
  });
});
