import { createHash, randomBytes } from 'node:crypto';

/**
 * The browser's cookies: an opaque session id, and one for a sign-in under way. Over https they are
 * Secure and `__Host-` prefixed (so no subdomain can set them); on loopback http, where browsers refuse
 * both, they have plain names. Always HttpOnly, SameSite=Lax, Path=/.
 */
export interface SessionCookies {
  readonly session: string;
  readonly signIn: string;
  readonly secure: boolean;
}

export function sessionCookies(publicBaseUrl: string): SessionCookies {
  const secure = publicBaseUrl.startsWith('https://');
  return secure
    ? { session: '__Host-frontier-session', signIn: '__Host-frontier-sign-in', secure }
    : { session: 'frontier-session', signIn: 'frontier-sign-in', secure };
}

/** A fresh opaque value for a cookie (256 bits). */
export function newCookieValue(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a cookie's value: its SHA-256, so a copy of the table signs nobody in. */
export function cookieHash(value: string): string {
  return createHash('sha256').update(`frontier-cookie:${value}`).digest('base64url');
}

/** The session's CSRF token: derived from its cookie (so it is as secret, and rotates with it), never stored. */
export function csrfTokenOf(value: string): string {
  return createHash('sha256').update(`frontier-csrf:${value}`).digest('base64url');
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function setCookie(cookies: SessionCookies, name: string, value: string, maxAgeSeconds: number): string {
  return [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    ...(cookies.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearCookie(cookies: SessionCookies, name: string): string {
  return setCookie(cookies, name, '', 0);
}
