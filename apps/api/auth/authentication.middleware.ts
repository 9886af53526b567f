import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

import type { AuthenticatedRequest } from '../common/authenticated-request';
import { AuthErrorCode, AuthException } from '../errors/api-errors';
import { OrganizationDirectoryService } from './organization-directory.service';
import { TokenVerifierService } from './token-verifier.service';

const BEARER = /^Bearer ([A-Za-z0-9_.-]+)$/i;

/**
 * The first step of every request, before its body is read: a bearer token, if one is sent, is verified
 * and the caller recorded with their organization's kind from the registry (or why the token is refused). Nothing is refused here, because whether a route
 * needs a caller is the route's to say: the permission guard refuses, and a request with no verified
 * caller never has its body parsed (see app.factory.ts).
 */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(
    private readonly verifier: TokenVerifierService,
    private readonly directory: OrganizationDirectoryService,
  ) {}

  async use(request: Request & AuthenticatedRequest, _response: Response, next: NextFunction): Promise<void> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      try {
        const token = BEARER.exec(header.trim())?.[1];
        if (token === undefined) {
          throw new AuthException(AuthErrorCode.Unauthenticated, 'send a bearer token in the Authorization header');
        }
        const actor = await this.verifier.verify(token);
        request.organization = { id: actor.org, kind: await this.directory.kindOf(actor.org) };
        request.actor = actor;
      } catch (error) {
        request.authFailure = error instanceof Error ? error : new Error(String(error));
      }
    }
    next();
  }
}
