import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { Role } from '#domain';

import type { AuthenticatedRequest } from '../common/authenticated-request';
import { AuthErrorCode, AuthException } from '../errors/api-errors';
import { ALLOWED_ROLES, PUBLIC_ROUTE, SCOPED_TO, ScopedRecord } from './auth.decorators';
import { ResourceVisibilityService } from './resource-visibility.service';

/**
 * Global: every route needs a caller the authentication middleware verified, holding one of the roles
 * the route declares with `@Allow`, unless it is `@Public`. A route that declares neither is refused, so
 * forgetting fails closed. A caller whose role a route does not admit is told 403 only about a record
 * they may see; a record they may not see (the route's `@ScopedTo`) does not exist for them (404),
 * whatever their role. Row-level need-to-know for admitted roles is the services' to check.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    private readonly visibility: ResourceVisibilityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const actor = request.actor;
    if (!actor) {
      throw request.authFailure ?? new AuthException(AuthErrorCode.Unauthenticated, 'send a bearer token in the Authorization header');
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed) {
      this.logger.error(`${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path} declares no roles; refusing`);
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'this route is not open to any role');
    }
    if (!actor.roles.some((role) => allowed.includes(role))) {
      const scoped = this.reflector.getAllAndOverride<ScopedRecord | undefined>(SCOPED_TO, targets);
      if (scoped !== undefined) {
        await this.visibility.requireVisible(actor, scoped, (request.params as Record<string, string | undefined>)['id']);
      }
      throw new AuthException(AuthErrorCode.RoleNotPermitted, `this needs one of these roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
