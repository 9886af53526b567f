import { isJson } from './api';
import { Browser, Page } from './browser';
import { Caller, stack } from './stack';

/** A signed-in browser and the CSRF token its session's changes carry. */
export interface BrowserSession {
  readonly browser: Browser;
  readonly csrfToken: string;
}

/** Presses a demo person's button ("Sign in as …"), or posts the free-form sign-in form, on the local provider's page. */
export async function choose(browser: Browser, page: Page, choice: string | Record<string, string | string[]>): Promise<Page> {
  const forms = Browser.forms(page);
  if (typeof choice === 'string') {
    const form = forms.find((f) => f.buttons.some((b) => b.label === `Sign in as ${choice}`));
    const button = form?.buttons.find((b) => b.label === `Sign in as ${choice}`);
    if (!form || !button) throw new Error(`no button for ${choice}: ${page.status} ${page.body.slice(0, 300)}`);
    return browser.open(form.action, { [button.name]: button.value });
  }
  const form = forms.find((f) => f.action.endsWith('/login') && f.buttons.some((b) => b.label === 'Sign in'));
  if (!form) throw new Error(`no sign-in form: ${page.status} ${page.body.slice(0, 300)}`);
  return browser.open(form.action, choice);
}

/** Signs a fresh browser in through the API's /auth/login as the person chosen, landing on `returnTo`. */
export async function signIn(choice: string | Record<string, string | string[]>, returnTo = '/v1/me'): Promise<{ browser: Browser; landed: Page }> {
  const browser = new Browser();
  const page = await browser.open(`${stack().apiUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  return { browser, landed: await choose(browser, page, choice) };
}

/** The same person as a test caller's token names, signed in with a browser instead (phishing-resistant, so no role needs more). */
export async function sessionOf(who: Caller): Promise<BrowserSession> {
  const { browser, landed } = await signIn({ sub: who.sub, org: who.org, roles: [...who.roles], strength: 'phishing-resistant' });
  if (landed.status !== 200) {
    throw new Error(`${who.sub} could not sign in: ${landed.status} ${landed.body.slice(0, 300)}`);
  }
  const me = JSON.parse(landed.body) as { session?: { csrfToken: string } };
  return { browser, csrfToken: me.session?.csrfToken ?? '' };
}

/** A request as the page's script would send it with the session: cookie, Origin and X-CSRF-Token. */
export async function asSession<T = Record<string, unknown>>(
  session: BrowserSession,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { origin: stack().apiUrl, 'x-csrf-token': session.csrfToken };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await session.browser.fetch(`${stack().apiUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return {
    status: response.status,
    body: (text && isJson(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text) as T,
  };
}
