import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';

import { launchChromium, signInOnProviderPage } from '../../tools/stack/chromium';
import { OUTPUT } from './paths';
import { Caller, stack } from './stack';

/** One Chromium for a test file: launched before its tests, closed after them. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}

/** The region of a page (a section named by its heading) with this heading. */
export function region(page: Page, heading: string) {
  return page.getByRole('region', { name: heading, exact: true });
}

/** Checks the page as it stands with axe-core (no serious or critical finding) and keeps a screenshot of it. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** Signs out from the console, and at the provider too; the provider's sign-in page is where it ends. */
export async function signOut(page: Page): Promise<void> {
  const confirm = page.getByRole('button', { name: 'Yes, sign out here too' });
  // A click that lands while the page is still finishing a navigation (a sign-in's redirect back, on a
  // loaded machine) can be lost with the page it was on: the console is back, so it is clicked again.
  for (let tries = 0; ; tries += 1) {
    await page.waitForLoadState();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const shown = await confirm.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (shown || tries >= 2) break;
  }
  await confirm.click();
  await page.getByRole('heading', { name: 'Sign in to Frontier Access' }).waitFor();
}

/**
 * A person's visit for a walk: a tab signed in as `who` at `pathname` on the provider's own page, the
 * step done in it, signed out again, and no error the page logged (a CSP refusal among them) meanwhile.
 */
export function visits(chromium: () => Browser) {
  return async (who: Caller, pathname: string, step: (page: Page) => Promise<void>): Promise<void> => {
    const tab = await signedIn(chromium(), who, pathname);
    await step(tab.page);
    await signOut(tab.page);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  };
}

export const SCREENSHOTS = path.join(OUTPUT, 'console');

/** A browser tab on the console, recording what the page's console said and any request the CSP refused. */
export interface ConsoleTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Errors the page logged (CSP refusals among them), other than the 4xx answers the API gave on purpose. */
  readonly errors: string[];
}

/** A new tab, in the time zone of a person in Chicago, so the console's local times are really local. */
export async function newTab(browser: Browser): Promise<ConsoleTab> {
  const context = await browser.newContext({ baseURL: stack().apiUrl, timezoneId: 'America/Chicago', locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/the server responded with a status of 4\d\d/.test(message.text())) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A navigation that replaced the page cancels what the old page was still loading; that is no error.
    if (failure !== 'net::ERR_ABORTED') errors.push(`${request.url()}: ${failure}`);
  });
  return { context, page, errors };
}

/** Opens `pathname` as `who`: the console sends the anonymous browser to sign in and back. */
export async function signedIn(browser: Browser, who: Caller, pathname = '/'): Promise<ConsoleTab> {
  const tab = await newTab(browser);
  await tab.page.goto(pathname);
  await signInOnProviderPage(tab.page, who);
  await tab.page.waitForURL((url) => url.origin === stack().apiUrl && url.pathname === pathname);
  await tab.page.getByRole('button', { name: 'Sign out' }).waitFor();
  return tab;
}

/** axe-core's serious and critical findings on the page as it stands (WCAG 2.1 A and AA rules). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** One screenshot per screen, under .test-output/console/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The focused element's name as a person hears it: its aria-label, its label's text, or its own text. */
const FOCUSED_NAME = `(() => {
  const element = document.activeElement;
  if (!element) return '';
  const label = element.id ? document.querySelector('label[for="' + element.id + '"]') : null;
  return (element.getAttribute('aria-label') ?? label?.textContent ?? element.textContent ?? '').trim();
})()`;

/** Presses Tab until the focused element is the one named, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string>(FOCUSED_NAME);
    if (focused === name || focused.startsWith(`${name} `) || focused.startsWith(`${name}*`)) {
      return;
    }
  }
  throw new Error(`"${name}" was not reached with ${limit} presses of Tab`);
}
