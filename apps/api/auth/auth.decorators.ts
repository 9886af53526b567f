import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { Actor, Role } from '#domain';

export const ALLOWED_ROLES = 'frontier:allowed-roles';
export const PUBLIC_ROUTE = 'frontier:public';

/** The roles that may call a route. Every authenticated route declares one; without it the guard refuses. */
export function Allow(...roles: Role[]) {
  return applyDecorators(SetMetadata(ALLOWED_ROLES, roles), ApiBearerAuth());
}

/** A route anyone may call without a token (health, metrics, key sets). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The verified caller. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) {
    throw new Error('CurrentActor used on a route without authentication');
  }
  return actor;
});
