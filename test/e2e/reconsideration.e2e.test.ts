import { Role } from '#domain';

import { get, post } from '../support/api';
import { inboxAt } from '../support/inbox';
import { act, Cast, cast, detail, determined, recommended } from '../support/scenario';
import { asOwner, Caller, caller } from '../support/stack';

interface Problem {
  readonly code: string;
  readonly stage?: string;
}

const RATIONALE = 'Our red-team results show the exploit chains need human steering at every step';

/**
 * Reconsideration (issue 16 §4): the developer may ask once, within 30 days, for a determination to be decided
 * again. The engagement enters RECONSIDERATION from CLOSED_NOT_COVERED (its workflow still running for that)
 * or from DESIGNATED; a different authority decides it, under the two-person rule again.
 */
describe('reconsideration of a determination', () => {
  let c: Cast;
  let second: Caller;
  let id: string;
  const reconsider = (engagementId: string, who: Caller, body: unknown = { rationale: RATIONALE }) =>
    post<Problem & { stage: string }>(`/v1/engagements/${engagementId}/reconsideration`, who.token, body);

  beforeAll(async () => {
    c = await cast();
    second = await caller(Role.DesignationAuthority, 'nsa');
    id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'NOT_COVERED', rationale: 'Below the threshold' });
  });

  it('takes a not-covered engagement back to the authorities, keeping the first determination beside it', async () => {
    const asked = await reconsider(id, c.developer);
    expect(asked.status).toBe(200);
    expect(asked.body.stage).toBe('RECONSIDERATION');
    const view = (await detail(id, c.developer)).body;
    expect(view.determination).toBeUndefined();
    expect(view.reconsideration).toMatchObject({
      requestedBy: c.developer.sub,
      rationale: RATIONALE,
      originalDetermination: { outcome: 'NOT_COVERED', by: c.authority.sub, rationale: 'Below the threshold' },
    });
    expect(Date.parse(view.determinationDueAt)).toBeGreaterThan(Date.parse(view.reconsideration!.requestedAt));
    const notices = await inboxAt(second, 'RECONSIDERATION_REQUESTED', `/engagements/${id}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.dueAt).toBe(view.determinationDueAt);
  });

  it('is decided by a different authority than the first, after attesting', async () => {
    const same = await post<Problem>(`/v1/engagements/${id}/determination`, c.authority.token, { outcome: 'COVERED', rationale: 'On reflection' });
    expect(same.status).toBe(403);
    expect(same.body.code).toBe('TWO_PERSON_RULE');
    await act(`/v1/engagements/${id}/attestations`, second, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/determination`, second, { outcome: 'COVERED', rationale: 'The steering is scriptable' });
    const view = (await detail(id, c.developer)).body;
    expect(view.stage).toBe('DESIGNATED');
    expect(view.determination).toMatchObject({ outcome: 'COVERED', by: second.sub });
    expect(view.reconsideration?.originalDetermination.outcome).toBe('NOT_COVERED');
  });

  it('is asked once', async () => {
    const again = await reconsider(id, c.developer);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'RECONSIDERATION_USED', stage: 'DESIGNATED' });
  });

  it('is audited without its rationale, and the rationale is sealed at rest', async () => {
    const trail = await get<{ items: { action: string; details: Record<string, unknown> }[] }>(`/v1/engagements/${id}/audit?limit=100`, c.auditor.token);
    expect(trail.body.items.find((e) => e.action === 'engagement.reconsideration_requested')?.details).toMatchObject({
      stageAtRequest: 'CLOSED_NOT_COVERED',
      originalOutcome: 'NOT_COVERED',
      originalDeterminedBy: c.authority.sub,
      toStage: 'RECONSIDERATION',
    });
    expect(JSON.stringify(trail.body.items)).not.toContain(RATIONALE);
    const row = await asOwner((db) =>
      db.query<{ reconsideration_rationale_sealed: string }>('SELECT reconsideration_rationale_sealed FROM engagements WHERE id = $1', [id]),
    );
    expect(row.rows[0]?.reconsideration_rationale_sealed).not.toContain('red-team');
  });

  it('belongs to the developer organization alone, and names what is wrong with bad input', async () => {
    const designated = await determined(c);
    expect((await reconsider(designated, c.otherDeveloper)).status).toBe(404);
    expect((await reconsider(designated, c.reviewer)).status).toBe(403);
    const empty = await reconsider(designated, c.developer, { rationale: '' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('rationale');
    expect((await detail(designated, c.developer)).body.stage).toBe('DESIGNATED');
    await act(`/v1/engagements/${designated}/withdraw`, c.developer, {});
    const withdrawn = await reconsider(designated, c.developer);
    expect(withdrawn.status).toBe(409);
    expect(withdrawn.body.code).toBe('ILLEGAL_TRANSITION');
  });
});
