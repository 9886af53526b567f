import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { AcceptGrantDto, GrantDto, GrantListDto, ListGrantsQuery, RevokeGrantDto } from './dto/grant.dto';
import { GrantsService } from './grants.service';

const READERS = [Role.Partner, Role.Developer, Role.ProgramAdmin, Role.Auditor];

@ApiTags('trusted partners')
@Controller('v1/grants')
@ScopedTo('grant')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({ summary: "Grants you may see: a partner its own, a developer its engagements'" })
  @ApiOkResponse({ type: GrantListDto })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: ListGrantsQuery): Promise<GrantListDto> {
    return this.grants.list(actor, query);
  }

  @Get(':id')
  @Allow(...READERS)
  @UuidParam('id')
  @ApiOperation({ summary: 'One grant, with the terms in force' })
  @ApiOkResponse({ type: GrantDto })
  @ApiProblems(400, 401, 403, 404)
  detail(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<GrantDto> {
    return this.grants.detail(actor, id);
  }

  @Post(':id/accept')
  @Allow(Role.Partner)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Accept the exact terms in force (version and hash); the grant becomes ACTIVE' })
  @ApiOkResponse({ type: GrantDto })
  accept(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: AcceptGrantDto): Promise<GrantDto> {
    return this.grants.accept(ctx, id, dto);
  }

  @Post(':id/revoke')
  @Allow(Role.Developer, Role.ProgramAdmin)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Revoke one grant: no new token, and introspection false at once' })
  @ApiOkResponse({ type: GrantDto })
  revoke(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: RevokeGrantDto): Promise<GrantDto> {
    return this.grants.revoke(ctx, id, dto);
  }
}
