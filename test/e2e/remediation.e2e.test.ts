import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import type {
  PartnerRemediationNoticeListDto,
  PartnerReportListDto,
  RemediationNoticeDto,
  RemediationNoticeListDto,
  SharedPartnerReportListDto,
} from '../../apps/api/modules/remediation/dto/remediation.dto';
import { get, post } from '../support/api';
import { act, activeGrants, ARTIFACT, Cast, cast, GATEWAY } from '../support/scenario';
import { asOwner, Caller, caller } from '../support/stack';

const FIXED = `sha256:${'f1'.repeat(32)}`;

/** The caller's inbox kinds about an engagement, once `kind` is among them (the worker makes notices a moment after the event). */
async function told(who: Caller, engagementId: string, kind: string): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const kinds = (await get<{ items: { kind: string; engagementId: string | null }[] }>('/v1/notifications?limit=100', who.token)).body.items
      .filter((n) => n.engagementId === engagementId)
      .map((n) => n.kind);
    if (kinds.includes(kind) || Date.now() > deadline) return kinds;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Remediation notices and partner reports: the developer tells partners with live grants what to update
 * to and how urgently (never which finding); partners acknowledge, and report problems of their own,
 * which reach the developer (and the clearinghouse, if the developer shares them).
 */
describe('remediation notices and partner reports', () => {
  let c: Cast;
  let id: string;
  let partners: Caller[];
  let grants: string[];
  const marker = `FINDING-SECRET-${randomUUID()}`;
  const findingIds: string[] = [];

  beforeAll(async () => {
    c = await cast();
    ({ id, partners, grants } = await activeGrants(c, 2));
    await act(`/v1/engagements/${id}/access-window`, c.developer, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    for (const inputs of [
      { inKev: true, publiclyExposed: true, automatable: true, technicalImpact: 'TOTAL' },
      { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' },
    ]) {
      const res = await post<{ id: string }>(`/v1/engagements/${id}/findings`, c.reviewer.token, {
        title: `${marker} title`,
        description: `${marker} description`,
        cweIds: ['CWE-787'],
        ...inputs,
      });
      expect(res.status).toBe(201);
      findingIds.push(res.body.id);
    }
  });

  const publish = (ids: readonly string[], instruction = 'Update to 7.0.1 and rotate the API keys you issued') =>
    post<RemediationNoticeDto>(`/v1/engagements/${id}/remediation-notices`, c.developer.token, {
      fixedVersion: '7.0.1',
      artifactDigest: FIXED,
      instruction,
      findingIds: ids,
    });

  it('takes its urgency from the most urgent finding it fixes, and names only findings of the engagement', async () => {
    const moderate = await publish([findingIds[1]!]);
    expect(moderate.status).toBe(201);
    expect(moderate.body).toEqual(
      expect.objectContaining({ urgency: 'MODERATE', fixedVersion: '7.0.1', findingIds: [findingIds[1]], acknowledged: 0, awaiting: 2 }),
    );
    const immediate = await publish(findingIds);
    expect(immediate.body.urgency).toBe('IMMEDIATE');
    // A finding id that names no finding of this engagement is one the developer cannot point at: 404, nothing published.
    const foreign = await publish([randomUUID()]);
    expect(foreign.status).toBe(404);
    expect((await get<{ items: unknown[] }>(`/v1/engagements/${id}/remediation-notices`, c.developer.token)).body.items).toHaveLength(2);
    expect((await publish([])).status).toBe(400);
    expect((await post(`/v1/engagements/${id}/remediation-notices`, c.admin.token, {})).status).toBe(403);
    expect((await post(`/v1/engagements/${id}/remediation-notices`, partners[0]!.token, {})).status).toBe(404);
  });

  it('reaches partners with live grants, who acknowledge; the developer sees who has and who has not', async () => {
    const [a, b] = partners;
    expect(await told(a!, id, 'REMEDIATION_PUBLISHED')).toContain('REMEDIATION_PUBLISHED');
    const seen = await get<PartnerRemediationNoticeListDto>(`/v1/grants/${grants[0]}/remediation-notices`, a!.token);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((n) => n.urgency)).toEqual(['IMMEDIATE', 'MODERATE']);
    const notice = seen.body.items[0]!;
    const ack = await post(`/v1/grants/${grants[0]}/remediation-notices/${notice.id}/acknowledgement`, a!.token, {});
    expect(ack.status).toBe(200);
    expect(ack.body['acknowledgedAt']).toBeDefined();
    const again = await post(`/v1/grants/${grants[0]}/remediation-notices/${notice.id}/acknowledgement`, a!.token, {});
    expect(again.body['acknowledgedAt']).toBe(ack.body['acknowledgedAt']);
    // Another partner's grant is not a's to use.
    expect((await post(`/v1/grants/${grants[1]}/remediation-notices/${notice.id}/acknowledgement`, a!.token, {})).status).toBe(404);
    const developerView = await get<RemediationNoticeListDto>(`/v1/engagements/${id}/remediation-notices`, c.developer.token);
    const mine = developerView.body.items.find((n) => n.id === notice.id)!;
    expect(mine).toEqual(expect.objectContaining({ acknowledged: 1, awaiting: 1 }));
    expect(mine.partners.find((p) => p.partnerId === a!.org)).toEqual(expect.objectContaining({ acknowledgedBy: a!.sub, grantId: grants[0] }));
    expect(mine.partners.find((p) => p.partnerId === b!.org)?.acknowledgedAt).toBeUndefined();
    expect((await get(`/v1/engagements/${id}/remediation-notices`, c.auditor.token)).status).toBe(200);
    expect((await get(`/v1/engagements/${id}/remediation-notices`, c.reviewer.token)).status).toBe(403);
  });

  it('lets a partner report a problem: sealed, to the developer, and to the clearinghouse only if the developer shares it', async () => {
    const [a, b] = partners;
    const reportMarker = `REPORT-${randomUUID()}`;
    const report = await post<{ id: string }>(`/v1/grants/${grants[0]}/reports`, a!.token, {
      title: `${reportMarker} title`,
      description: `${reportMarker} text`,
      severity: 'HIGH',
    });
    expect(report.status).toBe(201);
    expect((await post(`/v1/grants/${grants[0]}/reports`, a!.token, { title: 't', description: 'd', severity: 'URGENT' })).status).toBe(400);
    await asOwner(async (db) => {
      const rows = await db.query<{ row: string }>('SELECT r::text AS row FROM partner_reports r WHERE id = $1', [report.body.id]);
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]!.row).not.toContain(reportMarker);
    });
    expect(await told(c.developer, id, 'PARTNER_REPORT_RECEIVED')).toContain('PARTNER_REPORT_RECEIVED');
    const developerView = await get<PartnerReportListDto>(`/v1/engagements/${id}/partner-reports`, c.developer.token);
    expect(developerView.body.items).toEqual([
      expect.objectContaining({ id: report.body.id, title: `${reportMarker} title`, severity: 'HIGH', partnerId: a!.org }),
    ]);
    expect((await get(`/v1/grants/${grants[0]}/reports`, a!.token)).body['items']).toHaveLength(1);
    expect(JSON.stringify((await get(`/v1/grants/${grants[1]}/reports`, b!.token)).body)).not.toContain(reportMarker);

    const clearinghouse = await caller(Role.Clearinghouse, 'cisa');
    const before = await get<SharedPartnerReportListDto>('/v1/clearinghouse/reports', clearinghouse.token);
    expect(before.body.items.map((r) => r.id)).not.toContain(report.body.id);
    expect((await post(`/v1/engagements/${id}/partner-reports/${report.body.id}/share`, c.developer.token, {})).status).toBe(200);
    expect((await post(`/v1/engagements/${id}/partner-reports/${report.body.id}/share`, c.developer.token, {})).status).toBe(409);
    const after = await get<SharedPartnerReportListDto>('/v1/clearinghouse/reports', clearinghouse.token);
    const shared = after.body.items.find((r) => r.id === report.body.id);
    expect(shared).toEqual(expect.objectContaining({ title: `${reportMarker} title`, severity: 'HIGH' }));
    expect(JSON.stringify(shared)).not.toContain(a!.org);
  });

  it('never lets a finding reach a partner, by any route a partner has', async () => {
    const [a] = partners;
    const routes = [
      '/v1/grants',
      `/v1/grants/${grants[0]}`,
      `/v1/grants/${grants[0]}/remediation-notices`,
      `/v1/grants/${grants[0]}/reports`,
      '/v1/notifications?limit=100',
      `/v1/engagements/${id}/findings`,
      `/v1/engagements/${id}/findings/${findingIds[0]}`,
      `/v1/engagements/${id}/findings/${findingIds[0]}/csaf`,
      `/v1/engagements/${id}/csaf`,
      `/v1/engagements/${id}/remediation-notices`,
      `/v1/engagements/${id}/partner-reports`,
    ];
    const answers = await Promise.all(routes.map(async (route) => ({ route, res: await get(route, a!.token) })));
    for (const { route, res } of answers) {
      // A refusal's `instance` repeats the path the partner itself asked for; the rest must say nothing.
      const { instance: _asked, ...answer } = res.body as Record<string, unknown>;
      const text = JSON.stringify(answer);
      expect({ route, leaks: [marker, ...findingIds, 'findingIds', 'CWE-787'].filter((s) => text.includes(s)) }).toEqual({ route, leaks: [] });
    }
    expect(answers.filter((x) => x.route.startsWith('/v1/engagements')).map((x) => x.res.status)).toEqual(
      answers.filter((x) => x.route.startsWith('/v1/engagements')).map(() => 404),
    );
  });

  it('ends with the grant: a revoked grant sees no notices and reports nothing', async () => {
    const [, b] = partners;
    await act(`/v1/grants/${grants[1]}/revoke`, c.developer, { reason: 'No longer needed' });
    const notices = await get(`/v1/grants/${grants[1]}/remediation-notices`, b!.token);
    expect(notices.status).toBe(409);
    expect(notices.body['grantStatus']).toBe('REVOKED');
    expect((await post(`/v1/grants/${grants[1]}/reports`, b!.token, { title: 't', description: 'd', severity: 'LOW' })).status).toBe(409);
  });
});
