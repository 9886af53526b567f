import { randomUUID } from 'node:crypto';

import { get } from '../support/api';
import { Cast, cast, submitted } from '../support/scenario';

interface AuditPage {
  items: { seq: number; action: string; engagementId: string | null; actor: { sub: string }; subjectType: string; occurredAt: string }[];
  nextCursor: string | null;
}

/**
 * The audit trail searched across the program (issue 16, first slice): auditors filter by engagement,
 * actor, action, subject type and time, see events about no engagement too, page through in chain order,
 * and every search is itself audited.
 */
describe('the audit trail across the program', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await submitted(c);
    // A program-level event: an auditor verifying the chain is about no engagement.
    expect((await get('/v1/audit/verify', c.auditor.token)).status).toBe(200);
  });

  const search = (query: string) => get<AuditPage>(`/v1/audit?${query}`, c.auditor.token);

  it('filters by engagement, actor, action and subject type, each filter holding of every event', async () => {
    const mine = await search(`engagementId=${id}&limit=100`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((e) => e.engagementId === id)).toBe(true);
    expect(mine.body.items.map((e) => e.action)).toContain('engagement.submitted');
    const byActor = await search(`actor=${encodeURIComponent(c.developer.sub)}&action=engagement.submitted`);
    expect(byActor.body.items.map((e) => e.engagementId)).toEqual([id]);
    const program = await search(`actor=${encodeURIComponent(c.auditor.sub)}&action=audit.verified`);
    expect(program.body.items).toEqual([expect.objectContaining({ engagementId: null, subjectType: 'audit-chain' })]);
    const bySubject = await search(`engagementId=${id}&subjectType=engagement&limit=100`);
    expect(bySubject.body.items.every((e) => e.subjectType === 'engagement')).toBe(true);
    expect((await search(`engagementId=${randomUUID()}`)).body.items).toEqual([]);
  });

  it('bounds by time and pages in chain order, so every event is seen once', async () => {
    const all = (await search(`engagementId=${id}&limit=100`)).body.items;
    const seqs: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: AuditPage } = await search(`engagementId=${id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seqs.push(...page.body.items.map((e) => e.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seqs.slice(0, all.length)).toEqual(all.map((e) => e.seq));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const first = all[0]!;
    const later = await search(`engagementId=${id}&from=${encodeURIComponent(new Date(Date.parse(first.occurredAt) + 1).toISOString())}&limit=100`);
    expect(later.body.items.map((e) => e.seq)).not.toContain(first.seq);
    const before = await search(`engagementId=${id}&to=${encodeURIComponent(first.occurredAt)}`);
    expect(before.body.items).toEqual([]);
  });

  it('is for auditors only, refuses bad filters by name, and audits every search', async () => {
    for (const who of [c.developer, c.admin, c.reviewer, c.authority, c.partner]) {
      expect((await get('/v1/audit', who.token)).status).toBe(403);
    }
    const bad = await get<{ errors: { field: string }[] }>('/v1/audit?from=yesterday&engagementId=nope', c.auditor.token);
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e) => e.field))].sort()).toEqual(['engagementId', 'from']);
    const marker = `marker-${randomUUID().slice(0, 8)}`;
    await search(`actor=${marker}`);
    const searches = await search(`action=audit.searched&actor=${encodeURIComponent(c.auditor.sub)}&limit=100`);
    expect(searches.body.items.length).toBeGreaterThan(0);
    const raw = await get<{ items: { details: { filter?: { actor?: string } } }[] }>(
      `/v1/audit?action=audit.searched&actor=${encodeURIComponent(c.auditor.sub)}&limit=100`,
      c.auditor.token,
    );
    expect(raw.body.items.some((e) => e.details.filter?.actor === marker)).toBe(true);
  });
});
