import { DesignationOutcome, EngagementStage, Role } from '#domain';

import type { EngagementListDto, EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post } from '../support/api';
import { act, Cast, cast, detail, DIGEST, inquiry, NOTICE_ACTIONS, READ_ACTIONS, submitted } from '../support/scenario';
import { caller } from '../support/stack';

const DAY_MS = 86_400_000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('designation inquiry through determination, as each role', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
  });

  it('a developer opens an inquiry and gets its id, stage and a 30-day determination target', async () => {
    const res = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry());
    expect(res.status).toBe(201);
    expect(res.body.stage).toBe(EngagementStage.InquirySubmitted);
    expect(res.body.developerOrg).toBe(c.developer.org);
    expect(res.body.submittedAt).toMatch(ISO_UTC);
    expect(Date.parse(res.body.determinationDueAt) - Date.parse(res.body.submittedAt)).toBe(30 * DAY_MS);
    expect(res.body.overdue).toBe(false);
    id = res.body.id;
  });

  it('the developer and a colleague in the same organization see their record', async () => {
    for (const who of [c.developer, c.colleague]) {
      const res = await detail(id, who);
      expect(res.status).toBe(200);
      expect(res.body.view).toBe('DEVELOPER');
      expect(res.body.plannedReleaseDate).toBe('2027-03-01');
      expect(res.body.capabilitySummary).toBe(inquiry().capabilitySummary);
      expect(res.body.contactEmail).toBe(inquiry().contactEmail);
      expect(res.body.timeline.map((t) => t.event)).toEqual(['SUBMITTED']);
    }
  });

  it('a program administrator sees metadata only', async () => {
    const res = await detail(id, c.admin);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe('METADATA');
    expect(res.body.modelName).toBe('Atlas');
    expect(res.body.modelVersion).toBe('7.0-rc1');
    expect(res.body.determinationDueAt).toMatch(ISO_UTC);
    for (const hidden of ['capabilitySummary', 'contactEmail', 'plannedReleaseDate', 'benchmarkResults', 'recommendation', 'determination']) {
      expect(res.body).not.toHaveProperty(hidden);
    }
  });

  it('reviewers not yet assigned, authorities before a recommendation and other developers cannot see it at all', async () => {
    for (const who of [c.reviewer, c.authority, c.otherDeveloper]) {
      expect((await detail(id, who)).status).toBe(404);
      const list = await get<EngagementListDto>('/v1/engagements?limit=100', who.token);
      expect(list.body.items.map((e) => e.id)).not.toContain(id);
    }
    // Partners hold no engagement role at all: it does not exist for them, exactly as one that never existed.
    const hidden = await detail(id, c.partner);
    const missing = await detail('00000000-0000-4000-8000-000000000000', c.partner);
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect({ ...hidden.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
  });

  it('the administrator assigns a reviewer, and the engagement is under review', async () => {
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/reviewers`, c.admin.token, { reviewerIds: [c.reviewer.sub] });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(EngagementStage.UnderReview);
  });

  it('an assigned reviewer sees metadata until attesting no conflict of interest, then everything', async () => {
    const before = await detail(id, c.reviewer);
    expect(before.status).toBe(200);
    expect(before.body.view).toBe('METADATA');
    expect(before.body).not.toHaveProperty('capabilitySummary');

    const blocked = await post(`/v1/engagements/${id}/benchmark-results`, c.reviewer.token, { reference: 'NSA-1', digest: DIGEST, summary: 's' });
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('ATTESTATION_REQUIRED');

    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true, statement: 'No ties to the developer' });
    const after = await detail(id, c.reviewer);
    expect(after.body.view).toBe('FULL');
    expect(after.body.capabilitySummary).toBe(inquiry().capabilitySummary);
    expect(after.body.reviewers).toEqual([expect.objectContaining({ sub: c.reviewer.sub, attested: true })]);
  });

  it('the reviewer records a benchmark result by reference only, then recommends', async () => {
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, {
      reference: 'NSA-BM-2026-0042',
      digest: DIGEST,
      summary: 'Exceeds the threshold on exploit development',
    });
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/recommendation`, c.reviewer.token, {
      outcome: DesignationOutcome.Covered,
      rationale: 'Above the classified threshold on two of three suites',
    });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(EngagementStage.Recommended);

    const seen = await detail(id, c.reviewer);
    expect(seen.body.benchmarkResults).toEqual([
      expect.objectContaining({
        reference: 'NSA-BM-2026-0042',
        digest: DIGEST,
        summary: 'Exceeds the threshold on exploit development',
        recordedBy: c.reviewer.sub,
      }),
    ]);
    // The developer sees the recommendation and its unclassified rationale, never the benchmark references.
    const developerView = await detail(id, c.developer);
    expect(developerView.body.recommendation).toEqual(expect.objectContaining({ outcome: 'COVERED', by: c.reviewer.sub }));
    expect(developerView.body).not.toHaveProperty('benchmarkResults');
    expect(developerView.body).not.toHaveProperty('attestations');
  });

  it('a designation authority sees it once recommended, attests, and designates it covered', async () => {
    const before = await detail(id, c.authority);
    expect(before.status).toBe(200);
    expect(before.body.view).toBe('METADATA');

    const early = await post(`/v1/engagements/${id}/determination`, c.authority.token, { outcome: 'COVERED', rationale: 'Concur' });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('ATTESTATION_REQUIRED');

    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/determination`, c.authority.token, {
      outcome: DesignationOutcome.Covered,
      rationale: 'Concur with the review',
    });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(EngagementStage.Designated);
  });

  it('the timeline records every transition with its actor and UTC time', async () => {
    const res = await detail(id, c.developer);
    const timeline = res.body.timeline;
    expect(timeline.map((t) => [t.event, t.stage, t.actor])).toEqual([
      ['SUBMITTED', 'INQUIRY_SUBMITTED', c.developer.sub],
      ['REVIEWERS_ASSIGNED', 'UNDER_REVIEW', c.admin.sub],
      ['ATTESTED', 'UNDER_REVIEW', c.reviewer.sub],
      ['BENCHMARK_RECORDED', 'UNDER_REVIEW', c.reviewer.sub],
      ['RECOMMENDED', 'RECOMMENDED', c.reviewer.sub],
      ['ATTESTED', 'RECOMMENDED', c.authority.sub],
      ['DETERMINED', 'DESIGNATED', c.authority.sub],
    ]);
    timeline.forEach((entry) => expect(entry.at).toMatch(ISO_UTC));
    expect(timeline.map((t) => t.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(res.body.determination).toEqual(expect.objectContaining({ outcome: 'COVERED', rationale: 'Concur with the review', by: c.authority.sub }));
  });

  it('an auditor sees the record and its audit trail, in order', async () => {
    expect((await detail(id, c.auditor)).body.view).toBe('FULL');
    const audit = await get<{ items: { action: string; seq: number; actor: { sub: string } }[] }>(`/v1/engagements/${id}/audit?limit=100`, c.auditor.token);
    expect(audit.status).toBe(200);
    const actions = audit.body.items.map((e) => e.action);
    expect(actions.filter((a) => !READ_ACTIONS.has(a) && !NOTICE_ACTIONS.has(a))).toEqual([
      'engagement.submitted',
      'engagement.reviewers_assigned',
      'engagement.attested',
      'engagement.benchmark_recorded',
      'engagement.recommended',
      'engagement.attested',
      'engagement.determined',
    ]);
    // Every full read of the record is in the trail too, with who read it.
    expect(audit.body.items.filter((e) => e.action === 'engagement.viewed').map((e) => e.actor.sub)).toEqual(
      expect.arrayContaining([c.developer.sub, c.colleague.sub, c.reviewer.sub, c.auditor.sub]),
    );
    const seqs = audit.body.items.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });

  it('the developer may still withdraw a designated engagement, and then nothing more is accepted', async () => {
    const res = await post<EngagementSummaryDto>(`/v1/engagements/${id}/withdraw`, c.developer.token, { reason: 'Pausing the programme' });
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(EngagementStage.Withdrawn);
    const again = await post(`/v1/engagements/${id}/withdraw`, c.developer.token, {});
    expect(again.status).toBe(409);
    expect(again.contentType).toContain('application/problem+json');
    expect(again.body.stage).toBe('WITHDRAWN');
    expect((await detail(id, c.developer)).body.withdrawal).toEqual(expect.objectContaining({ reason: 'Pausing the programme' }));
  });

  it('withdrawal ends government access to the content at once: reviewers and authorities drop to metadata', async () => {
    for (const who of [c.reviewer, c.authority]) {
      const res = await detail(id, who);
      expect(res.status).toBe(200);
      expect(res.body.view).toBe('METADATA');
      expect(res.body).not.toHaveProperty('capabilitySummary');
      expect(res.body).not.toHaveProperty('benchmarkResults');
    }
    expect((await detail(id, c.auditor)).body.view).toBe('FULL');
  });
});

describe('other paths through the process', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('NOT_COVERED closes the engagement for good', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, { reference: 'CISA-7', digest: DIGEST, summary: 'Below threshold' });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewer, { outcome: 'NOT_COVERED', rationale: 'Below threshold' });
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    const res = await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'NOT_COVERED', rationale: 'Concur' });
    expect(res.stage).toBe(EngagementStage.ClosedNotCovered);

    const withdraw = await post(`/v1/engagements/${id}/withdraw`, c.developer.token, {});
    expect(withdraw.status).toBe(409);
    expect(withdraw.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', stage: 'CLOSED_NOT_COVERED' }));
  });

  it('a developer may withdraw during review, after which reviewers can no longer act', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    const res = await act(`/v1/engagements/${id}/withdraw`, c.developer, {});
    expect(res.stage).toBe(EngagementStage.Withdrawn);
    const attest = await post(`/v1/engagements/${id}/attestations`, c.reviewer.token, { noConflictOfInterest: true });
    expect(attest.status).toBe(409);
    expect(attest.body.stage).toBe('WITHDRAWN');
  });

  it('a recommendation needs a benchmark reference first', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true });
    const res = await post(`/v1/engagements/${id}/recommendation`, c.reviewer.token, { outcome: 'COVERED', rationale: 'Gut feeling' });
    expect(res.status).toBe(409);
    expect(res.body).toEqual(expect.objectContaining({ code: 'BENCHMARK_REQUIRED', stage: 'UNDER_REVIEW' }));
  });

  it('illegal transitions answer 409 naming the current stage', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewer, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewer, { reference: 'NSA-9', digest: DIGEST, summary: 'x' });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewer, { outcome: 'COVERED', rationale: 'x' });
    const twice = await post(`/v1/engagements/${id}/recommendation`, c.reviewer.token, { outcome: 'COVERED', rationale: 'again' });
    expect(twice.status).toBe(409);
    expect(twice.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', stage: 'RECOMMENDED' }));
    const late = await post(`/v1/engagements/${id}/reviewers`, c.admin.token, { reviewerIds: [c.secondReviewer.sub] });
    expect(late.status).toBe(409);
    expect(late.body.stage).toBe('RECOMMENDED');
  });

  it('lists page through with a cursor, newest first, and hold only what the caller may see', async () => {
    const dev = (await cast()).developer;
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await post<EngagementSummaryDto>('/v1/engagements', dev.token, inquiry({ modelName: `Model ${i}` }));
      ids.push(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: EngagementListDto } = await get<EngagementListDto>(`/v1/engagements?limit=2${cursor ? `&cursor=${cursor}` : ''}`, dev.token);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const filtered = await get<EngagementListDto>('/v1/engagements?stage=UNDER_REVIEW', dev.token);
    expect(filtered.body.items).toEqual([]);
    const bad = await get('/v1/engagements?cursor=bm90LWEtY3Vyc29y', dev.token);
    expect(bad.status).toBe(400);
  });
});

describe('two-person control', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('the person who recommended may not decide, even holding the authority role', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewerAuthority.sub] });
    await act(`/v1/engagements/${id}/attestations`, c.reviewerAuthority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/benchmark-results`, c.reviewerAuthority, { reference: 'NSA-77', digest: DIGEST, summary: 'x' });
    await act(`/v1/engagements/${id}/recommendation`, c.reviewerAuthority, { outcome: 'COVERED', rationale: 'x' });

    const self = await post(`/v1/engagements/${id}/determination`, c.reviewerAuthority.token, { outcome: 'COVERED', rationale: 'I agree with myself' });
    expect(self.status).toBe(403);
    expect(self.body).toEqual(expect.objectContaining({ code: 'TWO_PERSON_RULE', stage: 'RECOMMENDED' }));
    expect((await detail(id, c.developer)).body.stage).toBe('RECOMMENDED');

    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    expect((await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'COVERED', rationale: 'Concur' })).stage).toBe('DESIGNATED');
  });

  it('no role bypasses it: a user holding every government role still cannot decide their own recommendation', async () => {
    const superuser = await caller([Role.ProgramAdmin, Role.Reviewer, Role.DesignationAuthority, Role.Auditor], 'program-office');
    const id = await submitted(c);
    const selfAssign = await post(`/v1/engagements/${id}/reviewers`, superuser.token, { reviewerIds: [superuser.sub] });
    expect(selfAssign.status).toBe(403);
    expect(selfAssign.body.code).toBe('SELF_ASSIGNMENT');

    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [superuser.sub] });
    await act(`/v1/engagements/${id}/attestations`, superuser, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/benchmark-results`, superuser, { reference: 'NSA-78', digest: DIGEST, summary: 'x' });
    await act(`/v1/engagements/${id}/recommendation`, superuser, { outcome: 'NOT_COVERED', rationale: 'x' });
    const decide = await post(`/v1/engagements/${id}/determination`, superuser.token, { outcome: 'NOT_COVERED', rationale: 'x' });
    expect(decide.status).toBe(403);
    expect(decide.body.code).toBe('TWO_PERSON_RULE');
  });
});
