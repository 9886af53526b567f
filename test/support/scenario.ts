import { randomUUID } from 'node:crypto';

import { DesignationOutcome, EngagementStage, Role } from '#domain';

import type { EngagementDetailDto, EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post, request } from './api';
import { Caller, caller } from './stack';

export const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** The cast of one engagement: its developer organization, the government side, and outsiders. */
export interface Cast {
  readonly developer: Caller;
  readonly colleague: Caller;
  readonly otherDeveloper: Caller;
  readonly admin: Caller;
  readonly reviewer: Caller;
  readonly secondReviewer: Caller;
  readonly unassignedReviewer: Caller;
  readonly authority: Caller;
  readonly reviewerAuthority: Caller;
  readonly auditor: Caller;
  readonly partner: Caller;
}

export async function cast(): Promise<Cast> {
  const org = `dev-${randomUUID().slice(0, 8)}`;
  return {
    developer: await caller(Role.Developer, org),
    colleague: await caller(Role.Developer, org),
    otherDeveloper: await caller(Role.Developer, `other-${randomUUID().slice(0, 8)}`),
    admin: await caller(Role.ProgramAdmin, 'program-office'),
    reviewer: await caller(Role.Reviewer, 'nsa'),
    secondReviewer: await caller(Role.Reviewer, 'cisa'),
    unassignedReviewer: await caller(Role.Reviewer, 'nist'),
    authority: await caller(Role.DesignationAuthority, 'nsa'),
    reviewerAuthority: await caller([Role.Reviewer, Role.DesignationAuthority], 'nsa'),
    auditor: await caller(Role.Auditor, 'oig'),
    partner: await caller(Role.Partner, 'rural-hospital-1'),
  };
}

export const inquiry = (overrides: Record<string, unknown> = {}) => ({
  modelName: 'Atlas',
  modelVersion: '7.0-rc1',
  capabilitySummary: 'Strong autonomous vulnerability discovery in memory-unsafe code',
  contactEmail: 'safety@atlas.example',
  plannedReleaseDate: '2027-03-01',
  ...overrides,
});

function expectOk(status: number, body: unknown, what: string): void {
  if (status >= 300) {
    throw new Error(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

export async function submitted(c: Cast, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry(overrides));
  expectOk(res.status, res.body, 'submit');
  return res.body.id;
}

export async function act(path: string, who: Caller, body: unknown, what = path): Promise<EngagementSummaryDto> {
  const res = await post<EngagementSummaryDto>(path, who.token, body);
  expectOk(res.status, res.body, what);
  return res.body;
}

export async function underReview(c: Cast, reviewers: readonly Caller[] = [c.reviewer]): Promise<string> {
  const id = await submitted(c);
  await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: reviewers.map((r) => r.sub) });
  for (const reviewer of reviewers) {
    await act(`/v1/engagements/${id}/attestations`, reviewer, { noConflictOfInterest: true });
  }
  return id;
}

export async function recommended(c: Cast, outcome = DesignationOutcome.Covered, recommender: Caller = c.reviewer): Promise<string> {
  const id = await underReview(c, recommender === c.reviewer ? [c.reviewer] : [c.reviewer, recommender]);
  await act(`/v1/engagements/${id}/benchmark-results`, recommender, { reference: 'NSA-BM-0042', digest: DIGEST, summary: 'Above threshold on exploit tasks' });
  await act(`/v1/engagements/${id}/recommendation`, recommender, { outcome, rationale: 'Clears the classified threshold' });
  return id;
}

export async function determined(c: Cast, outcome = DesignationOutcome.Covered): Promise<string> {
  const id = await recommended(c, outcome);
  await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
  await act(`/v1/engagements/${id}/determination`, c.authority, { outcome, rationale: 'Concur with the review' });
  return id;
}

export async function detail(id: string, who: Caller) {
  return get<EngagementDetailDto>(`/v1/engagements/${id}`, who.token);
}

/** Audit events that record a read (of the record, its findings or its trail) rather than a change. */
export const READ_ACTIONS: ReadonlySet<string> = new Set(['engagement.viewed', 'finding.list_viewed', 'finding.viewed', 'audit.trail_viewed']);

/**
 * Audit events the worker writes a moment after what they are about (the notices sent of each step), so a test
 * that counts or orders an engagement's changes leaves them out.
 */
export const NOTICE_ACTIONS: ReadonlySet<string> = new Set(['notice.sent']);

/** The engagement's audit trail as the auditor reads it, leaving out the events that record reads and the notices sent. */
export async function changesAudited(id: string, auditor: Caller): Promise<{ action: string; outcome: string; actor: { sub: string } }[]> {
  const res = await get<{ items: { action: string; outcome: string; actor: { sub: string } }[] }>(`/v1/engagements/${id}/audit?limit=100`, auditor.token);
  if (res.status !== 200) throw new Error(`the audit trail of ${id} answered ${res.status}`);
  return res.body.items.filter((e) => !READ_ACTIONS.has(e.action) && !NOTICE_ACTIONS.has(e.action));
}

export const STAGES = EngagementStage;

export const GATEWAY = 'https://gateway.acme.example/v1';
export const ARTIFACT = `sha256:${'5e'.repeat(32)}`;

/** A designated engagement whose developer has opened the pre-release window. */
export async function inWindow(c: Cast, days?: number): Promise<string> {
  const id = await determined(c);
  await act(`/v1/engagements/${id}/access-window`, c.developer, { ...(days === undefined ? {} : { days }), accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
  return id;
}

export async function reviewerToken(id: string, who: Caller): Promise<{ token: string; expiresAt: string; scope: string }> {
  const res = await post<{ token: string; expiresAt: string; scope: string }>(`/v1/engagements/${id}/access-tokens`, who.token, {});
  expectOk(res.status, res.body, 'access token');
  return res.body;
}

export async function introspect(token: string, who: Caller) {
  return post<Record<string, unknown>>('/v1/tokens/introspect', who.token, { token });
}

export interface PartnerRow {
  readonly id: string;
  readonly name: string;
  readonly sector: string;
  readonly state: string;
  readonly status?: string;
  readonly contacts: { name: string; email: string }[];
}

/** `count` partner organizations of one sector and state, with ids unique to this call. */
export function partnerRows(count: number, sector = 'RURAL_HOSPITAL', state = 'VT', prefix = `p-${randomUUID().slice(0, 8)}`): PartnerRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(5, '0')}`,
    name: `${sector} ${i}`,
    sector,
    state,
    contacts: [{ name: `Security lead ${i}`, email: `security${i}@${prefix}.example` }],
  }));
}

export async function registerPartners(c: Cast, rows: readonly PartnerRow[]): Promise<void> {
  const res = await post<{ accepted: number; rejected: unknown[] }>('/v1/partners/import', c.admin.token, { rows });
  expectOk(res.status, res.body, 'partner import');
  if (res.body.rejected.length > 0) {
    throw new Error(`partner import rejected rows: ${JSON.stringify(res.body.rejected)}`);
  }
}

export const TERMS_TEXT = 'Early access for defensive use only. No redistribution. Report vulnerabilities to the developer within 24 hours.';

export async function publishTerms(c: Cast, id: string, version = 'v1', text = TERMS_TEXT): Promise<{ version: string; hash: string }> {
  const res = await request<{ version: string; hash: string }>(
    'PUT',
    `/v1/engagements/${id}/partner-terms`,
    { version, text, accessEndpoint: GATEWAY },
    { token: c.developer.token },
  );
  expectOk(res.status, res.body, 'publish terms');
  return res.body;
}

/** The developer nominates the listed partners and a program administrator approves. */
export async function approvedGrants(
  c: Cast,
  id: string,
  partnerIds: readonly string[],
  options: { readonly durationDays?: number; readonly accessEndsAt?: string } = {},
): Promise<string> {
  const nominated = await post<{ id: string }>(`/v1/engagements/${id}/nominations`, c.developer.token, {
    partnerIds,
    durationDays: options.durationDays ?? 30,
    accessEndsAt: options.accessEndsAt,
    scopes: ['model:query'],
  });
  expectOk(nominated.status, nominated.body, 'nominate');
  await act(`/v1/engagements/${id}/nominations/${nominated.body.id}/approve`, c.admin, {});
  return nominated.body.id;
}

export async function grantsOf(who: Caller, engagementId: string): Promise<{ id: string; partner: { id: string }; status: string }[]> {
  const items: { id: string; partner: { id: string }; status: string }[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: typeof items; nextCursor: string | null } } = await get(
      `/v1/grants?engagementId=${engagementId}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      who.token,
    );
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

/** A designated engagement with partner terms and one ACTIVE grant for each of `count` new partners. */
export async function activeGrants(c: Cast, count = 1): Promise<{ id: string; partners: Caller[]; grants: string[] }> {
  const id = await determined(c);
  const rows = partnerRows(count);
  await registerPartners(c, rows);
  const terms = await publishTerms(c, id);
  await approvedGrants(
    c,
    id,
    rows.map((r) => r.id),
  );
  const partners: Caller[] = [];
  const grants: string[] = [];
  for (const row of rows) {
    const partner = await caller(Role.Partner, row.id);
    const [grant] = await grantsOf(partner, id);
    await act(`/v1/grants/${grant!.id}/accept`, partner, { termsVersion: terms.version, termsHash: terms.hash });
    partners.push(partner);
    grants.push(grant!.id);
  }
  return { id, partners, grants };
}
