import { get } from '../support/api';
import { chromiumForFile, expectAccessible, region, visits } from '../support/console';
import { Cast, cast, introspect, inWindow } from '../support/scenario';

/**
 * During the window: the reviewer gets a gateway token and records a finding, watching the BOD 26-04
 * tier and due date follow the four inputs before saving; the developer answers it; an auditor reads
 * the engagement's trail and the whole chain's verification.
 */
describe('the console during the window, and for auditors', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a finding with its tier previewed, a reviewer token, a response, the trail and the chain badge', async () => {
    const id = await inWindow(c);
    let token = '';
    await as(c.reviewer, `/engagements/${id}`, async (p) => {
      await p.getByRole('button', { name: 'Get gateway token' }).click();
      token = await p.getByLabel(/^Gateway token/).inputValue();

      const findings = region(p, 'Findings');
      const preview = findings.getByTestId('tier-preview');
      await findings.getByLabel(/^Title/).fill('Prompt injection reaches the tool runner');
      await findings.getByLabel(/^Description/).fill('A crafted document makes the model run shell commands.');
      await findings.getByLabel(/^CWE ids/).fill('CWE-77');
      // Nothing ticked, partial impact: fix on upgrade.
      await expect(preview.textContent()).resolves.toContain('BOD 26-04 tier: FSU');
      for (const box of ['In the Known Exploited Vulnerabilities catalog', 'The affected asset is publicly exposed', 'Exploitation can be automated']) {
        await findings.locator('label', { hasText: box }).click();
      }
      await expect(preview.textContent()).resolves.toContain('BOD 26-04 tier: 3D (3 days)');
      await findings.getByLabel(/^Technical impact/).selectOption('TOTAL');
      await expect(preview.textContent()).resolves.toContain('BOD 26-04 tier: 3DF');
      await expect(preview.textContent()).resolves.toContain('Remediation due 3 days after it is recorded');
      await expectAccessible(p, 'reviewer-finding-preview');
      await findings.getByRole('button', { name: 'Record finding' }).click();
      await findings.getByRole('row').filter({ hasText: 'Prompt injection reaches the tool runner' }).getByText('3 days, with forensic triage').waitFor();
    });
    expect((await introspect(token, c.developer)).body).toEqual(expect.objectContaining({ active: true }));

    await as(c.developer, `/engagements/${id}`, async (p) => {
      const row = region(p, 'Findings').getByRole('row').filter({ hasText: 'Prompt injection reaches the tool runner' });
      // The remediation due date, relative.
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(/^in \d+ (days?|hours?)$/);
      await row.getByRole('button', { name: 'Respond' }).click();
      const dialog = p.getByRole('dialog', { name: 'Respond to "Prompt injection reaches the tool runner"' });
      await dialog.getByLabel(/^Response/).selectOption('ACKNOWLEDGED');
      await dialog.getByLabel(/^Note/).fill('Patched in the next build.');
      await expectAccessible(p, 'developer-finding-response');
      await dialog.getByRole('button', { name: 'Send response' }).click();
      await row.getByText('Acknowledged: Patched in the next build.').waitFor();
    });

    const verified = (await get<{ ok: boolean; firstBrokenEventId?: string }>('/v1/audit/verify', c.auditor.token)).body;
    await as(c.auditor, `/engagements/${id}`, async (p) => {
      const trail = region(p, 'Audit trail');
      await trail.getByText('engagement.finding_recorded', { exact: true }).waitFor();
      await expectAccessible(p, 'auditor-trail');
      await p.getByRole('link', { name: 'Audit' }).click();
      const badge = p.getByTestId('chain-badge');
      await badge.waitFor();
      await expect(badge.textContent()).resolves.toBe(verified.ok ? 'Chain verified' : 'Chain broken');
      if (!verified.ok && verified.firstBrokenEventId) {
        await p.getByRole('alert').getByText(verified.firstBrokenEventId, { exact: false }).waitFor();
      }
      await expectAccessible(p, 'auditor-chain');
    });
  });
});
