import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { get } from '../support/api';
import { chromiumForFile, expectAccessible, visits } from '../support/console';
import { act, Cast, cast, recommended } from '../support/scenario';
import { Caller, caller } from '../support/stack';

/**
 * Consultation on determinations in the console (issue 16 §4): an attested authority consults another
 * government organization from the engagement page and is told the determination waits; a designation
 * authority of that organization finds the consultation in its list, reads the question and answers; the
 * authority then sees the answer beside the determination form, which is offered again.
 */
describe('consultations in the console', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;
  let doe: Caller;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    doe = await caller(Role.DesignationAuthority, 'doe');
    id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
  });

  it('an authority consults, the organization consulted answers, and the determination is offered again', async () => {
    const question = `Grid exposure in the exploit results? ${randomUUID().slice(0, 6)}`;
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await as(c.authority, `/engagements/${id}`, async (p) => {
      await p.getByRole('heading', { name: 'Determination', level: 2 }).waitFor();
      const form = p.getByRole('group', { name: 'Consult another organization' });
      await form.getByLabel(/^Organization/).fill(doe.org);
      await form.getByLabel(/^Question/).fill(question);
      await form.getByLabel(/^Answer due by/).fill(inTwoDays);
      await p.getByRole('button', { name: 'Send consultation' }).click();
      await p.getByRole('heading', { name: 'Waiting for consultations', level: 3 }).waitFor();
      await p.getByRole('table', { name: 'Consultations on the determination' }).getByText(question).waitFor();
      expect(await p.getByRole('button', { name: 'Submit determination' }).count()).toBe(0);
      await expectAccessible(p, 'authority-consulting');
    });

    await as(doe, '/', async (p) => {
      await p.getByRole('link', { name: 'Consultations', exact: true }).click();
      await p.getByRole('heading', { name: 'Consultations', level: 1 }).waitFor();
      await p.getByRole('link', { name: 'Atlas 7.0-rc1' }).first().click();
      await p.getByRole('heading', { name: 'Consultation on Atlas 7.0-rc1', level: 1 }).waitFor();
      await p.getByText(question).waitFor();
      await expectAccessible(p, 'consulted-authority');
      await p.getByLabel(/^Your organization’s answer/).selectOption('true');
      await p.getByLabel(/^Note for the authority/).fill('No grid-control exposure found.');
      await p.getByRole('button', { name: 'Send answer' }).click();
      await p.getByRole('heading', { name: 'Answered', level: 2 }).waitFor();
      expect(await p.getByRole('button', { name: 'Send answer' }).count()).toBe(0);
    });

    await as(c.authority, `/engagements/${id}`, async (p) => {
      await p.getByRole('button', { name: 'Submit determination' }).waitFor();
      await p.getByText('Concurs: No grid-control exposure found.').waitFor();
    });
    const listed = await get<{ items: { status: string; concurs: boolean | null; engagementId: string }[] }>('/v1/consultations', doe.token);
    expect(listed.body.items.find((item) => item.engagementId === id)).toMatchObject({ status: 'ANSWERED', concurs: true });
  });

  it('the developer asks for reconsideration of a not-covered determination, and a different authority decides it', async () => {
    const closed = await recommended(c);
    await act(`/v1/engagements/${closed}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${closed}/determination`, c.authority, { outcome: 'NOT_COVERED', rationale: 'Below the threshold' });
    await as(c.developer, `/engagements/${closed}`, async (p) => {
      await p.getByRole('heading', { name: 'Reconsideration', level: 2 }).waitFor();
      await p.getByLabel(/^Why you ask/).fill('The exploit chains need human steering at every step');
      await expectAccessible(p, 'developer-reconsideration');
      await p.getByRole('button', { name: 'Ask for reconsideration' }).click();
      await p.getByRole('dialog', { name: 'Ask for reconsideration?' }).getByRole('button', { name: 'Yes, ask' }).click();
      await p.getByRole('heading', { name: 'Reconsideration', level: 3, exact: true }).waitFor();
      await p.getByText('The exploit chains need human steering at every step').waitFor();
      expect(await p.getByRole('button', { name: 'Ask for reconsideration' }).count()).toBe(0);
    });
    await as(c.authority, `/engagements/${closed}`, async (p) => {
      await p.getByRole('heading', { name: 'You cannot decide this one', level: 3 }).waitFor();
      await p.getByText('You made the determination being reconsidered').waitFor();
    });
    const second = await caller(Role.DesignationAuthority, 'nsa');
    await as(second, `/engagements/${closed}`, async (p) => {
      await p.locator('label', { hasText: 'I have no conflict of interest with this developer' }).click();
      await p.getByRole('button', { name: 'Attest' }).click();
      await p.getByRole('combobox', { name: /^Determination outcome/ }).selectOption('COVERED');
      await p.getByLabel(/^Unclassified rationale/).fill('The steering is scriptable');
      await p.getByRole('button', { name: 'Submit determination' }).click();
      await p.getByRole('dialog', { name: 'Make the determination?' }).getByRole('button', { name: 'Yes, determine' }).click();
      await p.getByText('The steering is scriptable').waitFor();
    });
    expect((await get<{ stage: string }>(`/v1/engagements/${closed}`, c.developer.token)).body.stage).toBe('DESIGNATED');
  });
});
