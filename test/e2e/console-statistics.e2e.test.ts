import { Role } from '#domain';

import { chromiumForFile, expectAccessible, region, visits } from '../support/console';
import { cast, submitted } from '../support/scenario';
import { caller } from '../support/stack';

/**
 * The statistics page (issue 16 §1): oversight lands on it and sees nothing else in the navigation; each
 * chart is an image named by all its figures, with the same figures as a table beneath; a period with no
 * engagement shows every figure suppressed.
 */
describe('the console statistics page', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);

  beforeAll(async () => {
    const c = await cast();
    for (let i = 0; i < 5; i += 1) await submitted(c);
  });

  it('shows oversight the program figures as accessible charts with data tables, and nothing else', async () => {
    const oversight = await caller(Role.Oversight, 'congress-staff');
    await as(oversight, '/', async (p) => {
      await p.getByRole('heading', { name: 'Program statistics', level: 1 }).waitFor();
      await p.getByRole('link', { name: 'Statistics', exact: true }).waitFor();
      for (const section of ['Engagements', 'Grants', 'Audit', 'Partners', 'Clearinghouse']) {
        expect({ section, links: await p.getByRole('link', { name: section, exact: true }).count() }).toEqual({ section, links: 0 });
      }

      const engagements = region(p, 'Engagements');
      const chart = engagements.getByRole('img', {
        name: /^Engagements by stage: Inquiry submitted \d+|^Engagements by stage: Inquiry submitted fewer than 5/,
      });
      await chart.waitFor();
      expect(await chart.getAttribute('aria-label')).toMatch(/total \d+\.$/);
      await engagements.getByText('Engagements by stage: data table').click();
      const table = engagements.getByRole('table', { name: 'Engagements by stage' });
      const total = await table
        .getByRole('row', { name: /^Total/ })
        .getByRole('cell')
        .textContent();
      expect(Number(total)).toBeGreaterThanOrEqual(5);
      await expectAccessible(p, 'oversight-statistics');

      await p.getByLabel('From (UTC date, inclusive)').fill('1999-01-01');
      await p.getByLabel('To (UTC date, exclusive)').fill('1999-02-01');
      await p.getByRole('button', { name: 'Show', exact: true }).click();
      await engagements
        .getByRole('img', { name: /total fewer than 5 \(suppressed\)\.$/ })
        .first()
        .waitFor();
      expect(await engagements.getByRole('img', { name: /^Engagements by stage/ }).getAttribute('aria-label')).not.toMatch(/ \d+[;.]/);
    });
  });
});
