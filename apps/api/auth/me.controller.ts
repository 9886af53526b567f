import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

import { Actor, ALL_ROLES, Role } from '#domain';

import { ApiProblems } from '../common/openapi.decorators';
import { Allow, CurrentActor } from './auth.decorators';

export class MeDto {
  @ApiProperty() sub!: string;
  @ApiProperty() org!: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
}

/** Who the bearer token says the caller is; touches nothing else (and is the benchmark's baseline). */
@ApiTags('identity')
@Controller('v1/me')
export class MeController {
  @Get()
  @Allow(...ALL_ROLES)
  @ApiOperation({ summary: 'The caller as its token names it: subject, organization and roles' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  me(@CurrentActor() actor: Actor): MeDto {
    return { sub: actor.sub, org: actor.org, roles: [...actor.roles] };
  }
}
