import { randomUUID } from 'node:crypto';
import { DesignationOutcome, EngagementStage, Role } from '../../libs/domain';
import type { EngagementDetailDto, EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post } from './api';
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
