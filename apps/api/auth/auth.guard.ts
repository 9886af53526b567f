import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Role } from '#domain';
import { AuthErrorCode, AuthException } from '../common/api-errors';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { ResourceVisibility } from './resource-visibility.service';
import { TokenVerifier } from './token-verifier.service';

/**
 * Global: every route needs a valid bearer token and one of the roles it declares with `@Allow`,
 * unless it is `@Public`. A route that declares neither is refused, so forgetting fails closed.
 * A caller whose role a route does not admit is told 403 only about a record they may see; a record
 * they may not see does not exist for them (404), whatever their role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly visibility: ResourceVisibility,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/i.exec(header.trim());
    if (!match?.[1]) {
      throw new AuthException(AuthErrorCode.Unauthenticated, 'send a bearer token in the Authorization header');
    }
    const actor = await this.verifier.verify(match[1]);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed) {
      this.logger.error(`${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path} declares no roles; refusing`);
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'this route is not open to any role');
    }
    if (!actor.roles.some((role) => allowed.includes(role))) {
      const routePath = (request.route as { path?: string } | undefined)?.path ?? '';
      const id = (request.params as Record<string, string | undefined>)['id'];
      await this.visibility.requireVisibleIfNamed(actor, routePath, id);
      throw new AuthException(AuthErrorCode.RoleNotPermitted, `this needs one of these roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
