import { cookieHash, csrfTokenOf, readCookie, sessionCookies, setCookie } from './session-cookies';

describe('session cookies', () => {
  it('over https are __Host- prefixed and Secure, on loopback http plain', () => {
    const secure = sessionCookies('https://access.example.gov');
    expect(secure).toEqual({ session: '__Host-frontier-session', signIn: '__Host-frontier-sign-in', secure: true });
    expect(setCookie(secure, secure.session, 'v'.repeat(43), 60)).toBe(
      `__Host-frontier-session=${'v'.repeat(43)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure`,
    );
    const plain = sessionCookies('http://127.0.0.1:3000');
    expect(setCookie(plain, plain.session, 'v'.repeat(43), 60)).toBe(`frontier-session=${'v'.repeat(43)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60`);
  });

  it('reads only a well-formed value of the named cookie', () => {
    const value = 'A'.repeat(43);
    expect(readCookie(`a=b; frontier-session=${value}; c=d`, 'frontier-session')).toBe(value);
    expect(readCookie('frontier-session=short', 'frontier-session')).toBeUndefined();
    expect(readCookie(`frontier-session=${value};x`, 'other')).toBeUndefined();
    expect(readCookie(undefined, 'frontier-session')).toBeUndefined();
  });

  it('keeps neither the cookie nor its CSRF token in what it stores', () => {
    const value = 'B'.repeat(43);
    expect(cookieHash(value)).not.toBe(value);
    expect(csrfTokenOf(value)).not.toBe(cookieHash(value));
    expect(csrfTokenOf(value)).toBe(csrfTokenOf(value));
  });
});
