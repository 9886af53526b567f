import { Role } from '#domain';

import { get, post, request } from '../support/api';
import { chromiumForFile, expectAccessible, visits } from '../support/console';
import { mailAbout } from '../support/mail';
import {
  act,
  activeGrants,
  approvedGrants,
  Cast,
  cast,
  determined,
  inquiry,
  partnerRows,
  publishTerms,
  recommended,
  registerPartners,
  submitted,
} from '../support/scenario';
import { asOwner, Caller, caller, control, emailOf, stack } from '../support/stack';

interface Notice {
  id: string;
  kind: string;
  title: string;
  engagementId: string;
  reference: string;
  subjectId: string | null;
  dueAt: string | null;
  link: string;
  createdAt: string;
  readAt: string | null;
}

interface Inbox {
  items: Notice[];
  nextCursor: string | null;
  unread: number;
}

const inbox = async (who: Caller, query = 'limit=100'): Promise<Inbox> => {
  const res = await get<Inbox>(`/v1/notifications?${query}`, who.token);
  expect(res.status).toBe(200);
  return res.body;
};

/** The caller's notices about one engagement, oldest first, once `until` holds of them (the worker makes notices a moment after the event). */
async function noticesAbout(who: Caller, engagementId: string, until: (kinds: string[]) => boolean = (kinds) => kinds.length > 0): Promise<Notice[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mine = (await inbox(who)).items.filter((notice) => notice.engagementId === engagementId).reverse();
    if (until(mine.map((notice) => notice.kind)) || Date.now() > deadline) {
      return mine;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const kindsAbout = async (who: Caller, engagementId: string, until?: (kinds: string[]) => boolean) =>
  (await noticesAbout(who, engagementId, until)).map((n) => n.kind);

/** Long enough for the worker to have made any notice it was going to make for an event already waited on elsewhere. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_500));

/**
 * Every step of the process is told to the people it concerns, in their inbox, and to nobody else:
 * notices are made from the audit log by the worker, once per event and person.
 */
describe('notices in each person’s inbox', () => {
  const visit = visits(chromiumForFile());
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
    // Everyone here signs in once, so the directory knows them (a person is told only once known).
    for (const who of Object.values(c) as Caller[]) {
      await inbox(who);
    }
  });

  it('an inquiry reaches its developer’s people and the program administrators, with the deadline and where to look, and nobody else', async () => {
    const id = await submitted(c);
    const [notice] = await noticesAbout(c.developer, id);
    expect(notice).toEqual(
      expect.objectContaining({
        kind: 'INQUIRY_RECEIVED',
        title: 'A designation inquiry was received',
        reference: `ENG-${id.slice(0, 8).toUpperCase()}`,
        link: `/engagements/${id}`,
        readAt: null,
      }),
    );
    const engagement = await get<{ determinationDueAt: string }>(`/v1/engagements/${id}`, c.developer.token);
    expect(notice!.dueAt).toBe(engagement.body.determinationDueAt);
    expect(await kindsAbout(c.colleague, id)).toEqual(['INQUIRY_RECEIVED']);
    expect(await kindsAbout(c.admin, id)).toEqual(['INQUIRY_RECEIVED']);
    await settle();
    for (const outsider of [c.otherDeveloper, c.reviewer, c.authority, c.auditor, c.partner]) {
      expect(await kindsAbout(outsider, id, () => true)).toEqual([]);
    }
    // A notice says what happened and where to look; never what is confidential.
    const text = JSON.stringify([notice, ...(await noticesAbout(c.admin, id))]);
    for (const secret of Object.values(inquiry()).filter((value): value is string => typeof value === 'string')) {
      expect(text).not.toContain(secret);
    }
  });

  it('a reviewer hears of their assignment; designation authorities hear nothing until a recommendation is waiting for them', async () => {
    const id = await recommended(c);
    expect(await kindsAbout(c.reviewer, id)).toEqual(['REVIEWER_ASSIGNED']);
    expect(await kindsAbout(c.authority, id)).toEqual(['RECOMMENDATION_RECORDED']);
    await settle();
    expect(await kindsAbout(c.unassignedReviewer, id, () => true)).toEqual([]);
    // The developer is told of the inquiry, and of the determination when it is made; not of the review's inner steps.
    expect(await kindsAbout(c.developer, id)).toEqual(['INQUIRY_RECEIVED']);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/determination`, c.authority, { outcome: 'COVERED', rationale: 'Concur with the review' });
    expect(await kindsAbout(c.developer, id, (kinds) => kinds.length >= 2)).toEqual(['INQUIRY_RECEIVED', 'DETERMINATION_MADE']);
    expect(await kindsAbout(c.reviewer, id, (kinds) => kinds.length >= 2)).toEqual(['REVIEWER_ASSIGNED', 'DETERMINATION_MADE']);
  });

  it('a partner hears of the grant offered and of its revocation, at the grant’s page; the developer hears of the revocation', async () => {
    const id = await determined(c);
    const [row] = partnerRows(1, 'COMMUNITY_BANK', 'KS');
    await registerPartners(c, [row!]);
    const partner = await caller(Role.Partner, row!.id);
    await inbox(partner);
    await publishTerms(c, id);
    await approvedGrants(c, id, [row!.id]);
    const offered = await noticesAbout(partner, id);
    const grants = await get<{ items: { id: string; acceptBy: string }[] }>('/v1/grants', partner.token);
    const grant = grants.body.items[0]!;
    expect(offered).toEqual([expect.objectContaining({ kind: 'GRANT_OFFERED', link: `/grants/${grant.id}`, dueAt: grant.acceptBy })]);
    // The partner's security contact in the registry is mailed too, though they may never sign in.
    const contact = row!.contacts[0]!.email.toLowerCase();
    const reference = `ENG-${id.slice(0, 8).toUpperCase()}`;
    const mailed = await mailAbout(reference, (found) => found.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(contact)));
    const offer = mailed.find((mail) => mail.to.map((a) => a.toLowerCase()).includes(contact))!;
    expect(offer.subject).toBe(`[${reference}] Early access is offered: accept the terms to begin`);
    expect(offer.text).toContain(`${stack().apiUrl}/grants/${grant.id}`);
    expect((await post(`/v1/grants/${grant.id}/revoke`, c.developer.token, { reason: 'Pilot over' })).status).toBe(200);
    expect(await kindsAbout(partner, id, (kinds) => kinds.length >= 2)).toEqual(['GRANT_OFFERED', 'GRANT_REVOKED']);
    expect(await kindsAbout(c.developer, id, (kinds) => kinds.includes('GRANT_REVOKED'))).toContain('GRANT_REVOKED');
  });

  it('unread counts go down as notices are read, one or all; another person’s notice cannot be read or marked', async () => {
    const who = await caller(Role.Developer, c.developer.org);
    await inbox(who);
    const id = await submitted({ ...c, developer: who });
    await noticesAbout(who, id);
    const before = await inbox(who);
    expect(before.unread).toBeGreaterThanOrEqual(1);
    const target = before.items.find((notice) => notice.engagementId === id)!;
    const read = await post<Notice>(`/v1/notifications/${target.id}/read`, who.token, {});
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await inbox(who)).unread).toBe(before.unread - 1);
    // Someone else's: not found, and left unread.
    expect((await post(`/v1/notifications/${target.id}/read`, c.admin.token, {})).status).toBe(404);
    const all = await post<{ marked: number; unread: number }>('/v1/notifications/read-all', who.token, {});
    expect(all.body).toEqual({ marked: before.unread - 1, unread: 0 });
    expect((await inbox(who)).items.every((notice) => notice.readAt !== null)).toBe(true);
  });

  it('the console shows the unread count beside Notifications, lists each notice with where to look, and marks them read', async () => {
    const who = await caller(Role.Developer, c.developer.org);
    await inbox(who);
    const id = await submitted({ ...c, developer: who });
    await noticesAbout(who, id);
    await visit(who, '/', async (page) => {
      await page.getByRole('link', { name: /^Notifications \d+ unread$/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: `ENG-${id.slice(0, 8).toUpperCase()}` });
      await row.getByRole('link', { name: 'A designation inquiry was received' }).waitFor();
      await expectAccessible(page, 'notifications');
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByRole('status').filter({ hasText: '0 unread' }).waitFor();
      await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
      // Mail of a kind that is not critical can be turned off here; critical kinds are not offered.
      const mailed = page.getByRole('group', { name: 'Email me when' });
      // USWDS draws the box on the label; the input itself is hidden.
      await mailed.locator('label', { hasText: 'A designation inquiry was received' }).click();
      await expect(mailed.getByLabel('A designation inquiry was received').isChecked()).resolves.toBe(false);
      await expect(mailed.getByLabel('An access grant was revoked').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Save email preferences' }).click();
      const saved = async () => (await get<{ emailOff: string[] }>('/v1/notifications/preferences', who.token)).body.emailOff;
      for (const deadline = Date.now() + 10_000; (await saved()).length === 0 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await saved()).toEqual(['INQUIRY_RECEIVED']);
      await row.getByRole('link', { name: 'A designation inquiry was received' }).click();
      await page.waitForURL(`**/engagements/${id}`);
    });
    expect((await inbox(who)).unread).toBe(0);
  });

  it('an inquiry is mailed to its developer’s people, its security contact and the program administrators: the kind, the reference, the deadline and a link, nothing confidential', async () => {
    const id = await submitted(c);
    const reference = `ENG-${id.slice(0, 8).toUpperCase()}`;
    const expected = [c.developer, c.colleague, c.admin].map((who) => emailOf(who).toLowerCase());
    const mails = await mailAbout(reference, (found) => expected.every((to) => found.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(to))));
    const to = mails.flatMap((mail) => mail.to.map((address) => address.toLowerCase()));
    expect(to).toEqual(expect.arrayContaining([...expected, inquiry().contactEmail]));
    expect(to).not.toContain(emailOf(c.otherDeveloper).toLowerCase());
    expect(to).not.toContain(emailOf(c.authority).toLowerCase());
    const engagement = await get<{ determinationDueAt: string }>(`/v1/engagements/${id}`, c.developer.token);
    for (const mail of mails) {
      expect(mail.subject).toBe(`[${reference}] A designation inquiry was received`);
      expect(mail.text).toContain(`${stack().apiUrl}/engagements/${id}`);
      expect(mail.text).toContain(`Due: ${engagement.body.determinationDueAt.replace('.000Z', 'Z')} (UTC)`);
      expect(mail.html).toContain(`href="${stack().apiUrl}/engagements/${id}"`);
      for (const secret of [inquiry().modelName, inquiry().capabilitySummary, inquiry().modelVersion]) {
        expect(`${mail.subject}\n${mail.text}\n${mail.html}`).not.toContain(secret);
      }
    }
    // One message per person and notice.
    expect(new Set(to).size).toBe(to.length);
  });

  it('a partner’s own people keep its security contacts current, and the next grant notice is mailed to the new contact', async () => {
    const id = await determined(c);
    const [row, otherRow] = partnerRows(2, 'ELECTRIC_UTILITY', 'NE');
    await registerPartners(c, [row!, otherRow!]);
    const partner = await caller(Role.Partner, row!.id);
    const contacts = [{ name: 'New security lead', email: `lead-${row!.id}@utility.example`, phone: '+1 402 555 0100' }];
    const replaced = await request<{ partnerId: string; contacts: unknown[] }>(
      'PUT',
      `/v1/partners/${row!.id}/contacts`,
      { contacts },
      { token: partner.token },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ partnerId: row!.id, contacts });
    expect((await get(`/v1/partners/${row!.id}/contacts`, partner.token)).body).toEqual({ partnerId: row!.id, contacts });
    // Another partner's contacts do not exist for them; other roles may not touch a partner's contacts at all.
    expect((await get(`/v1/partners/${otherRow!.id}/contacts`, partner.token)).status).toBe(404);
    expect((await request('PUT', `/v1/partners/${otherRow!.id}/contacts`, { contacts }, { token: partner.token })).status).toBe(404);
    expect((await get(`/v1/partners/${row!.id}/contacts`, c.developer.token)).status).toBe(403);
    expect((await get<{ contacts: unknown[] }>(`/v1/partners/${row!.id}`, c.admin.token)).body.contacts).toEqual(contacts);
    const bad = await request<{ errors: { field: string }[] }>('PUT', `/v1/partners/${row!.id}/contacts`, { contacts: [] }, { token: partner.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]!.field).toBe('contacts');
    const audited = await asOwner((db) =>
      db.query<{ action: string; actor_sub: string }>(
        `SELECT action, actor_sub FROM audit_events WHERE subject_id = $1 AND action = 'partner.contacts_updated'`,
        [row!.id],
      ),
    );
    expect(audited.rows).toEqual([{ action: 'partner.contacts_updated', actor_sub: partner.sub }]);
    await publishTerms(c, id);
    await approvedGrants(c, id, [row!.id]);
    const reference = `ENG-${id.slice(0, 8).toUpperCase()}`;
    const lead = contacts[0]!.email.toLowerCase();
    const mailed = await mailAbout(reference, (found) => found.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(lead)));
    expect(mailed.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(lead))).toBe(true);
    expect(mailed.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(row!.contacts[0]!.email.toLowerCase()))).toBe(false);
  });

  it('a partner suspended in the registry: it and the developers it holds active grants from are told its access is suspended', async () => {
    const { partners } = await activeGrants(c, 1);
    const partner = partners[0]!;
    await inbox(partner);
    const suspended = await request('PATCH', `/v1/partners/${partner.org}`, { status: 'SUSPENDED' }, { token: c.admin.token });
    expect(suspended.status).toBe(200);
    const told = async (who: Caller, until = (found: Notice[]) => found.length > 0) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const found = (await inbox(who)).items.filter((notice) => notice.kind === 'GRANT_SUSPENDED' && notice.subjectId === partner.org);
        if (until(found) || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    expect(await told(partner)).toEqual([expect.objectContaining({ engagementId: null, reference: null, link: '/grants' })]);
    expect(await told(c.developer)).toHaveLength(1);
    await settle();
    expect(await told(c.otherDeveloper, () => true)).toEqual([]);
    expect(await told(c.reviewer, () => true)).toEqual([]);
  });

  it('in the console, a partner’s person sees its security contacts and changes them', async () => {
    const [row] = partnerRows(1, 'RURAL_HOSPITAL', 'MT');
    await registerPartners(c, [row!]);
    const partner = await caller(Role.Partner, row!.id);
    const changed = `on-call-${row!.id}@hospital.example`;
    await visit(partner, '/', async (page) => {
      await page.getByRole('link', { name: 'Security contacts', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Security contacts' }).waitFor();
      const email = page.getByLabel('Contact 1: email');
      await expect(email.inputValue()).resolves.toBe(row!.contacts[0]!.email);
      await expectAccessible(page, 'security-contacts');
      await email.fill(changed);
      await page.getByRole('button', { name: 'Save contacts' }).click();
      const saved = async () => (await get<{ contacts: { email: string }[] }>(`/v1/partners/${row!.id}/contacts`, partner.token)).body.contacts;
      for (const deadline = Date.now() + 10_000; (await saved())[0]?.email !== changed && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await saved()).toEqual([{ name: row!.contacts[0]!.name, email: changed }]);
    });
  });

  it('mail waits out the mail server’s outage: stopped while notices are made, every one arrives once it is back, once', async () => {
    await control('mail', 'stop');
    let id: string;
    try {
      id = await submitted(c);
      await noticesAbout(c.developer, id);
      // The inbox has it; the mail was tried, refused, and is waiting for the server.
      await settle();
      const waiting = await asOwner((db) =>
        db.query<{ attempts: number; sent_at: Date | null; last_error: string | null }>(
          `SELECT attempts, sent_at, last_error FROM mail_outbox WHERE engagement_id = $1 AND recipient = $2`,
          [id, c.developer.sub],
        ),
      );
      expect(waiting.rows).toHaveLength(1);
      const [row] = waiting.rows;
      expect(row!.sent_at).toBeNull();
      expect(row!.last_error).toMatch(/ECONNREFUSED|connect/);
      expect(row!.attempts).toBeGreaterThanOrEqual(1);
    } finally {
      await control('mail', 'start');
    }
    const reference = `ENG-${id.slice(0, 8).toUpperCase()}`;
    const developer = emailOf(c.developer).toLowerCase();
    const mails = await mailAbout(reference, (found) => found.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(developer)));
    await settle();
    const again = await mailAbout(reference);
    expect(again.filter((mail) => mail.to.map((a) => a.toLowerCase()).includes(developer))).toHaveLength(1);
    expect(mails.length).toBeGreaterThan(0);
  });

  it('a person turns off mail of a kind that is not critical: the inbox still has it, the mail does not come; critical kinds stay on', async () => {
    const who = await caller(Role.Developer, c.developer.org);
    const chosen = await request<{ emailOff: string[]; kinds: { kind: string; critical: boolean }[] }>(
      'PUT',
      '/v1/notifications/preferences',
      { emailOff: ['INQUIRY_RECEIVED'] },
      { token: who.token },
    );
    expect(chosen.status).toBe(200);
    expect(chosen.body.emailOff).toEqual(['INQUIRY_RECEIVED']);
    expect(chosen.body.kinds).toEqual(expect.arrayContaining([{ kind: 'GRANT_REVOKED', title: 'An access grant was revoked', critical: true }]));
    const critical = await request<{ errors: { field: string }[] }>(
      'PUT',
      '/v1/notifications/preferences',
      { emailOff: ['GRANT_REVOKED'] },
      { token: who.token },
    );
    expect(critical.status).toBe(400);
    expect(critical.body.errors[0]!.field).toMatch(/^emailOff/);
    expect((await get<{ emailOff: string[] }>('/v1/notifications/preferences', who.token)).body.emailOff).toEqual(['INQUIRY_RECEIVED']);

    const id = await submitted({ ...c, developer: who });
    expect(await kindsAbout(who, id)).toEqual(['INQUIRY_RECEIVED']);
    const reference = `ENG-${id.slice(0, 8).toUpperCase()}`;
    const colleague = emailOf(c.colleague).toLowerCase();
    await mailAbout(reference, (found) => found.some((mail) => mail.to.map((a) => a.toLowerCase()).includes(colleague)));
    await settle();
    const to = (await mailAbout(reference)).flatMap((mail) => mail.to.map((a) => a.toLowerCase()));
    expect(to).toContain(colleague);
    expect(to).not.toContain(emailOf(who).toLowerCase());
  });

  it('pages newest first', async () => {
    const first = await inbox(c.developer, 'limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await inbox(c.developer, `limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0]!.createdAt <= first.items[0]!.createdAt).toBe(true);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });
});
