import { Role } from '#domain';

import { get } from '../support/api';
import { chromiumForFile, expectAccessible, region, visits } from '../support/console';
import { approvedGrants, Cast, cast, determined, GATEWAY, grantsOf, introspect, partnerRows, publishTerms, registerPartners } from '../support/scenario';
import { caller } from '../support/stack';

/**
 * From a designated engagement to an active partner grant, in the browser: the developer publishes terms
 * and nominates a partner picked by name (the page counts the matches first), a program administrator
 * approves, the partner reads and accepts the exact terms shown and gets a gateway token, and the
 * developer revokes the grant, which ends the token at once.
 */
describe('the console walk: trusted partners', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('terms, a nomination, its approval, acceptance, a partner token, and a revocation', async () => {
    const id = await determined(c);
    const [row] = partnerRows(1, 'COMMUNITY_BANK', 'ND');
    await registerPartners(c, [row!]);
    const partner = await caller(Role.Partner, row!.id);
    const matching = (await get<{ total: number }>('/v1/partner-directory?sector=COMMUNITY_BANK&state=ND&limit=1', c.developer.token)).body.total;
    expect(matching).toBeGreaterThanOrEqual(1);

    await as(c.developer, `/engagements/${id}`, async (p) => {
      const terms = region(p, 'Partner terms');
      await terms.getByLabel(/^Terms version/).fill('2026-12');
      await terms.getByLabel(/^Terms text/).fill('Defensive use only. Report vulnerabilities within 24 hours.');
      // No window was opened, so the partners' gateway must be named here.
      await terms.getByLabel(/^Partners' gateway endpoint/).fill(GATEWAY);
      await terms.getByRole('button', { name: 'Publish terms' }).click();
      await terms.getByText('Version 2026-12', { exact: false }).waitFor();

      const nominate = region(p, 'Nominate partners');
      await nominate.getByLabel('Sector').selectOption('COMMUNITY_BANK');
      await nominate.getByLabel('State').selectOption('ND');
      // The count, before anything is sent.
      await nominate.getByText(`${matching} verified partner${matching === 1 ? '' : 's'} match`).waitFor();
      // Found by its registry id, however many other banks in North Dakota there are, and picked by name.
      await nominate.getByLabel('Partner name').fill(row!.id);
      await nominate.locator('label', { hasText: `${row!.name} (Community bank, ND)` }).click();
      await nominate.getByLabel(/^Days of access/).fill('20');
      await expectAccessible(p, 'developer-nominate');
      await nominate.getByRole('button', { name: 'Nominate partners' }).click();
      await region(p, 'Nominations').getByText('Waiting for an answer').waitFor();
    });

    await as(c.admin, `/engagements/${id}`, async (p) => {
      const nominations = region(p, 'Nominations');
      await expectAccessible(p, 'admin-nominations');
      await nominations.getByRole('button', { name: 'Approve' }).click();
      await nominations.getByText('Approved', { exact: true }).waitFor();
    });
    const [grant] = await grantsOf(c.developer, id);
    expect(grant?.status).toBe('PENDING_ACCEPTANCE');
    expect(grant?.partner.id).toBe(row!.id);

    let token = '';
    await as(partner, '/', async (p) => {
      await p.getByRole('heading', { level: 1, name: 'Grants' }).waitFor();
      await expectAccessible(p, 'partner-grants');
      await p.getByRole('link', { name: /Atlas 7\.0-rc1/ }).click();
      await p.getByRole('heading', { name: 'Terms, version 2026-12' }).waitFor();
      await p.getByText('Defensive use only. Report vulnerabilities within 24 hours.').waitFor();
      await expectAccessible(p, 'partner-terms');
      await p.getByRole('button', { name: 'Accept terms' }).click();
      await p.getByRole('button', { name: 'Get gateway token' }).click();
      const shown = p.getByLabel(/^Gateway token/);
      await shown.waitFor();
      token = await shown.inputValue();
      await expectAccessible(p, 'partner-token');
    });
    expect((await introspect(token, c.developer)).body).toEqual(expect.objectContaining({ active: true }));

    // New terms suspend the grant: the partner is told, and accepts the new version to go on.
    await publishTerms(c, id, '2026-12b', 'Defensive use only. Report vulnerabilities within 12 hours.');
    await as(partner, '/grants', async (p) => {
      await p.getByRole('link', { name: /Atlas 7\.0-rc1/ }).click();
      const notice = p.getByRole('status').filter({ hasText: 'The terms changed' });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('suspended until you accept the new terms');
      await p.getByRole('heading', { name: 'Terms, version 2026-12b' }).waitFor();
      await expectAccessible(p, 'partner-terms-changed');
      await p.getByRole('button', { name: 'Accept terms' }).click();
      await p.getByRole('button', { name: 'Get gateway token' }).waitFor();
    });
    expect((await get<{ status: string }>(`/v1/grants/${grant!.id}`, partner.token)).body.status).toBe('ACTIVE');

    await as(c.developer, '/', async (p) => {
      await p.getByRole('link', { name: 'Grants' }).click();
      const rowOf = p.getByRole('row').filter({ hasText: row!.name });
      await rowOf.getByText('Active', { exact: true }).waitFor();
      await rowOf.getByRole('button', { name: 'Revoke' }).click();
      const dialog = p.getByRole('dialog', { name: `Revoke ${row!.name}'s access?` });
      await expect(dialog.textContent()).resolves.toContain('Every token issued for it stops working now.');
      await dialog.getByLabel(/^Reason/).fill('Partner asked to leave the program.');
      await expectAccessible(p, 'developer-revoke');
      await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
      await rowOf.getByText('Revoked', { exact: true }).waitFor();
    });
    expect((await introspect(token, c.developer)).body).toEqual({ active: false });
  });

  it("revoking by sector, after a confirmation saying what happens, ends that sector's grants and no other", async () => {
    const id = await determined(c);
    const water = partnerRows(2, 'WATER_UTILITY', 'ND');
    const [bank] = partnerRows(1, 'COMMUNITY_BANK', 'ND');
    await registerPartners(c, [...water, bank!]);
    await publishTerms(c, id);
    await approvedGrants(c, id, [...water.map((row) => row.id), bank!.id]);

    await as(c.developer, `/engagements/${id}`, async (p) => {
      const form = p.getByRole('group', { name: 'Revoke by sector' });
      await form.getByLabel(/^Sector/).selectOption('WATER_UTILITY');
      await form.getByLabel(/^Reason/).fill('The water sector pilot ended.');
      await p.getByRole('button', { name: 'Revoke grants' }).click();
      const dialog = p.getByRole('dialog', { name: 'Revoke every matching grant?' });
      await expect(dialog.textContent()).resolves.toContain('Every partner token issued for them stops working now.');
      await expectAccessible(p, 'developer-revoke-by-sector');
      await dialog.getByRole('button', { name: 'Yes, revoke them' }).click();
      for (const row of water) {
        await p.getByRole('row').filter({ hasText: row.name }).getByText('Revoked', { exact: true }).waitFor();
      }
    });
    const statuses = new Map((await grantsOf(c.developer, id)).map((grant) => [grant.partner.id, grant.status]));
    expect(Object.fromEntries(statuses)).toEqual({ [water[0]!.id]: 'REVOKED', [water[1]!.id]: 'REVOKED', [bank!.id]: 'PENDING_ACCEPTANCE' });
  });
});
