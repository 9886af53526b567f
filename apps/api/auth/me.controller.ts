import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';

import { Actor, ALL_ROLES, OrganizationKind, Role } from '#domain';

import { ApiProblems } from '../common/openapi.decorators';
import { Allow, CurrentActor, CurrentOrganizationKind, OpenToUnregistered } from './auth.decorators';

export class MeDto {
  @ApiProperty() sub!: string;
  @ApiProperty() org!: string;
  @ApiProperty({ enum: OrganizationKind, enumName: 'OrganizationKind', nullable: true, description: 'null: the organization is not registered' })
  orgKind!: OrganizationKind | null;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiPropertyOptional({ description: 'For a caller whose organization is not registered: how to be onboarded' })
  onboarding?: string;
}

/** Who the bearer token says the caller is, and their organization's kind; touches nothing else (the benchmark's baseline). */
@ApiTags('identity')
@Controller('v1/me')
export class MeController {
  @Get()
  @Allow(...ALL_ROLES)
  @OpenToUnregistered()
  @ApiOperation({ summary: 'The caller as its token names it: subject, organization (and its kind) and roles' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401, 403)
  me(@CurrentActor() actor: Actor, @CurrentOrganizationKind() orgKind: OrganizationKind | null): MeDto {
    return toMe(actor, orgKind);
  }
}

export function toMe(actor: Actor, orgKind: OrganizationKind | null): MeDto {
  return {
    sub: actor.sub,
    org: actor.org,
    orgKind,
    roles: [...actor.roles],
    ...(orgKind === null
      ? {
          onboarding: `Your organization "${actor.org}" is not registered with the program. Until a program administrator registers it (with its kind: AI_DEVELOPER, GOVERNMENT or PARTNER), this is the only route open to you; ask the program office to register it.`,
        }
      : {}),
  };
}
