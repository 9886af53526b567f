import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import { AppConfig } from '#config';
import { Actor, MACHINE_ROLES } from '#domain';

import type { AuthenticatedRequest } from '../common/authenticated-request';
import { AuthErrorCode, AuthException } from '../errors/api-errors';
import { GatewayClientDirectoryService } from './gateway-client-directory.service';
import { OrganizationDirectoryService } from './organization-directory.service';
import { PeopleDirectoryService } from './people-directory.service';
import { BrowserSessionService } from './sessions/browser-session.service';
import { IdentityProviderClient } from './sessions/identity-provider.client';
import { readCookie, SessionCookies, sessionCookies } from './sessions/session-cookies';
import { CallerProfile, TokenVerifierService } from './token-verifier.service';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/i;

/**
 * The first step of every request, before its body is read: a bearer token, if one is sent, is verified;
 * without one, a browser's session cookie is checked (auth/sessions). The caller is recorded with their
 * organization's kind from the registry, or why the credential is refused. Nothing is refused here,
 * because whether a route needs a caller is the route's to say: the permission guard refuses, and a
 * request with no verified caller never has its body parsed (see app.factory.ts).
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  private readonly cookies: SessionCookies;

  constructor(
    private readonly verifier: TokenVerifierService,
    private readonly directory: OrganizationDirectoryService,
    private readonly sessions: BrowserSessionService,
    private readonly idp: IdentityProviderClient,
    private readonly people: PeopleDirectoryService,
    private readonly gateways: GatewayClientDirectoryService,
    config: AppConfig,
  ) {
    this.cookies = sessionCookies(config.browserSessions.publicBaseUrl);
  }

  async use(request: Request & AuthenticatedRequest, _response: Response, next: NextFunction): Promise<void> {
    const header = request.headers.authorization;
    const cookie = header === undefined && this.idp.enabled ? readCookie(request.headers.cookie, this.cookies.session) : undefined;
    try {
      if (header !== undefined) {
        const token = BEARER.exec(header.trim())?.[1];
        if (token === undefined) {
          throw new AuthException(AuthErrorCode.Unauthenticated, 'send a bearer token in the Authorization header');
        }
        const { actor, profile } = await this.verifier.verifyWithProfile(token);
        await this.admit(request, actor, profile);
      } else if (cookie !== undefined) {
        const { actor, profile, session } = await this.sessions.resolve(cookie, {
          method: request.method,
          origin: request.headers.origin,
          csrfToken: request.header('x-csrf-token'),
        });
        await this.admit(request, actor, profile);
        request.session = session;
      }
    } catch (error) {
      request.actor = undefined;
      request.authFailure = error instanceof Error ? error : new Error(String(error));
    }
    next();
  }

  /** A verified caller is a person in the directory (recorded or updated from their token), unless disabled there. */
  private async admit(request: AuthenticatedRequest, actor: Actor, profile: CallerProfile): Promise<void> {
    if (actor.roles.some((role) => MACHINE_ROLES.includes(role))) {
      // A machine: its token holds the gateway role alone, and its client is one this API registered and still admits.
      if (actor.roles.length !== 1 || !(await this.gateways.mayAct(actor.sub, actor.org))) {
        throw new AuthException(AuthErrorCode.GatewayClientNotActive, 'this gateway client is unknown here, revoked, or replaced by a rotation');
      }
    } else if ((await this.people.observe(actor, profile)) === 'DISABLED') {
      throw new AuthException(AuthErrorCode.PersonDisabled, 'you have been disabled in the directory; ask the program office');
    }
    request.organization = { id: actor.org, kind: await this.directory.kindOf(actor.org) };
    request.actor = actor;
  }
}
