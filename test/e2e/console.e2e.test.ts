import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

import { Role } from '#domain';

import { signInOnProviderPage } from '../../tools/stack/chromium';
import { request } from '../support/api';
import { accessibilityViolations, chromiumForFile, screenshot, signedIn, tabTo } from '../support/console';
import { ROOT } from '../support/paths';
import { Cast, cast, detail, STAGES, submitted } from '../support/scenario';
import { signIn } from '../support/sessions';
import { caller, stack } from '../support/stack';

const ASSETS = path.join(ROOT, 'dist', 'console', 'assets');

/** What the API answers a browser asking for a page, without following redirects. */
async function page(pathname: string, cookie?: string): Promise<Response> {
  return fetch(`${stack().apiUrl}${pathname}`, { redirect: 'manual', headers: { accept: 'text/html,application/xhtml+xml', ...(cookie ? { cookie } : {}) } });
}

/** The console's index.html, as a signed-in browser gets it. */
async function signedInIndex(): Promise<string> {
  const developer = await caller(Role.Developer, 'acme-ai');
  const { browser } = await signIn({ sub: developer.sub, org: developer.org, roles: [...developer.roles], strength: 'phishing-resistant' });
  const answer = await browser.fetch(`${stack().apiUrl}/`, { headers: { accept: 'text/html' } });
  expect(answer.status).toBe(200);
  return answer.text();
}

describe('the web console, served by the API at /', () => {
  it('an anonymous visit goes straight to sign-in, and comes back to the page it asked for', async () => {
    for (const pathname of ['/', '/engagements/6c1b0a36-5a8e-4a6f-9b8e-0d6c1f7d2e11?tab=timeline']) {
      const answer = await page(pathname);
      expect(answer.status).toBe(302);
      expect(answer.headers.get('location')).toBe(`/auth/login?returnTo=${encodeURIComponent(pathname)}`);
      // ... and /auth/login goes on to the provider's own sign-in page.
      const login = await fetch(`${stack().apiUrl}${answer.headers.get('location')}`, { redirect: 'manual' });
      expect(login.status).toBe(302);
      expect(login.headers.get('location')).toMatch(new RegExp(`^${stack().issuer}/`));
    }
  });

  it('pages carry a strict CSP and are never cached; assets have hashed names and are kept for a year', async () => {
    const answer = await page('/');
    const csp = answer.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const files = readdirSync(ASSETS).filter((file) => /\.(js|css)$/.test(file));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(file).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      const asset = await fetch(`${stack().apiUrl}/assets/${file}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-security-policy')).toBe(csp);
    }
    expect((await fetch(`${stack().apiUrl}/assets/missing-00000000.js`)).status).toBe(404);
  });

  it("the first page's JS and CSS stay under 250 KB gzipped, and are React's production build", async () => {
    const index = await signedInIndex();
    const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    let gzipped = 0;
    for (const asset of assets) {
      const body = Buffer.from(await (await fetch(`${stack().apiUrl}${asset}`)).arrayBuffer());
      gzipped += gzipSync(body, { level: 9 }).length;
      // Only React's development build names this frame.
      expect(body.toString('utf8')).not.toContain('react-stack-top-frame');
    }
    expect(gzipped).toBeLessThan(250 * 1024);
  });

  it('an unknown path under /v1/ is still a problem+json 404, even for a browser asking for HTML', async () => {
    for (const pathname of ['/v1/nothing-here', '/v1/engagements/not-a-route/at-all']) {
      const answer = await page(pathname);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    // A client that does not ask for HTML gets the API's 404 anywhere, not the console.
    const api = await fetch(`${stack().apiUrl}/engagements/anything`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('the web console in Chromium', () => {
  const chromium = chromiumForFile();
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a developer signs in at a deep link, files an inquiry by keyboard alone, follows it, withdraws it, and signs out', async () => {
    const developer = await caller(Role.Developer, c.developer.org);
    const earlier = await submitted(c, { modelName: 'Borealis', modelVersion: '2.1' });
    const tab = await signedIn(chromium(), developer, `/engagements/${earlier}`);
    const { page } = tab;

    // The deep link opened the engagement, marked as CUI, with its timeline in the viewer's words.
    await page.getByRole('heading', { level: 1, name: 'Borealis 2.1' }).waitFor();
    await expect(page.getByRole('note', { name: 'Controlled Unclassified Information marking' }).textContent()).resolves.toContain('CUI//PROPIN');
    await expect(page.getByRole('heading', { name: 'Timeline' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Inquiry submitted').first().isVisible()).resolves.toBe(true);
    expect(await page.getByText('An official website of the United States government').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'developer-engagement');

    // The list: the engagement, its stage in words, and a relative due date with UTC on hover.
    await page.getByRole('link', { name: 'Engagements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Engagements' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Borealis 2.1' });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Inquiry submitted');
    await expect(row.locator('time').first().textContent()).resolves.toMatch(/^in \d+ days?$/);
    await expect(row.locator('time').first().getAttribute('title')).resolves.toMatch(/UTC\)$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'developer-engagements');

    // A new inquiry, by keyboard alone: the skip link first, then Tab to each control.
    await tabTo(page, 'Skip to main content');
    await tabTo(page, 'New inquiry');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'New inquiry' }).waitFor();
    // The route change is said to screen readers, and focus moves to the page, so the next Tab starts there.
    const announcer = page.locator('p.usa-sr-only[aria-live="polite"]');
    await announcer.filter({ hasText: 'New inquiry' }).waitFor({ state: 'attached' });
    await expect(announcer.textContent()).resolves.toBe('New inquiry · Frontier model pre-release access');
    await expect(page.evaluate<string>("document.activeElement?.id ?? ''")).resolves.toBe('main-content');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'developer-new-inquiry');
    const fill = async (label: string, text: string) => {
      await tabTo(page, label);
      await page.keyboard.type(text);
    };
    await fill('Model name', 'Cirrus');
    await fill('Model version', '1.0');
    await fill('Capability summary', 'Finds memory-safety bugs in firmware.');
    // A mistake the API catches: its message appears beside the field.
    await fill('Security contact email', 'not-an-email');
    await tabTo(page, 'Submit inquiry');
    await page.keyboard.press('Enter');
    // Beside the field, and named by it (aria-describedby), so a screen reader says it with the field.
    const emailError = page.locator('.usa-form-group', { has: page.getByLabel(/Security contact email/) }).locator('.usa-error-message');
    await emailError.waitFor();
    await expect(emailError.textContent()).resolves.toMatch(/email/i);
    const errorId = await emailError.getAttribute('id');
    await expect(page.getByLabel(/Security contact email/).getAttribute('aria-describedby')).resolves.toContain(errorId);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'developer-new-inquiry-error');
    await page.getByLabel(/Security contact email/).fill('');
    await fill('Security contact email', 'security@cirrus.example');
    await tabTo(page, 'Submit inquiry');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cirrus 1.0' }).waitFor();
    const created = new URL(page.url()).pathname.split('/').pop()!;
    expect((await detail(created, developer)).body).toEqual(
      expect.objectContaining({ modelName: 'Cirrus', stage: STAGES.InquirySubmitted, contactEmail: 'security@cirrus.example' }),
    );

    // Withdrawing is irreversible: a dialog says what happens, and Cancel sends nothing.
    await page.getByRole('button', { name: 'Withdraw' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw from the voluntary process?' });
    await expect(dialog.textContent()).resolves.toContain('Every reviewer and partner token stops working now.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'developer-confirm-withdraw');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await detail(created, developer)).body.stage).toBe(STAGES.InquirySubmitted);
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await dialog.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByText('Withdrawn', { exact: true }).first().waitFor();
    expect((await detail(created, developer)).body.stage).toBe(STAGES.Withdrawn);

    // Signing out ends the session here, then (if the person says so) at the provider; the next visit signs in again.
    const signedOut = page.getByRole('heading', { name: 'You have signed out of Frontier Access' });
    // A click that lands while the page is still finishing a navigation can be lost with it: clicked again (as signOut() does).
    for (let tries = 0; tries < 3 && !(await signedOut.isVisible()); tries += 1) {
      await page.waitForLoadState();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await signedOut.waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    await signedOut.waitFor();
    await screenshot(page, 'signed-out');
    await page.getByRole('button', { name: 'Yes, sign out here too' }).click();
    await page.getByRole('heading', { name: 'Sign in to Frontier Access' }).waitFor();
    const cookies = await tab.context.cookies(stack().apiUrl);
    const again = await request('GET', '/v1/me', undefined, { headers: { cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') } });
    expect(again.status).toBe(401);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });

  it('an unknown page says so, and a person whose organization is not registered is told how to be onboarded', async () => {
    const developer = await caller(Role.Developer, c.developer.org);
    const tab = await signedIn(chromium(), developer, '/no-such-page');
    await tab.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await accessibilityViolations(tab.page)).toEqual([]);
    await screenshot(tab.page, 'not-found');
    await tab.context.close();

    const stranger = await caller(Role.Developer, `unregistered-${c.developer.org}`, undefined, false);
    const onboarding = await signedIn(chromium(), stranger, '/');
    await onboarding.page.getByRole('heading', { level: 1, name: 'Your organization is not registered yet' }).waitFor();
    await expect(onboarding.page.getByRole('main').textContent()).resolves.toContain('ask the program office to register it');
    expect(await accessibilityViolations(onboarding.page)).toEqual([]);
    await screenshot(onboarding.page, 'onboarding');
    expect([...tab.errors, ...onboarding.errors]).toEqual([]);
    await onboarding.context.close();
  });

  it('a person whose session ends mid-visit signs in again and returns to the same page', async () => {
    const developer = await caller(Role.Developer, c.developer.org);
    const id = await submitted(c, { modelName: 'Stratus', modelVersion: '3' });
    const tab = await signedIn(chromium(), developer, '/');
    await tab.context.clearCookies();
    await tab.page.goto(`/engagements/${id}`);
    await signInOnProviderPage(tab.page, developer);
    await tab.page.getByRole('heading', { level: 1, name: 'Stratus 3' }).waitFor();
    expect(new URL(tab.page.url()).pathname).toBe(`/engagements/${id}`);
    await tab.context.close();
  });

  it('the console shows nothing the API would not: another organization\'s engagement is "not found"', async () => {
    const theirs = await submitted(c, { modelName: 'Private' });
    const tab = await signedIn(chromium(), c.otherDeveloper, `/engagements/${theirs}`);
    await tab.page.getByRole('alert').waitFor();
    await expect(tab.page.getByRole('alert').textContent()).resolves.toMatch(/not found/i);
    expect(await tab.page.getByText('Private').count()).toBe(0);
    await tab.context.close();
  });
});
