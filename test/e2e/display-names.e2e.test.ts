import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { get, post } from '../support/api';
import { act, approvedGrants, cast, detail, inWindow, partnerRows, publishTerms, registerPartners } from '../support/scenario';
import { caller } from '../support/stack';

/**
 * Wherever a person or a partner appears in an answer, its display name appears beside its id (in new
 * fields, so the ids keep their meaning): from the directory for people, from the registry for partners.
 */
describe('names beside ids', () => {
  it('timeline entries, reviewers, nominations and grants name who they are about', async () => {
    const c = await cast();
    const riley = `riley-${randomUUID().slice(0, 6)}`;
    expect(
      (await post('/v1/people', c.admin.token, { sub: riley, name: 'Riley Park', email: 'riley.park@nsa.example', org: 'nsa', roles: ['reviewer'] })).status,
    ).toBe(201);

    const id = await inWindow(c);
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [riley] });
    const shown = (await detail(id, c.admin)).body;
    expect(shown.reviewers.find((r) => r.sub === riley)?.name).toBe('Riley Park');
    const assigned = shown.timeline.filter((t) => t.actor === c.admin.sub);
    expect(assigned.length).toBeGreaterThan(0);
    // Test callers are in the directory under their sub as their name (test/support/stack.ts).
    expect(assigned.every((t) => t.actorName === c.admin.sub)).toBe(true);
    expect(shown.timeline.filter((t) => t.actor === 'system').every((t) => t.actorName === null)).toBe(true);

    const rows = partnerRows(2, 'COMMUNITY_BANK', 'KS');
    await registerPartners(c, rows);
    await publishTerms(c, id);
    const pending = await post<{ id: string; nominatedBy: string; nominatedByName: string | null }>(`/v1/engagements/${id}/nominations`, c.developer.token, {
      partnerIds: [rows[1]!.id],
      durationDays: 30,
      scopes: ['model:query'],
    });
    expect(pending.body.nominatedByName).toBe(c.developer.sub);
    await approvedGrants(c, id, [rows[0]!.id]);
    const nominations = await get<{ items: { nominatedByName: string | null; decidedBy?: string; decidedByName?: string | null }[] }>(
      `/v1/engagements/${id}/nominations`,
      c.admin.token,
    );
    const decided = nominations.body.items.find((n) => n.decidedBy !== undefined);
    expect(decided?.decidedByName).toBe(decided?.decidedBy);

    const partner = await caller(Role.Partner, rows[0]!.id);
    const grants = await get<{ items: { partner: { id: string; name: string } }[] }>(`/v1/grants?engagementId=${id}`, partner.token);
    expect(grants.body.items[0]!.partner).toEqual({ id: rows[0]!.id, name: rows[0]!.name });
  });
});
