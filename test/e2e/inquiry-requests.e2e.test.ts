import { randomUUID } from 'node:crypto';

import { get, post } from '../support/api';
import { inboxAt } from '../support/inbox';
import { Cast, cast, inquiry } from '../support/scenario';
import { asOwner, Caller } from '../support/stack';

interface RequestBody {
  readonly id: string;
  readonly developerOrg: string;
  readonly modelName: string;
  readonly note: string;
  readonly respondBy: string;
  readonly status: string;
  readonly declinedBy: string | null;
  readonly requestedBy: string;
  readonly answeredBy: string | null;
  readonly answeredAt: string | null;
  readonly engagementId: string | null;
}

interface Problem {
  readonly code: string;
  readonly requestStatus?: string;
  readonly errors?: { field: string }[];
}

const inHours = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

/** What the developer submits in accepting: an inquiry, but the model the request names. */
const { modelName: _named, ...submission } = inquiry();

/**
 * Government-initiated requests (EO 14409: requests "could arrive with limited notice"): a program
 * administrator asks a developer organization to open an inquiry about a named model, by a deadline. The
 * developer accepts, and it becomes an inquiry as any other, or declines; no answer by the deadline declines it.
 */
describe('government requests to open an inquiry', () => {
  let c: Cast;
  const open = (overrides: Record<string, unknown> = {}, who: Caller = c.admin) =>
    post<RequestBody>('/v1/requests', who.token, {
      developerOrg: c.developer.org,
      modelName: `Atlas-${randomUUID().slice(0, 6)}`,
      note: 'Reports of autonomous exploit chaining in the Atlas preview',
      respondBy: inHours(48),
      ...overrides,
    });

  beforeAll(async () => {
    c = await cast();
  });

  it('reaches the developer asked, and only them; accepting opens the inquiry about the model it names', async () => {
    const opened = await open();
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ developerOrg: c.developer.org, status: 'OPEN', requestedBy: c.admin.sub, engagementId: null, declinedBy: null });
    const id = opened.body.id;

    // The organization's developers are told, with the deadline, and find it in their list.
    const told = await inboxAt(c.colleague, 'REQUEST_RECEIVED', `/requests/${id}`);
    expect(told).toEqual([expect.objectContaining({ dueAt: opened.body.respondBy })]);
    expect((await get<{ items: RequestBody[] }>('/v1/requests', c.developer.token)).body.items.map((r) => r.id)).toContain(id);
    expect((await get<RequestBody>(`/v1/requests/${id}`, c.developer.token)).body).toEqual(opened.body);

    // Anyone else learns nothing: another developer, as if it did not exist; other roles are refused outright.
    expect((await get(`/v1/requests/${id}`, c.otherDeveloper.token)).status).toBe(404);
    expect((await get(`/v1/requests/${randomUUID()}`, c.otherDeveloper.token)).status).toBe(404);
    expect((await get<{ items: RequestBody[] }>('/v1/requests', c.otherDeveloper.token)).body.items.map((r) => r.id)).not.toContain(id);
    expect((await post(`/v1/requests/${id}/accept`, c.otherDeveloper.token, submission)).status).toBe(404);
    expect((await post(`/v1/requests/${id}/decline`, c.otherDeveloper.token)).status).toBe(404);
    for (const who of [c.reviewer, c.authority, c.auditor, c.partner]) {
      expect((await get(`/v1/requests/${id}`, who.token)).status).toBe(403);
    }
    expect((await open({}, c.developer)).status).toBe(403);
    // The notice was made (the colleague has it) and reached nobody outside the organization.
    const elsewhere = await get<{ items: { link: string }[] }>('/v1/notifications?limit=100', c.otherDeveloper.token);
    expect(elsewhere.body.items.filter((n) => n.link === `/requests/${id}`)).toEqual([]);

    const key = randomUUID();
    const accepted = await post<RequestBody>(`/v1/requests/${id}/accept`, c.developer.token, submission, { idempotencyKey: key });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', answeredBy: c.developer.sub, declinedBy: null });
    const engagementId = accepted.body.engagementId!;
    expect(engagementId).toMatch(/^[0-9a-f-]{36}$/);

    // It is an inquiry as any other, submitted by the developer who accepted, about the model the request named.
    const engagement = await get<{ stage: string; modelName: string; modelVersion: string; developerOrg: string }>(
      `/v1/engagements/${engagementId}`,
      c.developer.token,
    );
    expect(engagement.status).toBe(200);
    expect(engagement.body).toMatchObject({
      stage: 'INQUIRY_SUBMITTED',
      modelName: opened.body.modelName,
      modelVersion: submission.modelVersion,
      developerOrg: c.developer.org,
    });

    // The same answer sent again is the same answer; a second answer is refused by the request's status.
    const again = await post<RequestBody>(`/v1/requests/${id}/accept`, c.developer.token, submission, { idempotencyKey: key });
    expect(again.body).toEqual(accepted.body);
    const declined = await post<Problem>(`/v1/requests/${id}/decline`, c.colleague.token);
    expect(declined.status).toBe(409);
    expect(declined.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', requestStatus: 'ACCEPTED' });

    // Audited: the opening as the program's, the acceptance in the inquiry's own trail.
    const trail = await get<{ items: { action: string; actor: { sub: string } }[] }>(`/v1/engagements/${engagementId}/audit?limit=100`, c.auditor.token);
    expect(trail.body.items.map((e) => e.action)).toEqual(expect.arrayContaining(['request.accepted', 'engagement.submitted']));
    const openings = await get<{ items: { subjectId: string; actor: { sub: string }; details: Record<string, unknown> }[] }>(
      `/v1/audit?action=request.opened&actor=${encodeURIComponent(c.admin.sub)}&limit=50`,
      c.auditor.token,
    );
    expect(openings.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ subjectId: id, details: { org: c.developer.org, respondBy: opened.body.respondBy } })]),
    );
  });

  it('ends DECLINED when the developer declines, and the program administrators are told', async () => {
    const opened = await open();
    const declined = await post<RequestBody>(`/v1/requests/${opened.body.id}/decline`, c.developer.token);
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'DECLINED', declinedBy: 'DEVELOPER', answeredBy: c.developer.sub, engagementId: null });
    expect(await inboxAt(c.admin, 'REQUEST_DECLINED', `/requests/${opened.body.id}`)).toHaveLength(1);
    const late = await post<Problem>(`/v1/requests/${opened.body.id}/accept`, c.developer.token, submission);
    expect(late.status).toBe(409);
    expect(late.body.requestStatus).toBe('DECLINED');
    const listed = await get<{ items: RequestBody[] }>('/v1/requests?status=DECLINED', c.admin.token);
    expect(listed.body.items.map((r) => r.id)).toContain(opened.body.id);
    expect(listed.body.items.every((r) => r.status === 'DECLINED')).toBe(true);
  });

  it('ends DECLINED by its deadline when nobody answers, and then takes no answer', async () => {
    const opened = await open({ respondBy: new Date(Date.now() + 4_000).toISOString() });
    expect(opened.status).toBe(201);
    let current = opened.body;
    for (const until = Date.now() + 30_000; current.status === 'OPEN' && Date.now() < until;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      current = (await get<RequestBody>(`/v1/requests/${opened.body.id}`, c.admin.token)).body;
    }
    expect(current).toMatchObject({ status: 'DECLINED', declinedBy: 'DEADLINE', answeredBy: 'system', engagementId: null });
    expect(Date.parse(current.answeredAt!)).toBeGreaterThanOrEqual(Date.parse(opened.body.respondBy));
    const late = await post<Problem>(`/v1/requests/${opened.body.id}/accept`, c.developer.token, submission);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'ILLEGAL_TRANSITION', requestStatus: 'DECLINED' });
    expect(await inboxAt(c.admin, 'REQUEST_DECLINED', `/requests/${opened.body.id}`)).toHaveLength(1);
  });

  it('refuses a request it cannot send, naming what is wrong, and writes nothing', async () => {
    const count = async () => (await asOwner((db) => db.query<{ n: string }>('SELECT count(*) AS n FROM inquiry_requests'))).rows[0]!.n;
    const before = await count();
    const past = await open({ respondBy: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(409);
    expect(past.body).toMatchObject({ code: 'INSTANT_PASSED', errors: [expect.objectContaining({ field: 'respondBy' })] });
    const unknown = await open({ developerOrg: `nobody-${randomUUID().slice(0, 8)}` });
    expect(unknown.status).toBe(409);
    expect((unknown.body as unknown as Problem).code).toBe('ORGANIZATION_NOT_REGISTERED');
    const government = await open({ developerOrg: c.reviewer.org });
    expect(government.status).toBe(409);
    expect((government.body as unknown as Problem).code).toBe('NOT_A_DEVELOPER_ORGANIZATION');
    const noNote = await open({ note: undefined });
    expect(noNote.status).toBe(400);
    expect(JSON.stringify(noNote.body)).toContain('note');
    const badDeadline = await open({ respondBy: 'tomorrow' });
    expect(badDeadline.status).toBe(400);
    expect(JSON.stringify(badDeadline.body)).toContain('respondBy');
    expect(await count()).toBe(before);
  });

  it('keeps the model named and the note sealed at rest', async () => {
    const opened = await open({ note: `a note to seal ${randomUUID()}` });
    const row = await asOwner((db) =>
      db.query<{ model_name_sealed: string; note_sealed: string }>('SELECT model_name_sealed, note_sealed FROM inquiry_requests WHERE id = $1', [
        opened.body.id,
      ]),
    );
    const stored = JSON.stringify(row.rows[0]);
    expect(stored).not.toContain(opened.body.modelName);
    expect(stored).not.toContain(opened.body.note);
    expect(row.rows[0]!.note_sealed.length).toBeGreaterThan(opened.body.note.length);
  });
});
