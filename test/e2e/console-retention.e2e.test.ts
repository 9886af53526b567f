import { chromiumForFile, expectAccessible, visits } from '../support/console';
import { act, Cast, cast, submitted } from '../support/scenario';
import { asOwner } from '../support/stack';

/**
 * Retention in the console: every reader sees how long the confidential content is kept; the developer of a
 * withdrawn engagement sees from when it may have it disposed of, then does so, confirmed first.
 */
describe('retention in the console', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('the developer of a withdrawn engagement disposes of its content once the hold has passed, and everyone sees it gone', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/withdraw`, c.developer, { reason: 'We are not releasing this model' });
    await as(c.developer, `/engagements/${id}`, async (p) => {
      await p.getByRole('heading', { name: 'Retention', level: 2 }).waitFor();
      await p.getByText(/As you withdrew, you may have it disposed of earlier, from/).waitFor();
      expect(await p.getByRole('button', { name: 'Dispose of the content now' }).count()).toBe(0);
    });

    // As though the withdrawal were longer ago than the hold (DISPOSAL_AFTER_WITHDRAWAL, 10 minutes in the test stack).
    await asOwner((db) => db.query(`UPDATE engagements SET withdrawn_at = withdrawn_at - interval '11 minutes' WHERE id = $1`, [id]));
    await as(c.developer, `/engagements/${id}`, async (p) => {
      await p.getByRole('button', { name: 'Dispose of the content now' }).waitFor();
      await expectAccessible(p, 'developer-retention');
      await p.getByRole('button', { name: 'Dispose of the content now' }).click();
      await p.getByRole('dialog', { name: 'Dispose of the confidential content now?' }).getByRole('button', { name: 'Yes, dispose of it' }).click();
      await p.getByRole('heading', { name: 'Confidential content disposed of', level: 3 }).waitFor();
      await p.getByText('[disposed]', { exact: true }).first().waitFor();
      expect(await p.getByRole('button', { name: 'Dispose of the content now' }).count()).toBe(0);
    });
    await as(c.admin, `/engagements/${id}`, async (p) => {
      await p.getByRole('heading', { name: 'Confidential content disposed of', level: 3 }).waitFor();
      await p.getByText(/because the developer asked, after withdrawing/).waitFor();
    });
  });
});
