import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { Role, rolesOutsideKind } from '#domain';

import type { AuthenticatedRequest } from '../common/authenticated-request';
import { AuthErrorCode, AuthException, ResourceException } from '../errors/api-errors';
import { ALLOWED_ROLES, OPEN_TO_UNREGISTERED, PUBLIC_ROUTE, SCOPED_TO, ScopedRecord } from './auth.decorators';
import { ResourceVisibilityService } from './resource-visibility.service';

/**
 * Global: every route needs a caller the authentication middleware verified, of a registered
 * organization whose kind may hold every role the token claims (else the token is refused as a whole),
 * holding one of the roles the route declares with `@Allow`, unless it is `@Public`. A route that declares neither is refused, so
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
    const scoped = this.reflector.getAllAndOverride<ScopedRecord | undefined>(SCOPED_TO, targets);
    const recordId = (request.params as Record<string, string | undefined>)['id'];
    // A token refused as a whole, on a route naming a record, hears that the record does not exist (need-to-know first).
    const named = recordId === undefined ? undefined : scoped;
    const kind = request.organization?.kind ?? null;
    if (kind === null) {
      if (!this.reflector.getAllAndOverride<boolean>(OPEN_TO_UNREGISTERED, targets)) {
        throw named
          ? new ResourceException(named)
          : new AuthException(AuthErrorCode.OrganizationUnknown, `your organization ${actor.org} is not registered; ask the program office to register it`);
      }
    } else {
      const outside = rolesOutsideKind(actor.roles, kind);
      if (outside.length > 0) {
        throw named
          ? new ResourceException(named)
          : new AuthException(AuthErrorCode.RoleNotForOrganization, `${actor.org} is a ${kind} organization, which cannot hold the role ${outside.join(', ')}`);
      }
    }
    if (!actor.roles.some((role) => allowed.includes(role))) {
      if (scoped !== undefined) {
        await this.visibility.requireVisible(actor, scoped, recordId);
      }
      throw new AuthException(AuthErrorCode.RoleNotPermitted, `this needs one of these roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
