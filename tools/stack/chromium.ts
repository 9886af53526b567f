import { execFileSync } from 'node:child_process';

import { type Browser, chromium, type Page } from '@playwright/test';

/**
 * Headless Debian Chromium (scripts/install-chromium.sh), as this machine allows it: no sandbox (root), and
 * no calls home (the network is closed). Playwright drives it and downloads no browser of its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Signs in on the local provider's own page with its free-form form (user id, organization, roles), at
 * phishing-resistant strength so no role needs a step-up. The browser is on that page, sent by the console.
 */
export async function signInOnProviderPage(page: Page, who: { readonly sub: string; readonly org: string; readonly roles: readonly string[] }): Promise<void> {
  await page.getByLabel('User id (sub)').fill(who.sub);
  await page.getByLabel('Organization').fill(who.org);
  await page.getByLabel('Roles').selectOption([...who.roles]);
  await page.getByLabel('Name').fill(who.sub);
  await page.getByLabel('Phishing-resistant MFA (simulated)').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
