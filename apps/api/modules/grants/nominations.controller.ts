import { Body, Controller, Get, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { NoBody } from '../../common/no-body';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { NominateDto, NominationDto, NominationListDto } from './dto/nomination.dto';
import { NominationsService } from './nominations.service';

const SIDES = [Role.Developer, Role.ProgramAdmin];

@ApiTags('trusted partners')
@Controller('v1/engagements/:id/nominations')
@ScopedTo('engagement')
export class NominationsController {
  constructor(private readonly nominations: NominationsService) {}

  @Post()
  @Allow(...SIDES)
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Nominate trusted partners (a list of up to 10,000, or a sector/state filter); the other side approves' })
  @ApiCreatedResponse({ type: NominationDto })
  nominate(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: NominateDto): Promise<NominationDto> {
    return this.nominations.nominate(ctx, id, dto);
  }

  @Get()
  @Allow(...SIDES, Role.Auditor)
  @UuidParam('id')
  @ApiOperation({ summary: "The engagement's nominations" })
  @ApiOkResponse({ type: NominationListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<NominationListDto> {
    return this.nominations.list(actor, id);
  }

  @Post(':nominationId/approve')
  @Allow(...SIDES)
  @UuidParam('id')
  @UuidParam('nominationId')
  @CommandRoute()
  @ApiOperation({ summary: 'Approve a nomination by the other side (never your own); its grants are created' })
  @ApiOkResponse({ type: NominationDto })
  approve(@Command() ctx: CommandContext, @IdParam() id: string, @IdParam('nominationId') nominationId: string, @NoBody() _body: Record<string, never>) {
    return this.nominations.decide(ctx, id, nominationId, true);
  }

  @Post(':nominationId/decline')
  @Allow(...SIDES)
  @UuidParam('id')
  @UuidParam('nominationId')
  @CommandRoute()
  @ApiOperation({ summary: 'Decline a nomination (either side)' })
  @ApiOkResponse({ type: NominationDto })
  decline(@Command() ctx: CommandContext, @IdParam() id: string, @IdParam('nominationId') nominationId: string, @NoBody() _body: Record<string, never>) {
    return this.nominations.decide(ctx, id, nominationId, false);
  }
}
