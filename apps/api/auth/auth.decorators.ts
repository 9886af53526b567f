import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

import { Actor, OrganizationKind, Role } from '#domain';

import type { AuthenticatedRequest, RequestSession } from '../common/authenticated-request';

export const ALLOWED_ROLES = 'frontier:allowed-roles';
export const PUBLIC_ROUTE = 'frontier:public';
export const SCOPED_TO = 'frontier:scoped-to';
export const OPEN_TO_UNREGISTERED = 'frontier:open-to-unregistered';

/** The records whose existence is need-to-know. */
export type ScopedRecord = 'engagement' | 'grant';

/** The roles that may call a route. Every authenticated route declares one; without it the guard refuses. */
export function Allow(...roles: Role[]) {
  return applyDecorators(SetMetadata(ALLOWED_ROLES, roles), ApiBearerAuth());
}

/** A route anyone may call without a token (health, metrics, key sets). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** A route a caller whose organization is not registered may still call (only /v1/me, which says how to be onboarded). */
export const OpenToUnregistered = () => SetMetadata(OPEN_TO_UNREGISTERED, true);

/**
 * The record a route's `:id` names (on a route, or on a controller for all its routes). A caller whose
 * role the route does not admit hears 404, not 403, unless they may see that record.
 */
export const ScopedTo = (record: ScopedRecord) => SetMetadata(SCOPED_TO, record);

/** The verified caller. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) {
    throw new Error('CurrentActor used on a route without authentication');
  }
  return actor;
});

/** The kind of the verified caller's organization; null when it is not registered. */
export const CurrentOrganizationKind = createParamDecorator(
  (_data: unknown, context: ExecutionContext): OrganizationKind | null => context.switchToHttp().getRequest<AuthenticatedRequest>().organization?.kind ?? null,
);

/** The browser session the request came with; undefined for a bearer token. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestSession | undefined => context.switchToHttp().getRequest<AuthenticatedRequest>().session,
);
