/**
 * An HTTP client that behaves as a browser does for sign-in: it keeps cookies per origin and follows
 * redirects, and stops where a test wants to look (a URL it is told to stop at is returned, not fetched).
 */
export interface Page {
  readonly url: string;
  readonly status: number;
  readonly body: string;
  /** Set when the walk stopped at a redirect to a URL under `stopAt`. */
  readonly stoppedAt?: string;
}

export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();
  /** Every Set-Cookie line the browser has been sent, in order. */
  readonly setCookies: string[] = [];

  constructor(private readonly stopAt: readonly string[] = []) {}

  /** Opens a URL (GET, or POST with a form) and follows redirects until a page, or a URL under `stopAt`. */
  async open(url: string, form?: Record<string, string | readonly string[]>): Promise<Page> {
    let next = url;
    let method = form ? 'POST' : 'GET';
    let body: string | undefined = form ? encodeForm(form) : undefined;
    for (let hops = 0; hops < 20; hops++) {
      const headers: Record<string, string> = {};
      const cookie = this.cookieHeader(next);
      if (cookie) headers['cookie'] = cookie;
      if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await fetch(next, { method, headers, body, redirect: 'manual' });
      this.keep(next, response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const target = new URL(location, next).toString();
        if (this.stopAt.some((prefix) => target.startsWith(prefix))) {
          await response.arrayBuffer();
          return { url: next, status: response.status, body: '', stoppedAt: target };
        }
        next = target;
        method = 'GET';
        body = undefined;
        await response.arrayBuffer();
        continue;
      }
      return { url: next, status: response.status, body: await response.text() };
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  /** The form actions on a page, each with the buttons it holds (name=value), in order. */
  static forms(page: Page): { action: string; buttons: { name: string; value: string; label: string }[] }[] {
    return [...page.body.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)].map(([, action, inner]) => ({
      action: new URL(unescape(action ?? ''), page.url).toString(),
      buttons: [...(inner ?? '').matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].map(([, attributes, label]) => ({
        name: unescape(/\bname="([^"]*)"/.exec(attributes ?? '')?.[1] ?? ''),
        value: unescape(/\bvalue="([^"]*)"/.exec(attributes ?? '')?.[1] ?? ''),
        label: unescape(label ?? '').trim(),
      })),
    }));
  }

  /** One request, as a page's script would send it: the browser's cookies go along, redirects are not followed. */
  async fetch(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    const cookie = this.cookieHeader(url);
    if (cookie) headers['cookie'] = cookie;
    const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body, redirect: 'manual' });
    this.keep(url, response);
    return response;
  }

  /** The value of a cookie the browser holds for an origin. */
  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).origin)?.get(name);
  }

  /** Puts a cookie in the jar by hand (a value taken from elsewhere, as an attacker would). */
  plant(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    cookies.set(name, value);
    this.jar.set(origin, cookies);
  }

  private keep(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const cookies = this.jar.get(origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(origin, cookies);
  }

  private cookieHeader(url: string): string {
    const cookies = this.jar.get(new URL(url).origin);
    return cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }
}

function encodeForm(form: Record<string, string | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) {
    for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
  }
  return params.toString();
}

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '');
}
