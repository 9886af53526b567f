import { Role } from '#domain';

import { get } from '../support/api';
import { chromiumForFile, expectAccessible, region, signedIn, visits } from '../support/console';
import { act, ARTIFACT, Cast, cast, detail, DIGEST, GATEWAY, STAGES, submitted } from '../support/scenario';
import { caller } from '../support/stack';

/** How many times `sub` read the engagement's confidential content, as its audit trail says. */
async function contentReads(id: string, sub: string): Promise<number> {
  const auditor = await caller(Role.Auditor, 'oig');
  const trail = await get<{ items: { action: string; actor: { sub: string } }[] }>(`/v1/engagements/${id}/audit?limit=100`, auditor.token);
  return trail.body.items.filter((event) => event.action === 'engagement.viewed' && event.actor.sub === sub).length;
}

/**
 * From inquiry to an open pre-release window, each person in their own browser, signed in through the
 * provider's page: the program administrator assigns a reviewer from the directory, the reviewer attests,
 * records a benchmark reference and recommends, a designation authority attests and decides (a reviewer
 * who is also an authority is told plainly they may not), and the developer opens the window.
 */
describe('the console walk: designation and the pre-release window', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('each role does its part in the browser, and the API records it', async () => {
    const id = await submitted(c, { modelName: 'Nimbus', modelVersion: '4.2' });
    const page = `/engagements/${id}`;
    const reviewer = await caller(Role.Reviewer, 'nsa', `rev-console-${id.slice(0, 8)}`);
    const reviewerAuthority = await caller([Role.Reviewer, Role.DesignationAuthority], 'nsa');

    await as(c.admin, page, async (p) => {
      const assign = region(p, 'Reviewers to assign');
      // Found by name among everyone in the directory; USWDS draws its own boxes, so a person ticks the label.
      // What was ticked stays ticked while the search changes.
      await assign.getByLabel('Search the directory').fill(reviewer.sub);
      await assign.locator('label', { hasText: `${reviewer.sub} (nsa)` }).click();
      await assign.getByLabel('Search the directory').fill(reviewerAuthority.sub);
      await assign.locator('label', { hasText: `${reviewerAuthority.sub} (nsa)` }).click();
      await expectAccessible(p, 'admin-assign-reviewers');
      await assign.getByRole('button', { name: 'Assign reviewers' }).click();
      await p.getByRole('heading', { name: 'Reviewers', exact: true }).waitFor();
      await p.getByText(`${reviewer.sub} (not yet attested)`).waitFor();
    });
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.UnderReview);

    await as(reviewer, page, async (p) => {
      // Nothing to review before attesting; the API's refusal of an unticked box appears beside it.
      await p.getByRole('button', { name: 'Attest' }).click();
      await p.locator('.usa-error-message').first().waitFor();
      await expectAccessible(p, 'reviewer-attest-refused');
      await p.locator('label', { hasText: 'I have no conflict of interest with this developer' }).click();
      await p.getByRole('button', { name: 'Attest' }).click();
      await p.getByRole('heading', { name: 'Your review' }).waitFor();
      await p.getByLabel(/Control number/).fill('NSA-BM-2026-0042');
      await p.getByLabel(/Result digest/).fill(DIGEST);
      await p.getByLabel(/Unclassified summary/).fill('Exceeds the cyber-offense threshold on two suites.');
      await p.getByRole('button', { name: 'Record benchmark reference' }).click();
      await p.getByText('NSA-BM-2026-0042').waitFor();
      await p.getByLabel(/Recommended outcome/).selectOption('COVERED');
      await p.getByLabel(/Unclassified rationale/).fill('Meets the covered-model criteria.');
      await expectAccessible(p, 'reviewer-recommendation');
      await p.getByRole('button', { name: 'Submit recommendation' }).click();
      await p.getByText('Recommended', { exact: true }).first().waitFor();
    });
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Recommended);

    await as(reviewerAuthority, page, async (p) => {
      const status = p.getByRole('status').filter({ hasText: 'You cannot decide this one' });
      await status.waitFor();
      await expect(status.textContent()).resolves.toContain('two-person rule');
      expect(await p.getByRole('button', { name: 'Submit determination' }).count()).toBe(0);
      await expectAccessible(p, 'authority-two-person-rule');
    });

    await as(c.authority, '/', async (p) => {
      // The authority's list puts what waits for a decision first.
      await region(p, 'Waiting for a decision').getByRole('link', { name: 'Nimbus 4.2' }).click();
      await p.locator('label', { hasText: 'I have no conflict of interest with this developer' }).click();
      await p.getByRole('button', { name: 'Attest' }).click();
      await p.getByRole('combobox', { name: /^Determination outcome/ }).selectOption('COVERED');
      await p.getByLabel(/Unclassified rationale/).fill('Covered: the benchmark results meet the threshold.');
      await p.getByRole('button', { name: 'Submit determination' }).click();
      const dialog = p.getByRole('dialog', { name: 'Make the determination?' });
      await expect(dialog.textContent()).resolves.toContain('the developer is told at once');
      await expectAccessible(p, 'authority-confirm-determination');
      await dialog.getByRole('button', { name: 'Yes, determine' }).click();
      await p.getByText('Designated', { exact: true }).first().waitFor();
    });
    expect((await detail(id, c.developer)).body.stage).toBe(STAGES.Designated);

    await as(c.developer, page, async (p) => {
      await p.getByLabel(/^Gateway endpoint/).fill(GATEWAY);
      await p.getByLabel(/^Artifact digest/).fill(ARTIFACT);
      await p.getByLabel(/^Window days/).fill('14');
      await expectAccessible(p, 'developer-open-window');
      await p.getByRole('button', { name: 'Open pre-release window' }).click();
      await p.getByRole('button', { name: 'End window early' }).waitFor();
      await expectAccessible(p, 'developer-window-open');
    });
    const opened = (await detail(id, c.developer)).body;
    expect(opened.stage).toBe(STAGES.PreReleaseAccess);
    expect(opened.window).toEqual(expect.objectContaining({ accessEndpoint: GATEWAY, artifactDigest: ARTIFACT }));
    expect(Date.parse(opened.window!.closesAt) - Date.parse(opened.window!.openedAt)).toBe(14 * 24 * 60 * 60 * 1000);
  });

  it('an open page follows the workflow within 5 seconds without a reload, and reads its content (audited) only when it changed', async () => {
    const id = await submitted(c, { modelName: 'Cumulus', modelVersion: '1' });
    const tab = await signedIn(chromium(), c.developer, `/engagements/${id}`);
    await tab.page.getByRole('heading', { level: 1, name: 'Cumulus 1' }).waitFor();
    const viewed = await contentReads(id, c.developer.sub);
    // Idle: the page keeps asking the metadata feed, which is not audited, and reads nothing.
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    expect(await contentReads(id, c.developer.sub)).toBe(viewed);

    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await tab.page.getByText('Under review', { exact: true }).first().waitFor({ timeout: 5_000 });
    expect(await contentReads(id, c.developer.sub)).toBe(viewed + 1);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });
});
