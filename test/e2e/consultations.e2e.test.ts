import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { get, post } from '../support/api';
import { inboxAt } from '../support/inbox';
import { act, Cast, cast, detail, recommended } from '../support/scenario';
import { asOwner, Caller, caller } from '../support/stack';

interface Consultation {
  readonly id: string;
  readonly engagementId: string;
  readonly organization: string;
  readonly askedBy: string;
  readonly answerBy: string;
  readonly status: string;
  readonly concurs: boolean | null;
  readonly answeredBy: string | null;
  readonly question?: string;
  readonly note?: string | null;
  readonly engagement: { readonly id: string; readonly modelName: string; readonly stage: string; readonly developerOrg: string };
}

interface Problem {
  readonly code: string;
  readonly detail?: string;
  readonly errors?: { field: string }[];
}

const inSeconds = (seconds: number): string => new Date(Date.now() + seconds * 1_000).toISOString();
const QUESTION = 'Does the Department of Energy see grid-control exposure in the Atlas exploit results?';

/**
 * Consultation on determinations (EO 14409: the NSA Director designates "in consultation with other senior
 * officials"): an authority about to decide asks another government organization a question by a deadline;
 * a designation authority of that organization reads it, with the engagement's metadata and nothing more,
 * and answers. Nobody decides while a consultation waits for its answer and its deadline has not passed.
 */
describe('consultation on a determination', () => {
  let c: Cast;
  let doe: Caller;
  let dhs: Caller;
  let id: string;
  let consultation: Consultation;

  const ask = (engagementId: string, overrides: Record<string, unknown> = {}, who: Caller = c.authority) =>
    post<Consultation & Problem>(`/v1/engagements/${engagementId}/consultations`, who.token, {
      organization: doe.org,
      question: QUESTION,
      answerBy: inSeconds(3_600),
      ...overrides,
    });
  const answer = (engagementId: string, consultationId: string, who: Caller, body: Record<string, unknown> = { concurs: true, note: 'We concur.' }) =>
    post<Consultation & Problem>(`/v1/engagements/${engagementId}/consultations/${consultationId}/answer`, who.token, body);
  const determine = (engagementId: string) =>
    post<Problem>(`/v1/engagements/${engagementId}/determination`, c.authority.token, { outcome: 'COVERED', rationale: 'Concur with the review' });

  beforeAll(async () => {
    c = await cast();
    doe = await caller(Role.DesignationAuthority, 'doe');
    dhs = await caller(Role.DesignationAuthority, 'dhs');
    id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    const asked = await ask(id);
    expect(asked.status).toBe(201);
    consultation = asked.body;
  });

  it('is asked of another government organization, pending until answered, and tells its authorities where to answer', async () => {
    expect(consultation).toMatchObject({ engagementId: id, organization: 'doe', askedBy: c.authority.sub, status: 'PENDING', concurs: null });
    expect(consultation.question).toBeUndefined();
    const notices = await inboxAt(doe, 'CONSULTATION_REQUESTED', `/consultations/${consultation.id}`);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.dueAt).toBe(consultation.answerBy);
    // The same round of notices that reached the organization consulted passed every other one by.
    expect(await inboxAt(dhs, 'CONSULTATION_REQUESTED', `/consultations/${consultation.id}`, 0)).toHaveLength(0);
  });

  it('holds up the determination while it waits', async () => {
    const refused = await determine(id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONSULTATION_PENDING');
    expect(refused.body.detail).toContain('doe');
    expect((await detail(id, c.authority)).body.stage).toBe('RECOMMENDED');
  });

  it('shows the organization consulted its question and the engagement metadata, nothing more, and audits that read', async () => {
    const listed = await get<{ items: Consultation[] }>('/v1/consultations', doe.token);
    const row = listed.body.items.find((item) => item.id === consultation.id);
    expect(row).toMatchObject({ status: 'PENDING', engagement: { id, modelName: 'Atlas', stage: 'RECOMMENDED', developerOrg: c.developer.org } });
    expect(row?.question).toBeUndefined();
    const read = await get<Consultation>(`/v1/consultations/${consultation.id}`, doe.token);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ question: QUESTION, note: null, status: 'PENDING' });
    const engagement = await detail(id, doe);
    expect(engagement.body.view).toBe('METADATA');
    expect(engagement.body.consultations).toBeUndefined();
    const trail = await get<{ items: { subjectId: string }[] }>(`/v1/audit?action=consultation.viewed&actor=${encodeURIComponent(doe.sub)}`, c.auditor.token);
    expect(trail.body.items.map((e) => e.subjectId)).toContain(consultation.id);
  });

  it('exists for nobody else: another organization, a reviewer off the roster, the developer, a partner', async () => {
    // The engagement's attested reviewer sees it in full, consultations included; an administrator's role is not admitted.
    expect((await get(`/v1/consultations/${consultation.id}`, c.reviewer.token)).status).toBe(200);
    expect((await get(`/v1/consultations/${consultation.id}`, c.admin.token)).status).toBe(403);
    for (const who of [dhs, c.secondReviewer]) {
      expect((await get(`/v1/consultations/${consultation.id}`, who.token)).status).toBe(404);
    }
    expect((await get<{ items: Consultation[] }>('/v1/consultations', dhs.token)).body.items.map((item) => item.id)).not.toContain(consultation.id);
    for (const who of [c.developer, c.partner]) {
      expect((await get(`/v1/consultations/${consultation.id}`, who.token)).status).toBe(403);
    }
    // An authority of the organization consulted who recused from the engagement finds it no more than a stranger does.
    const recused = await caller(Role.DesignationAuthority, 'doe');
    await act(`/v1/engagements/${id}/recusal`, recused, { reason: 'A former employer of mine built the model' });
    expect((await get(`/v1/consultations/${consultation.id}`, recused.token)).status).toBe(404);
    expect((await get<{ items: Consultation[] }>('/v1/consultations', recused.token)).body.items.map((item) => item.id)).not.toContain(consultation.id);
    expect((await get<{ items: Consultation[] }>('/v1/consultations', doe.token)).body.items.map((item) => item.id)).toContain(consultation.id);
    const stranger = await answer(id, consultation.id, dhs);
    expect(stranger.status).toBe(404);
    expect((await answer(id, randomUUID(), doe)).status).toBe(404);
  });

  it('is answered once by the organization consulted, which lets the authority decide', async () => {
    const answered = await answer(id, consultation.id, doe);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'ANSWERED', concurs: true, answeredBy: doe.sub });
    const again = await answer(id, consultation.id, doe, { concurs: false });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONSULTATION_NOT_PENDING');
    expect(await inboxAt(c.authority, 'CONSULTATION_ANSWERED', `/engagements/${id}`)).toHaveLength(1);

    expect((await determine(id)).status).toBe(200);
    const full = await detail(id, c.authority);
    expect(full.body.consultations).toEqual([
      expect.objectContaining({ id: consultation.id, organization: 'doe', status: 'ANSWERED', concurs: true, question: QUESTION, note: 'We concur.' }),
    ]);
    const developerView = (await detail(id, c.developer)).body;
    expect(developerView.consultations).toBeUndefined();
    // Not even the fact of a consultation reaches the developer's timeline; the full view has it.
    expect(developerView.timeline.map((t) => t.event)).not.toContain('CONSULTATION_REQUESTED');
    expect(full.body.timeline.map((t) => t.event)).toEqual(expect.arrayContaining(['CONSULTATION_REQUESTED', 'CONSULTATION_ANSWERED']));
    const trail = await get<{ items: { action: string; details: Record<string, unknown> }[] }>(`/v1/engagements/${id}/audit?limit=100`, c.auditor.token);
    expect(trail.body.items.find((e) => e.action === 'engagement.determined')?.details).toMatchObject({
      consultations: [{ consultationId: consultation.id, organization: 'doe', status: 'ANSWERED', concurs: true }],
    });
    expect(JSON.stringify(trail.body.items)).not.toContain(QUESTION);
  });

  it('lapses at its deadline unanswered, and then no longer holds up the determination', async () => {
    const second = await recommended(c);
    await act(`/v1/engagements/${second}/attestations`, c.authority, { noConflictOfInterest: true });
    const asked = await ask(second, { answerBy: inSeconds(4) });
    expect(asked.status).toBe(201);
    expect((await determine(second)).body.code).toBe('CONSULTATION_PENDING');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(asked.body.answerBy) - Date.now()) + 500));
    const late = await answer(second, asked.body.id, doe);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONSULTATION_NOT_PENDING');
    expect((await get<Consultation>(`/v1/consultations/${asked.body.id}`, doe.token)).body.status).toBe('LAPSED');
    expect((await determine(second)).status).toBe(200);
  });

  it('refuses what it cannot take with a problem naming the field, and writes nothing', async () => {
    const before = (await get<{ items: Consultation[] }>('/v1/consultations', c.authority.token)).body.items.length;
    const cases: [Record<string, unknown>, number, string | undefined, string][] = [
      [{ organization: 'no-such-agency' }, 409, 'ORGANIZATION_NOT_REGISTERED', 'organization'],
      [{ organization: c.partner.org }, 409, 'NOT_A_GOVERNMENT_ORGANIZATION', 'organization'],
      [{ organization: c.developer.org }, 409, 'NOT_A_GOVERNMENT_ORGANIZATION', 'organization'],
      [{ organization: c.authority.org }, 409, 'OWN_ORGANIZATION_CONSULTED', 'organization'],
      [{ answerBy: inSeconds(31 * 86_400) }, 409, 'CONSULTATION_TOO_LONG', 'answerBy'],
      [{ answerBy: inSeconds(-60) }, 409, 'INSTANT_PASSED', 'answerBy'],
      [{ answerBy: 'tomorrow' }, 400, undefined, 'answerBy'],
      [{ question: '' }, 400, undefined, 'question'],
      [{ surprise: true }, 400, undefined, 'surprise'],
    ];
    const open = await recommended(c);
    await act(`/v1/engagements/${open}/attestations`, c.authority, { noConflictOfInterest: true });
    for (const [overrides, status, code, field] of cases) {
      const refused = await ask(open, overrides);
      expect([JSON.stringify(overrides), refused.status]).toEqual([JSON.stringify(overrides), status]);
      if (code) expect(refused.body.code).toBe(code);
      expect(JSON.stringify(refused.body)).toContain(field);
    }
    // An authority who has not attested as one does not ask; nor does anyone before the recommendation.
    const unattested = await ask(open, {}, c.reviewerAuthority);
    expect(unattested.status).toBe(403);
    expect(unattested.body.code).toBe('ATTESTATION_REQUIRED');
    const early = await ask(await recommended(c), {}, doe);
    expect(early.body.code).toBe('ATTESTATION_REQUIRED');
    expect((await get<{ items: Consultation[] }>('/v1/consultations', c.authority.token)).body.items).toHaveLength(before);
  });

  it('keeps the question and the answer sealed at rest', async () => {
    const rows = await asOwner((db) =>
      db.query<{ question_sealed: string; note_sealed: string }>('SELECT question_sealed, note_sealed FROM consultations WHERE id = $1', [consultation.id]),
    );
    const stored = JSON.stringify(rows.rows[0]);
    expect(stored).not.toContain('grid-control');
    expect(stored).not.toContain('We concur');
    expect(rows.rows[0]!.question_sealed.length).toBeGreaterThan(QUESTION.length);
  });
});
