import { Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';

import { AppConfig } from '#config';
import { Actor } from '#domain';
import { AuditEntry, AuditRepository, BrowserSessionEntity, BrowserSessionRepository, SessionEndReason, Tx, UnitOfWork } from '#persistence';
import { FieldCipher, sealedAt } from '#security';

import { AuthErrorCode, AuthException, RequestErrorCode, RequestException } from '../../errors/api-errors';
import { PeopleDirectoryService } from '../people-directory.service';
import { CallerProfile, TokenVerifierService } from '../token-verifier.service';
import { IdentityProviderClient, ProviderTokens, SignInChecks } from './identity-provider.client';
import { cookieHash, csrfTokenOf, newCookieValue } from './session-cookies';
import { requiredAcr } from './sign-in-strength';

const SIGN_IN_LIFETIME_MS = 10 * 60_000;
/** An access token this close to its end is refreshed before it is used. */
const REFRESH_AHEAD_MS = 30_000;
/** The idle deadline moves at most this often, so a busy page is not a write per request. */
const TOUCH_EVERY_MS = 5_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a request says that a session check needs. */
export interface SessionRequest {
  readonly method: string;
  readonly origin?: string;
  readonly csrfToken?: string;
}

/** A session a request was authenticated by: for /v1/me, and for the CSRF token the console echoes. */
export interface SessionView {
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly csrfToken: string;
}

const attemptAt = (idHash: string) => sealedAt('sign_in_attempts', 'secrets', idHash);
const tokensAt = (idHash: string) => sealedAt('browser_sessions', 'tokens', idHash);

/**
 * Browser sessions, server-side: a sign-in's start and finish, each request's session (idle and absolute
 * expiry, CSRF on changes, the sign-in strength its roles need, tokens refreshed here), and sign-out.
 * Sign-in, sign-out, expiry and a refused step-up are audited; no token ever is.
 */
@Injectable()
export class BrowserSessionService {
  /** One refresh at a time per session in this process, so two requests do not spend one refresh token twice. */
  private readonly refreshing = new Map<string, Promise<ProviderTokens>>();
  /** Sessions whose refused step-up this process has audited already. */
  private readonly stepUpAudited = new Set<string>();

  constructor(
    private readonly sessions: BrowserSessionRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly cipher: FieldCipher,
    private readonly verifier: TokenVerifierService,
    private readonly idp: IdentityProviderClient,
    private readonly people: PeopleDirectoryService,
    private readonly config: AppConfig,
  ) {}

  /** Starts a sign-in: where to send the browser, and the value of its sign-in cookie. */
  async startSignIn(returnTo: string | undefined): Promise<{ redirectTo: string; cookieValue: string; maxAgeSeconds: number }> {
    const target = safeReturnTo(returnTo);
    const { url, checks } = await this.idp.authorizationUrl();
    const cookieValue = newCookieValue();
    const idHash = cookieHash(cookieValue);
    const now = new Date();
    await this.sessions.startAttempt({
      idHash,
      state: checks.state,
      secretsSealed: this.cipher.seal(JSON.stringify({ nonce: checks.nonce, codeVerifier: checks.codeVerifier }), attemptAt(idHash)),
      returnTo: target,
      expiresAt: new Date(now.getTime() + SIGN_IN_LIFETIME_MS),
    });
    return { redirectTo: url, cookieValue, maxAgeSeconds: SIGN_IN_LIFETIME_MS / 1000 };
  }

  /**
   * Finishes the sign-in this browser started: the IdP's code for tokens (state, nonce and PKCE checked),
   * then a new session under a new cookie value; a session the browser held before ends (REPLACED).
   */
  async finishSignIn(
    signInCookie: string | undefined,
    callbackQuery: string,
    previousSession: string | undefined,
  ): Promise<{ cookieValue: string; maxAgeSeconds: number; returnTo: string }> {
    const now = new Date();
    const attempt = signInCookie === undefined ? undefined : await this.sessions.takeAttempt(cookieHash(signInCookie), now);
    if (!attempt) {
      throw new AuthException(AuthErrorCode.SignInFailed, 'no sign-in is under way in this browser, or it took too long; start again at /auth/login');
    }
    const secrets = JSON.parse(this.cipher.open(attempt.secretsSealed, attemptAt(attempt.idHash))) as Omit<SignInChecks, 'state'>;
    const callbackUrl = new URL(this.idp.redirectUri);
    callbackUrl.search = callbackQuery;
    const tokens = await this.idp.finish(callbackUrl, { state: attempt.state, ...secrets });
    const { actor, profile } = await this.verifier.verifyWithProfile(tokens.accessToken);
    if ((await this.people.observe(actor, profile)) === 'DISABLED') {
      await this.unitOfWork.run((tx) => this.audit.append(tx, [event(actor, 'session.refused', 'REFUSED', { why: 'PERSON_DISABLED' })]));
      throw new AuthException(AuthErrorCode.PersonDisabled, 'you have been disabled in the directory; ask the program office');
    }
    const acr = acrOf(tokens);
    const needed = requiredAcr(actor.roles, acr, this.config.browserSessions);
    if (needed) {
      await this.unitOfWork.run((tx) =>
        this.audit.append(tx, [event(actor, 'session.step_up_refused', 'REFUSED', { acr: acr ?? null, needed: needed.acr, role: needed.role })]),
      );
      throw stepUp(needed);
    }
    const cookieValue = newCookieValue();
    const idHash = cookieHash(cookieValue);
    const { idleMs, absoluteMs } = this.config.browserSessions;
    const session: BrowserSessionEntity = {
      idHash,
      sub: actor.sub,
      org: actor.org,
      roles: [...actor.roles],
      acr: acr ?? null,
      tokensSealed: this.cipher.seal(JSON.stringify(tokens), tokensAt(idHash)),
      accessExpiresAt: new Date(tokens.accessExpiresAt),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: new Date(now.getTime() + Math.min(idleMs, absoluteMs)),
      absoluteExpiresAt: new Date(now.getTime() + absoluteMs),
      endedAt: null,
      endReason: null,
    };
    await this.unitOfWork.run(async (tx) => {
      const entries: AuditEntry[] = [];
      if (previousSession !== undefined && (await this.endIn(tx, cookieHash(previousSession), 'REPLACED', now))) {
        entries.push(event(actor, 'session.ended', 'ACCEPTED', { reason: 'REPLACED', session: reference(cookieHash(previousSession)) }));
      }
      await this.sessions.insert(tx, session);
      entries.push(
        event(actor, 'session.started', 'ACCEPTED', { session: reference(idHash), acr: acr ?? null, expiresAt: session.absoluteExpiresAt.toISOString() }),
      );
      await this.audit.append(tx, entries);
    });
    return { cookieValue, maxAgeSeconds: absoluteMs / 1000, returnTo: attempt.returnTo };
  }

  /**
   * The caller a session cookie stands for, checked as every request is: open, within its idle and
   * absolute deadlines, a change carries the CSRF token from this site, the sign-in is strong enough for
   * its roles, and its access token (refreshed here when due) is verified like any bearer token.
   */
  async resolve(cookieValue: string, request: SessionRequest): Promise<{ actor: Actor; profile: CallerProfile; session: SessionView }> {
    const idHash = cookieHash(cookieValue);
    const now = new Date();
    const session = await this.sessions.find(idHash);
    if (!session || session.endedAt !== null) {
      throw new AuthException(AuthErrorCode.SessionExpired, 'this session has ended; sign in again at /auth/login');
    }
    if (now >= session.idleExpiresAt || now >= session.absoluteExpiresAt) {
      await this.end(session, 'EXPIRED', now, 'session.expired');
      throw new AuthException(
        AuthErrorCode.SessionExpired,
        now >= session.absoluteExpiresAt ? 'this session reached its lifetime; sign in again' : 'this session was idle too long; sign in again',
      );
    }
    this.requireSameSite(cookieValue, request);
    const tokens = await this.currentTokens(session, now);
    const { actor, profile } = await this.verifier.verifyWithProfile(tokens.accessToken);
    const needed = requiredAcr(actor.roles, session.acr ?? undefined, this.config.browserSessions);
    if (needed) {
      // Audited once per session (per process), not at every request the page makes after.
      if (!this.stepUpAudited.has(idHash)) {
        this.stepUpAudited.add(idHash);
        await this.unitOfWork.run((tx) =>
          this.audit.append(tx, [
            event(actor, 'session.step_up_refused', 'REFUSED', { acr: session.acr, needed: needed.acr, role: needed.role, session: reference(idHash) }),
          ]),
        );
      }
      throw stepUp(needed);
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.sessions.touch(idHash, now, new Date(now.getTime() + this.config.browserSessions.idleMs));
    }
    const idleExpiresAt = new Date(Math.min(now.getTime() + this.config.browserSessions.idleMs, session.absoluteExpiresAt.getTime()));
    return { actor, profile, session: { idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt, csrfToken: csrfTokenOf(cookieValue) } };
  }

  /** Ends the session here (a change, so CSRF-checked) and says where the browser ends it at the IdP. */
  async signOut(cookieValue: string | undefined, request: SessionRequest): Promise<string> {
    const home = `${this.config.browserSessions.publicBaseUrl}/`;
    const session = cookieValue === undefined ? null : await this.sessions.find(cookieHash(cookieValue));
    if (!session || session.endedAt !== null || cookieValue === undefined) {
      return home;
    }
    this.requireSameSite(cookieValue, request);
    await this.end(session, 'SIGNED_OUT', new Date(), 'session.ended');
    return (await this.idp.endSessionUrl()) ?? home;
  }

  /** A change sent with the cookie must come from this site (Origin) and echo the session's CSRF token. */
  private requireSameSite(cookieValue: string, request: SessionRequest): void {
    if (SAFE_METHODS.has(request.method.toUpperCase())) {
      return;
    }
    const expected = new URL(this.config.browserSessions.publicBaseUrl).origin;
    if (request.origin !== expected) {
      throw new AuthException(AuthErrorCode.CsrfRejected, `a change with a session cookie must come from ${expected} (its Origin header)`);
    }
    if (request.csrfToken !== csrfTokenOf(cookieValue)) {
      throw new AuthException(AuthErrorCode.CsrfRejected, 'send the session’s CSRF token (csrfToken in GET /v1/me) in the X-CSRF-Token header');
    }
  }

  /**
   * The session's tokens, refreshed at the IdP when the access token is about to lapse: under a lock on the
   * session's row, so two requests (in any processes) never spend one refresh token twice; the second finds
   * the tokens the first stored. A refresh the IdP refuses ends the session; the IdP being down does not.
   */
  private async currentTokens(session: BrowserSessionEntity, now: Date): Promise<ProviderTokens> {
    const tokens = this.tokensOf(session);
    if (tokens.accessExpiresAt - now.getTime() > REFRESH_AHEAD_MS) {
      return tokens;
    }
    const running = this.refreshing.get(session.idHash);
    if (running) {
      return running;
    }
    const refresh = this.unitOfWork.run(async (tx) => {
      const locked = await this.sessions.lock(tx, session.idHash);
      if (!locked || locked.endedAt !== null) {
        throw new AuthException(AuthErrorCode.SessionExpired, 'this session has ended; sign in again at /auth/login');
      }
      const current = this.tokensOf(locked);
      if (current.accessExpiresAt - Date.now() > REFRESH_AHEAD_MS) {
        return current;
      }
      if (!current.refreshToken) {
        throw new AuthException(AuthErrorCode.SignInFailed, 'this session can no longer be renewed');
      }
      const next = await this.idp.refresh(current.refreshToken, current);
      await this.sessions.replaceTokens(tx, session.idHash, this.cipher.seal(JSON.stringify(next), tokensAt(session.idHash)), new Date(next.accessExpiresAt));
      return next;
    });
    this.refreshing.set(session.idHash, refresh);
    try {
      return await refresh;
    } catch (error) {
      if (error instanceof AuthException && error.code === AuthErrorCode.SignInFailed) {
        await this.end(session, 'REFRESH_FAILED', now, 'session.expired');
        throw new AuthException(AuthErrorCode.SessionExpired, 'the identity provider ended this session; sign in again');
      }
      throw error;
    } finally {
      this.refreshing.delete(session.idHash);
    }
  }

  private tokensOf(session: Pick<BrowserSessionEntity, 'idHash' | 'tokensSealed'>): ProviderTokens {
    return JSON.parse(this.cipher.open(session.tokensSealed, tokensAt(session.idHash))) as ProviderTokens;
  }

  private async end(session: BrowserSessionEntity, reason: SessionEndReason, now: Date, action: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      if (await this.endIn(tx, session.idHash, reason, now)) {
        await this.audit.append(tx, [event(session, action, 'ACCEPTED', { reason, session: reference(session.idHash) })]);
      }
    });
  }

  private endIn(tx: Tx, idHash: string, reason: SessionEndReason, now: Date): Promise<boolean> {
    return this.sessions.end(tx, idHash, reason, now);
  }
}

/** Where a sign-in may return to: a path on this site, never another origin. */
function safeReturnTo(returnTo: string | undefined): string {
  if (returnTo === undefined || returnTo === '') {
    return '/';
  }
  if (!/^\/(?![/\\])[\x21-\x7e]{0,2000}$/.test(returnTo)) {
    throw new RequestException(RequestErrorCode.ValidationFailed, 'returnTo must be a path on this site, starting with a single /', {
      errors: [{ field: 'returnTo', message: 'must be a path on this site, starting with a single /' }],
    });
  }
  return returnTo;
}

/** The sign-in's strength: the ID token's acr, else the access token's. */
function acrOf(tokens: ProviderTokens): string | undefined {
  for (const token of [tokens.idToken, tokens.accessToken]) {
    const acr = token === undefined ? undefined : decodeJwt(token)['acr'];
    if (typeof acr === 'string') {
      return acr;
    }
  }
  return undefined;
}

function stepUp(needed: { role: string; acr: string }): AuthException {
  return new AuthException(
    AuthErrorCode.StepUpRequired,
    `the role ${needed.role} needs a sign-in of at least ${needed.acr}; sign in again with a stronger method`,
  );
}

/** A session named in the audit trail without anything that would let one use it. */
function reference(idHash: string): string {
  return idHash.slice(0, 16);
}

function event(
  actor: { readonly sub: string; readonly roles: readonly string[] },
  action: string,
  outcome: string,
  details: Record<string, string | null>,
): AuditEntry {
  return {
    actorSub: actor.sub,
    actorRoles: [...actor.roles],
    action,
    engagementId: null,
    subjectType: 'session',
    subjectId: actor.sub,
    outcome,
    details,
  };
}
