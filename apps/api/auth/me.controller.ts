import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { Actor, ALL_ROLES, OrganizationKind, Role } from '#domain';

import type { RequestSession } from '../common/authenticated-request';
import { ApiProblems } from '../common/openapi.decorators';
import { Allow, CurrentActor, CurrentOrganizationKind, CurrentSession, OpenToUnregistered } from './auth.decorators';

export class MeSessionDto {
  @ApiProperty({ description: 'When the session ends if the browser sends nothing before then' }) idleExpiresAt!: string;
  @ApiProperty({ description: 'When the session ends whatever happens' }) expiresAt!: string;
  @ApiProperty({ description: 'Send as X-CSRF-Token with every POST, PUT, PATCH or DELETE made with the session cookie' }) csrfToken!: string;
}

export class MeDto {
  @ApiProperty() sub!: string;
  @ApiProperty() org!: string;
  @ApiProperty({ enum: OrganizationKind, enumName: 'OrganizationKind', nullable: true, description: 'null: the organization is not registered' })
  orgKind!: OrganizationKind | null;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiPropertyOptional({ description: 'For a caller whose organization is not registered: how to be onboarded' })
  onboarding?: string;
  @ApiProperty({ enum: ['bearer', 'session'], description: 'bearer: an access token in Authorization; session: a browser signed in at /auth/login' })
  authenticatedBy!: 'bearer' | 'session';
  @ApiPropertyOptional({ type: MeSessionDto, description: 'For a browser session: when it ends, and the CSRF token every change must echo' })
  session?: MeSessionDto;
}

/** Who the bearer token or browser session says the caller is, and their organization's kind; touches nothing else (the benchmark's baseline). */
@ApiTags('identity')
@Controller('v1/me')
export class MeController {
  @Get()
  @Allow(...ALL_ROLES)
  @OpenToUnregistered()
  @ApiOperation({ summary: 'The caller as its token names it: subject, organization (and its kind) and roles' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401, 403)
  me(@CurrentActor() actor: Actor, @CurrentOrganizationKind() orgKind: OrganizationKind | null, @CurrentSession() session: RequestSession | undefined): MeDto {
    return toMe(actor, orgKind, session);
  }
}

export function toMe(actor: Actor, orgKind: OrganizationKind | null, session: RequestSession | undefined): MeDto {
  return {
    sub: actor.sub,
    org: actor.org,
    orgKind,
    roles: [...actor.roles],
    authenticatedBy: session ? 'session' : 'bearer',
    ...(session
      ? { session: { idleExpiresAt: session.idleExpiresAt.toISOString(), expiresAt: session.absoluteExpiresAt.toISOString(), csrfToken: session.csrfToken } }
      : {}),
    ...(orgKind === null
      ? {
          onboarding: `Your organization "${actor.org}" is not registered with the program. Until a program administrator registers it (with its kind: AI_DEVELOPER, GOVERNMENT or PARTNER), this is the only route open to you; ask the program office to register it.`,
        }
      : {}),
  };
}
