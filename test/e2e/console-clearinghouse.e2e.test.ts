import { Role } from '#domain';

import { post } from '../support/api';
import { chromiumForFile, expectAccessible, region, visits } from '../support/console';
import { act, activeGrants, ARTIFACT, Cast, cast, GATEWAY, inWindow } from '../support/scenario';
import { caller } from '../support/stack';

const FIXED = `sha256:${'c0'.repeat(32)}`;

/**
 * The findings' life in the console: the developer shares a finding with the clearinghouse, which
 * validates it from its queue; a reviewer verifies a fix and closes the finding; the developer publishes
 * a remediation notice that a partner acknowledges on its grant, where it also reports a problem.
 */
describe('the console from finding to remediation', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  const record = async (id: string, title: string) =>
    (
      await post<{ id: string }>(`/v1/engagements/${id}/findings`, c.reviewer.token, {
        title,
        description: 'Steps to reproduce',
        cweIds: ['CWE-77'],
        inKev: false,
        publiclyExposed: true,
        automatable: true,
        technicalImpact: 'PARTIAL',
      })
    ).body.id;

  it('shares a finding, the clearinghouse validates it, a reviewer verifies the fix and closes it', async () => {
    const id = await inWindow(c);
    const f = await record(id, 'Tool calls escape the sandbox');
    const clearinghouse = await caller(Role.Clearinghouse, 'cisa');

    await as(c.developer, `/engagements/${id}`, async (p) => {
      const row = region(p, 'Findings').getByRole('row').filter({ hasText: 'Tool calls escape the sandbox' });
      await row.getByRole('button', { name: 'Share with clearinghouse' }).click();
      const dialog = p.getByRole('dialog', { name: 'Share "Tool calls escape the sandbox" with the clearinghouse' });
      await expectAccessible(p, 'developer-share-finding');
      await dialog.getByRole('button', { name: 'Share', exact: true }).click();
      await row.getByText('Shared with the clearinghouse').waitFor();
    });

    await as(clearinghouse, '/clearinghouse', async (p) => {
      const row = region(p, 'Shared findings').getByRole('row').filter({ hasText: 'Tool calls escape the sandbox' });
      await row.getByRole('button', { name: 'Validate' }).click();
      const dialog = p.getByRole('dialog', { name: 'Validate "Tool calls escape the sandbox"' });
      await dialog.getByLabel(/^Outcome/).selectOption('VALIDATED');
      await dialog.getByLabel(/^Note/).fill('Reproduced on our range.');
      await expectAccessible(p, 'clearinghouse-validate');
      await dialog.getByRole('button', { name: 'Record validation' }).click();
      await row.getByText('Validated by the clearinghouse', { exact: true }).waitFor();
    });

    await post(`/v1/engagements/${id}/findings/${f}/response`, c.developer.token, { status: 'FIXED', note: 'Sandboxed in rc2' });
    await as(c.reviewer, `/engagements/${id}`, async (p) => {
      const row = region(p, 'Findings').getByRole('row').filter({ hasText: 'Tool calls escape the sandbox' });
      await row.getByRole('button', { name: 'Verify fix' }).click();
      const dialog = p.getByRole('dialog', { name: 'Verify the fix of "Tool calls escape the sandbox"' });
      await dialog.getByLabel(/^Verdict/).selectOption('VERIFIED_FIXED');
      await expectAccessible(p, 'reviewer-verify-fix');
      await dialog.getByRole('button', { name: 'Record verdict' }).click();
      await row.getByText('Fix verified', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'Close' }).click();
      await p.getByRole('dialog', { name: 'Close "Tool calls escape the sandbox"' }).getByRole('button', { name: 'Close finding' }).click();
      await row.getByText('Closed', { exact: true }).waitFor();
      await row.getByText(/^History/).click();
      await row.getByText(/Fixed, to verify → Fix verified/).waitFor();
    });
  });

  it('publishes a remediation notice that a partner acknowledges on its grant, where it reports a problem the developer then sees', async () => {
    const { id, partners, grants } = await activeGrants(c, 1);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { accessEndpoint: GATEWAY, artifactDigest: ARTIFACT });
    await record(id, 'Model leaks its system prompt');

    await as(c.developer, `/engagements/${id}`, async (p) => {
      const section = region(p, 'Remediation notices');
      await section.getByLabel(/^Fixed version/).fill('7.0.1');
      await section.getByLabel(/^Artifact digest/).fill(FIXED);
      await section.getByLabel(/^Instruction to partners/).fill('Update to 7.0.1 today.');
      await section.locator('label', { hasText: 'Model leaks its system prompt (14D)' }).click();
      await expectAccessible(p, 'developer-remediation-notice');
      await section.getByRole('button', { name: 'Publish notice' }).click();
      await section.getByText('0 of 1 partners').waitFor();
    });

    await as(partners[0]!, `/grants/${grants[0]}`, async (p) => {
      const updates = region(p, 'Updates to take');
      await updates.getByText('Update to 7.0.1 today.').waitFor();
      await expect(updates.textContent()).resolves.not.toContain('system prompt');
      await updates.getByRole('button', { name: 'Acknowledge 7.0.1' }).click();
      await updates.getByRole('button', { name: 'Acknowledge 7.0.1' }).waitFor({ state: 'detached' });
      const reports = region(p, 'Problems you reported');
      await reports.getByLabel(/^Title/).fill('Answers in our portal cite a wrong dosage');
      await reports.getByLabel(/^What you found/).fill('Asked about insulin, it doubled the dose.');
      await reports.getByLabel(/^Severity/).selectOption('HIGH');
      await expectAccessible(p, 'partner-remediation-and-report');
      await reports.getByRole('button', { name: 'Send report' }).click();
      await reports.getByText('Answers in our portal cite a wrong dosage').waitFor();
    });

    await as(c.developer, `/engagements/${id}`, async (p) => {
      await region(p, 'Remediation notices').getByText('1 of 1 partners').waitFor();
      const reports = region(p, 'Partner reports');
      const row = reports.getByRole('row').filter({ hasText: 'Answers in our portal cite a wrong dosage' });
      await row.getByRole('button', { name: 'Share "Answers in our portal cite a wrong dosage" with clearinghouse' }).click();
      await row.getByText('Shared', { exact: true }).waitFor();
    });
  });
});
