import { randomUUID } from 'node:crypto';

import { Bench, must, pool } from './harness';

export interface People {
  readonly org: string;
  readonly developer: string;
  readonly admin: string;
  readonly reviewer: string;
  readonly reviewerSub: string;
  readonly authority: string;
  readonly auditor: string;
}

export async function people(bench: Bench): Promise<People> {
  const org = `bench-dev-${randomUUID().slice(0, 8)}`;
  const reviewerSub = `bench-reviewer-${randomUUID().slice(0, 8)}`;
  const ttl = 6 * 3600;
  const admin = await bench.stack.token('bench-admin', 'program-office', ['program-admin'], ttl);
  // Its developer organization is registered, as the program office does for every participant.
  await must(bench.stack.apiUrl, 'POST', '/v1/organizations', admin, { id: org, name: org, kind: 'AI_DEVELOPER' });
  // The government people are in the directory before they are assigned, as a program administrator pre-registers them.
  const authoritySub = `bench-authority-${randomUUID().slice(0, 8)}`;
  for (const [sub, role] of [
    [reviewerSub, 'reviewer'],
    [authoritySub, 'designation-authority'],
  ] as const) {
    await must(bench.stack.apiUrl, 'POST', '/v1/people', admin, { sub, name: sub, email: `${sub}@nsa.example`, org: 'nsa', roles: [role] });
  }
  return {
    org,
    developer: await bench.stack.token(`${org}-lead`, org, ['developer'], ttl),
    admin,
    reviewer: await bench.stack.token(reviewerSub, 'nsa', ['reviewer'], ttl),
    reviewerSub,
    authority: await bench.stack.token(authoritySub, 'nsa', ['designation-authority'], ttl),
    auditor: await bench.stack.token('bench-auditor', 'oig', ['auditor'], ttl),
  };
}

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** One engagement taken through designation (COVERED) by the API, as the people would. */
export async function designated(bench: Bench, who: People, modelName = 'Bench'): Promise<string> {
  const api = bench.stack.apiUrl;
  const { id } = await must<{ id: string }>(api, 'POST', '/v1/engagements', who.developer, {
    modelName,
    modelVersion: '1.0-rc1',
    capabilitySummary: 'Benchmark model',
    contactEmail: 'bench@example.com',
  });
  await must(api, 'POST', `/v1/engagements/${id}/reviewers`, who.admin, { reviewerIds: [who.reviewerSub] });
  await must(api, 'POST', `/v1/engagements/${id}/attestations`, who.reviewer, { noConflictOfInterest: true });
  await must(api, 'POST', `/v1/engagements/${id}/benchmark-results`, who.reviewer, { reference: 'BM-1', digest: DIGEST, summary: 'Above threshold' });
  await must(api, 'POST', `/v1/engagements/${id}/recommendation`, who.reviewer, { outcome: 'COVERED', rationale: 'Clears the threshold' });
  await must(api, 'POST', `/v1/engagements/${id}/attestations`, who.authority, { noConflictOfInterest: true });
  await must(api, 'POST', `/v1/engagements/${id}/determination`, who.authority, { outcome: 'COVERED', rationale: 'Concur' });
  return id;
}

export interface Terms {
  readonly termsVersion: string;
  readonly termsHash: string;
}

/** The gateway endpoint the bench's terms name: every grant token is addressed to it. */
export const TERMS_ENDPOINT = 'https://gateway.bench.example/v1';

export async function publishTerms(bench: Bench, who: People, engagementId: string): Promise<Terms> {
  const terms = await must<{ version: string; hash: string }>(bench.stack.apiUrl, 'PUT', `/v1/engagements/${engagementId}/partner-terms`, who.developer, {
    version: 'bench-1',
    text: 'Benchmark partner terms: use the model for defensive evaluation only.',
    accessEndpoint: TERMS_ENDPOINT,
  });
  return { termsVersion: terms.version, termsHash: terms.hash };
}

export interface Partner {
  readonly id: string;
  readonly token: string;
}

/** Registers `count` VERIFIED partners in bulk imports, and signs a token for one user of each. */
export async function partners(bench: Bench, who: People, count: number, label: string): Promise<Partner[]> {
  const prefix = `bench-${label}-${randomUUID().slice(0, 6)}`;
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(6, '0')}`,
    name: `Bench water system ${i}`,
    sector: 'WATER_UTILITY',
    state: 'VT',
    contacts: [{ name: `Operator ${i}`, email: `ops${i}@${prefix}.example` }],
  }));
  for (let start = 0; start < rows.length; start += 50_000) {
    const report = await must<{ accepted: number; rejected: unknown[] }>(bench.stack.apiUrl, 'POST', '/v1/partners/import', who.admin, {
      rows: rows.slice(start, start + 50_000),
    });
    if (report.rejected.length > 0) {
      throw new Error(`the partner import rejected rows: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    }
  }
  return pool(rows, 16, async (row) => ({ id: row.id, token: await bench.stack.token(`${row.id}-user`, row.id, ['partner'], 6 * 3600) }));
}

/** Nominates the partners (10,000 per nomination at most) and approves; returns the nomination ids. */
export async function approve(
  bench: Bench,
  who: People,
  engagementId: string,
  partnerIds: readonly string[],
  options: { readonly durationDays?: number; readonly accessEndsAt?: Date } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < partnerIds.length; start += 10_000) {
    const nomination = await must<{ id: string }>(bench.stack.apiUrl, 'POST', `/v1/engagements/${engagementId}/nominations`, who.developer, {
      partnerIds: partnerIds.slice(start, start + 10_000),
      durationDays: options.durationDays ?? 30,
      accessEndsAt: options.accessEndsAt?.toISOString(),
      scopes: ['model:query'],
    });
    await must(bench.stack.apiUrl, 'POST', `/v1/engagements/${engagementId}/nominations/${nomination.id}/approve`, who.admin, {});
    ids.push(nomination.id);
  }
  return ids;
}
