import { randomUUID } from 'node:crypto';

import type { EngagementListDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import type { FindingDetailDto, FindingListDto } from '../../apps/api/modules/findings/dto/finding.dto';
import { get, post, request } from '../support/api';
import { Cast, cast, changesAudited, inWindow } from '../support/scenario';
import { asOwner, Caller } from '../support/stack';

/** BOD 26-04 rows: 14 days (exposed, automatable, partial), 60 days (exposed only), fix on upgrade (nothing). */
const FOURTEEN = { inKev: false, publiclyExposed: true, automatable: true, technicalImpact: 'PARTIAL' };
const SIXTY = { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' };
const FSU = { inKev: false, publiclyExposed: false, automatable: false, technicalImpact: 'PARTIAL' };

/**
 * A finding's life through the API: the developer answers, an attested reviewer verifies or reopens,
 * keeps or withdraws a dispute, corrects an OPEN finding and closes a verified one; each change goes
 * through the finding's workflow, is audited, and shows in its history. Illegal moves are 409s naming
 * the finding's status, and nothing changes.
 */
describe('a finding’s lifecycle, end to end', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await inWindow(c);
  });

  const record = async (inputs: Record<string, unknown>, title = 'Prompt injection reaches tool calls'): Promise<string> => {
    const res = await post<{ id: string }>(`/v1/engagements/${id}/findings`, c.reviewer.token, {
      title,
      description: 'Steps to reproduce…',
      cweIds: ['CWE-77'],
      ...inputs,
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const path = (findingId: string, action = '') => `/v1/engagements/${id}/findings/${findingId}${action}`;
  const finding = async (findingId: string, who: Caller = c.developer) => {
    const res = await get<FindingDetailDto>(path(findingId), who.token);
    expect(res.status).toBe(200);
    return res.body;
  };
  const respond = (findingId: string, status: string, note?: string) =>
    post<FindingDetailDto>(path(findingId, '/response'), c.developer.token, { status, note });
  const verify = (findingId: string, verdict: string, note?: string, who: Caller = c.reviewer) =>
    post<FindingDetailDto>(path(findingId, '/verification'), who.token, { verdict, note });

  it('goes OPEN → ACKNOWLEDGED → FIXED → REOPENED → FIXED → VERIFIED_FIXED → CLOSED, every step in its history and the audit trail', async () => {
    const f = await record(FOURTEEN);
    expect(await finding(f)).toEqual(expect.objectContaining({ status: 'OPEN', version: 1, overdue: false, history: [] }));
    expect((await respond(f, 'ACKNOWLEDGED', 'Looking into it')).body).toEqual(expect.objectContaining({ status: 'ACKNOWLEDGED' }));
    expect((await respond(f, 'FIXED', 'Sandboxed tool calls in rc2')).status).toBe(200);
    const reopened = await verify(f, 'REOPENED', 'Still reachable through the file tool');
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('REOPENED');
    await respond(f, 'FIXED', 'File tool sandboxed too');
    expect((await verify(f, 'VERIFIED_FIXED', 'Confirmed on rc3')).body.status).toBe('VERIFIED_FIXED');
    const closed = await post<FindingDetailDto>(path(f, '/close'), c.reviewer.token, { note: 'Done' });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual(expect.objectContaining({ status: 'CLOSED', version: 7 }));
    expect(closed.body.history.map((e) => [e.type, e.fromStatus, e.toStatus, e.actor])).toEqual([
      ['RESPONDED', 'OPEN', 'ACKNOWLEDGED', c.developer.sub],
      ['RESPONDED', 'ACKNOWLEDGED', 'FIXED', c.developer.sub],
      ['REOPENED', 'FIXED', 'REOPENED', c.reviewer.sub],
      ['RESPONDED', 'REOPENED', 'FIXED', c.developer.sub],
      ['FIX_VERIFIED', 'FIXED', 'VERIFIED_FIXED', c.reviewer.sub],
      ['CLOSED', 'VERIFIED_FIXED', 'CLOSED', c.reviewer.sub],
    ]);
    expect(closed.body.history.map((e) => e.note)).toEqual([
      'Looking into it',
      'Sandboxed tool calls in rc2',
      'Still reachable through the file tool',
      'File tool sandboxed too',
      'Confirmed on rc3',
      'Done',
    ]);
    // The developer's latest answer still stands as its response, and the history is the developer's to read too.
    expect((await finding(f)).response).toEqual(expect.objectContaining({ status: 'FIXED', note: 'File tool sandboxed too', by: c.developer.sub }));
    const audited = (await changesAudited(id, c.auditor)).map((e) => e.action).filter((a) => a.startsWith('finding.') && a !== 'finding.list_viewed');
    expect(audited).toEqual(['finding.responded', 'finding.responded', 'finding.reopened', 'finding.responded', 'finding.fix_verified', 'finding.closed']);
    // Closed is the end: its workflow has finished, and nothing changes it.
    const again = await respond(f, 'DISPUTED');
    expect(again.status).toBe(409);
    expect(again.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', findingStatus: 'CLOSED' }));
    // Notes are sealed at rest like the finding's own text.
    await asOwner(async (db) => {
      const rows = await db.query<{ row: string }>('SELECT e::text AS row FROM finding_events e WHERE finding_id = $1', [f]);
      expect(rows.rows).toHaveLength(6);
      expect(rows.rows.filter((r) => r.row.includes('file tool'))).toEqual([]);
    });
  });

  it('resolves a dispute: kept, it is REOPENED with the rationale; withdrawn, it is CLOSED', async () => {
    const f = await record(SIXTY);
    await respond(f, 'DISPUTED', 'Not reachable in production');
    const noRationale = await post(path(f, '/dispute-resolution'), c.reviewer.token, { resolution: 'KEPT' });
    expect(noRationale.status).toBe(400);
    expect(new Set((noRationale.body['errors'] as { field: string }[]).map((e) => e.field))).toEqual(new Set(['rationale']));
    const kept = await post<FindingDetailDto>(path(f, '/dispute-resolution'), c.reviewer.token, {
      resolution: 'KEPT',
      rationale: 'Reproduced on the public API',
    });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('REOPENED');
    expect(kept.body.history.at(-1)).toEqual(expect.objectContaining({ type: 'DISPUTE_KEPT', note: 'Reproduced on the public API' }));
    await respond(f, 'DISPUTED', 'The public API is rate limited');
    const withdrawn = await post<FindingDetailDto>(path(f, '/dispute-resolution'), c.reviewer.token, { resolution: 'WITHDRAWN', rationale: 'Agreed' });
    expect(withdrawn.body).toEqual(expect.objectContaining({ status: 'CLOSED' }));
  });

  it('refuses illegal moves with 409 naming the status, and moves by the wrong side with 403, changing nothing', async () => {
    const f = await record(FOURTEEN);
    const early = await verify(f, 'VERIFIED_FIXED');
    expect(early.status).toBe(409);
    expect(early.body).toEqual(expect.objectContaining({ code: 'ILLEGAL_TRANSITION', findingStatus: 'OPEN' }));
    expect((await post(path(f, '/close'), c.reviewer.token, {})).body['findingStatus']).toBe('OPEN');
    expect((await post(path(f, '/dispute-resolution'), c.reviewer.token, { resolution: 'WITHDRAWN', rationale: 'r' })).status).toBe(409);
    expect((await verify(f, 'VERIFIED_FIXED', undefined, c.developer)).status).toBe(403);
    expect((await post(path(f, '/response'), c.reviewer.token, { status: 'FIXED' })).status).toBe(403);
    expect((await request('PATCH', path(f), { title: 'x' }, { token: c.developer.token })).status).toBe(403);
    // Outsiders learn nothing, not even that it exists.
    expect((await get(path(f), c.otherDeveloper.token)).status).toBe(404);
    expect((await get(path(f), c.partner.token)).status).toBe(404);
    expect((await get(path(f), c.unassignedReviewer.token)).status).toBe(404);
    expect((await get(path(randomUUID()), c.developer.token)).status).toBe(404);
    expect(await finding(f)).toEqual(expect.objectContaining({ status: 'OPEN', version: 1, history: [] }));
  });

  it('lets a reviewer correct an OPEN finding: text and SSVC inputs, tier and due date recomputed from when it was recorded', async () => {
    const f = await record(FOURTEEN, 'Typo in the titel');
    const recordedAt = Date.parse((await finding(f)).recordedAt);
    const empty = await request('PATCH', path(f), {}, { token: c.reviewer.token });
    expect(empty.status).toBe(400);
    // null is not a value: refused, naming the field, and nothing changes.
    const nulled = await request('PATCH', path(f), { inKev: null }, { token: c.reviewer.token });
    expect(nulled.status).toBe(400);
    expect(JSON.stringify(nulled.body['errors'])).toContain('inKev');
    const edited = await request<FindingDetailDto>(
      'PATCH',
      path(f),
      { title: 'Typo fixed', inKev: true, technicalImpact: 'TOTAL' },
      { token: c.reviewer.token },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toEqual(expect.objectContaining({ title: 'Typo fixed', tier: '3DF', forensicTriageRequired: true, inKev: true, version: 2 }));
    expect(Date.parse(edited.body.remediationDueAt!) - recordedAt).toBe(3 * 86_400_000);
    expect(edited.body.history).toEqual([expect.objectContaining({ type: 'EDITED', tier: '3DF', changed: ['title', 'ssvc'] })]);
    await respond(f, 'ACKNOWLEDGED');
    const late = await request('PATCH', path(f), { description: 'more' }, { token: c.reviewer.token });
    expect(late.status).toBe(409);
    expect(late.body['findingStatus']).toBe('ACKNOWLEDGED');
  });

  it('gives a fix-on-upgrade finding, which has no clock, its workflow with its first change; a repeated command answers as before', async () => {
    const f = await record(FSU);
    const key = randomUUID();
    const first = await post<FindingDetailDto>(path(f, '/response'), c.developer.token, { status: 'ACKNOWLEDGED' }, { idempotencyKey: key });
    const repeat = await post<FindingDetailDto>(path(f, '/response'), c.developer.token, { status: 'ACKNOWLEDGED' }, { idempotencyKey: key });
    expect(first.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect((await finding(f)).version).toBe(2);
  });

  it('filters by status, tier and overdue, and the engagement list counts overdue findings', async () => {
    const own = await cast();
    const e = await inWindow(own);
    const make = async (inputs: Record<string, unknown>) =>
      (await post<{ id: string }>(`/v1/engagements/${e}/findings`, own.reviewer.token, { title: 't', description: 'd', ...inputs })).body.id;
    const [a, b, fsu] = [await make(FOURTEEN), await make(SIXTY), await make(FSU)];
    await post(`/v1/engagements/${e}/findings/${b}/response`, own.developer.token, { status: 'FIXED' });
    // The due dates are days away; mark one overdue in the record as its clock would at the date (the clock itself is proven on the time-skipping server).
    await asOwner((db) => db.query(`UPDATE findings SET overdue_since = now() WHERE id = ANY($1)`, [[a, b]]));
    const list = async (query: string) =>
      (await get<FindingListDto>(`/v1/engagements/${e}/findings${query}`, own.developer.token)).body.items.map((f) => f.id).sort();
    expect(await list('?status=FIXED')).toEqual([b]);
    expect(await list('?tier=FSU')).toEqual([fsu]);
    expect(await list('?overdue=true')).toEqual([a, b].sort());
    expect(await list('?overdue=false')).toEqual([fsu]);
    expect(await list('?overdue=true&tier=60D')).toEqual([b]);
    expect((await get<FindingListDto>(`/v1/engagements/${e}/findings?overdue=true`, own.developer.token)).body.items.every((f) => f.overdue)).toBe(true);
    const bad = await get(`/v1/engagements/${e}/findings?overdue=maybe`, own.developer.token);
    expect(bad.status).toBe(400);
    const counted = async (who: Caller) => (await get<EngagementListDto>('/v1/engagements', who.token)).body.items.find((i) => i.id === e);
    expect((await counted(own.developer))?.overdueFindings).toBe(2);
    expect((await counted(own.auditor))?.overdueFindings).toBe(2);
    // An authority sees the engagement listed, never a count about its findings.
    const asAuthority = await counted(own.authority);
    expect(asAuthority).toBeDefined();
    expect(asAuthority?.overdueFindings).toBeUndefined();
    // Verified fixed, it no longer counts.
    await post(`/v1/engagements/${e}/findings/${b}/verification`, own.reviewer.token, { verdict: 'VERIFIED_FIXED' });
    expect((await counted(own.developer))?.overdueFindings).toBe(1);
  });
});
