import { randomUUID } from 'node:crypto';

import type { Page } from '@playwright/test';

import { get } from '../support/api';
import { chromiumForFile, expectAccessible, region, visits } from '../support/console';
import { Cast, cast } from '../support/scenario';
import { Caller } from '../support/stack';

/** The partner registry for a program administrator, and a developer's gateway credentials. */
describe('the console: the partner registry and gateway clients', () => {
  const visit = visits(chromiumForFile());
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  const as = (who: Caller, step: (page: Page) => Promise<void>) => visit(who, '/', step);

  it('a program administrator adds, suspends and imports partners, and reads the per-row import report', async () => {
    const prefix = `ui-${randomUUID().slice(0, 8)}`;
    await as(c.admin, async (p) => {
      await p.getByRole('link', { name: 'Partners' }).click();
      await p.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
      const add = region(p, 'Add a partner');
      await add.getByLabel(/^Name/).fill(`Prairie Savings ${prefix}`);
      await add.getByLabel(/^Registry id/).fill(`${prefix}-bank`);
      await add.getByLabel(/^Sector/).selectOption('COMMUNITY_BANK');
      await add.getByLabel(/^State/).selectOption('SD');
      await add.getByLabel(/^Verification/).selectOption('VERIFIED');
      await add.getByLabel(/^Security contact name/).fill('Jo Lee');
      await add.getByLabel(/^Security contact email/).fill('jo.lee@prairie.example');
      await add.getByRole('button', { name: 'Add partner' }).click();

      // Found by searching the registry by part of its name, among thousands; then suspended, from its row.
      const search = p.getByRole('group', { name: 'Search the registry' });
      await search.getByLabel('Name or registry id').fill(`savings ${prefix}`);
      const row = p.getByRole('row').filter({ hasText: `${prefix}-bank` });
      await row.getByRole('cell', { name: 'Verified', exact: true }).waitFor();
      await expect(p.getByRole('table').getByRole('row').count()).resolves.toBe(2);
      await search.getByLabel('State').selectOption('SD');
      await search.getByLabel('Sector').selectOption('WATER_UTILITY');
      await p.getByText('No partner matches.').waitFor();
      await search.getByLabel('Sector').selectOption('COMMUNITY_BANK');
      await expectAccessible(p, 'admin-partners');
      await row.getByRole('button', { name: 'Edit' }).click();
      const dialog = p.getByRole('dialog', { name: `Edit Prairie Savings ${prefix}` });
      await dialog.getByLabel(/^Status/).selectOption('SUSPENDED');
      await dialog.getByRole('button', { name: 'Save partner' }).click();
      await row.getByRole('cell', { name: 'Suspended', exact: true }).waitFor();

      const csv = [
        'id,name,sector,state,status,contact_name,contact_email,contact_phone',
        `${prefix}-1,Lakeside Water,WATER_UTILITY,SD,VERIFIED,Pat,pat@lakeside.example,`,
        `${prefix}-2,Hill County Electric,ELECTRIC_UTILITY,SD,VERIFIED,Sam,sam@hill.example,`,
        `${prefix}-3,No Sector Co,NOT_A_SECTOR,SD,VERIFIED,Al,al@nosector.example,`,
      ].join('\n');
      await p.getByLabel('CSV file').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await p.getByRole('button', { name: 'Import partners' }).click();
      await p.getByText('2 rows accepted (2 new, 0 updated), 1 rejected').waitFor();
      const rejected = p.getByRole('table', { name: 'Rejected rows' }).getByRole('row').filter({ hasText: 'sector' });
      await expect(rejected.getByRole('rowheader').textContent()).resolves.toBe('3');
      await expectAccessible(p, 'admin-partner-import');
    });
    const suspended = await get<{ status: string }>(`/v1/partners/${prefix}-bank`, c.admin.token);
    expect(suspended.body.status).toBe('SUSPENDED');
  });

  it('a developer registers a gateway (the secret shown once), rotates it and revokes it', async () => {
    await as(c.developer, async (p) => {
      await p.getByRole('link', { name: 'Gateway clients' }).click();
      await p.getByLabel(/^Gateway name/).fill('Edge gateway');
      await p.getByRole('button', { name: 'Register gateway' }).click();
      const shown = p.getByRole('status').filter({ hasText: 'Credentials for Edge gateway' });
      await shown.waitFor();
      await expect(shown.locator('dd').nth(1).textContent()).resolves.toMatch(/^\S{16,}$/);
      await expectAccessible(p, 'developer-gateway-clients');
      const firstId = (await shown.locator('dd').first().textContent())!;

      const row = p.getByRole('row').filter({ hasText: firstId });
      await row.getByRole('button', { name: 'Rotate' }).click();
      const rotate = p.getByRole('dialog', { name: "Rotate Edge gateway's credentials?" });
      await rotate.getByRole('button', { name: 'Yes, rotate' }).waitFor();
      await expectAccessible(p, 'developer-gateway-rotate');
      await rotate.getByRole('button', { name: 'Yes, rotate' }).click();
      await row.getByText(/^Retiring/).waitFor();
      const secondId = (await p.getByRole('status').filter({ hasText: 'Credentials for Edge gateway' }).locator('dd').first().textContent())!;
      expect(secondId).not.toBe(firstId);

      const current = p.getByRole('row').filter({ hasText: secondId });
      await current.getByRole('button', { name: 'Revoke' }).click();
      const revoke = p.getByRole('dialog', { name: 'Revoke Edge gateway?' });
      await revoke.getByRole('button', { name: 'Yes, revoke' }).waitFor();
      await expectAccessible(p, 'developer-gateway-revoke');
      await revoke.getByRole('button', { name: 'Yes, revoke' }).click();
      await current.getByText('Revoked', { exact: true }).waitFor();
    });
  });
});
