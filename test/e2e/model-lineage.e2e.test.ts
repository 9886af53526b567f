import { randomUUID } from 'node:crypto';

import { get, post } from '../support/api';
import { act, Cast, cast, determined, inquiry, submitted } from '../support/scenario';
import { Caller } from '../support/stack';

interface Detail {
  readonly previousEngagement?: {
    readonly id: string;
    readonly modelName: string;
    readonly modelVersion: string;
    readonly stage: string;
    readonly determinationOutcome?: string;
    readonly determinedAt?: string;
  };
}

/**
 * Model lineage (issue 16 §4): a new inquiry may name the engagement of the model's previous version, one of
 * the developer's own. Whoever may see both sees the earlier one's determination beside the new inquiry; anyone
 * who may not see the earlier one learns nothing of it.
 */
describe('model lineage', () => {
  let c: Cast;
  let v1: string;
  let v2: string;

  beforeAll(async () => {
    c = await cast();
    v1 = await determined(c);
    v2 = await submitted(c, { modelVersion: '8.0', previousEngagementId: v1 });
    // The reviewer of the first version, and one who never saw it.
    await act(`/v1/engagements/${v2}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub, c.secondReviewer.sub] });
    await act(`/v1/engagements/${v2}/attestations`, c.reviewer, { noConflictOfInterest: true });
    await act(`/v1/engagements/${v2}/attestations`, c.secondReviewer, { noConflictOfInterest: true });
  });

  const previousAs = async (who: Caller) => {
    const res = await get<Detail>(`/v1/engagements/${v2}`, who.token);
    expect(res.status).toBe(200);
    return res.body.previousEngagement;
  };

  it('shows the earlier determination to those on both rosters', async () => {
    const determination = (await get<{ determination: { at: string } }>(`/v1/engagements/${v1}`, c.developer.token)).body.determination;
    const expected = {
      id: v1,
      modelName: 'Atlas',
      modelVersion: '7.0-rc1',
      stage: 'DESIGNATED',
      determinationOutcome: 'COVERED',
      determinedAt: determination.at,
    };
    expect(await previousAs(c.developer)).toEqual(expected);
    expect(await previousAs(c.reviewer)).toEqual(expected);
    expect(await previousAs(c.auditor)).toEqual(expected);
  });

  it('says nothing of the earlier engagement to someone not on its roster, and only metadata to those who see metadata', async () => {
    expect(await previousAs(c.secondReviewer)).toBeUndefined();
    expect(await previousAs(c.admin)).toEqual({ id: v1, modelName: 'Atlas', modelVersion: '7.0-rc1', stage: 'DESIGNATED' });
  });

  it('is recorded with the submission in the audit trail', async () => {
    const trail = await get<{ items: { action: string; details: Record<string, unknown> }[] }>(`/v1/engagements/${v2}/audit?limit=100`, c.auditor.token);
    expect(trail.body.items.find((e) => e.action === 'engagement.submitted')?.details).toMatchObject({ previousEngagementId: v1 });
  });

  it("names only the developer's own engagement, and a malformed id is a bad request", async () => {
    const before = (await get<{ items: unknown[] }>('/v1/engagements?limit=100', c.otherDeveloper.token)).body.items.length;
    for (const previousEngagementId of [v1, randomUUID()]) {
      const refused = await post<{ code: string; errors: { field: string }[] }>('/v1/engagements', c.otherDeveloper.token, inquiry({ previousEngagementId }));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'PREVIOUS_ENGAGEMENT_UNKNOWN', errors: [expect.objectContaining({ field: 'previousEngagementId' })] });
    }
    const malformed = await post('/v1/engagements', c.developer.token, inquiry({ previousEngagementId: 'v1' }));
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('previousEngagementId');
    expect((await get<{ items: unknown[] }>('/v1/engagements?limit=100', c.otherDeveloper.token)).body.items).toHaveLength(before);
  });
});
