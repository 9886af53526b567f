import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { PublishTermsDto, TermsDto } from './dto/partner-terms.dto';
import { PartnerTermsService } from './partner-terms.service';

@ApiTags('trusted partners')
@Controller('v1/engagements/:id/partner-terms')
@ScopedTo('engagement')
export class PartnerTermsController {
  constructor(private readonly terms: PartnerTermsService) {}

  @Put()
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Publish partner terms; every earlier acceptance lapses and active grants are suspended until re-accepted' })
  @ApiOkResponse({ type: TermsDto })
  publish(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: PublishTermsDto): Promise<TermsDto> {
    return this.terms.publish(ctx, id, dto);
  }

  @Get()
  @Allow(Role.Developer, Role.ProgramAdmin, Role.Auditor)
  @UuidParam('id')
  @ApiOperation({ summary: 'The partner terms in force' })
  @ApiOkResponse({ type: TermsDto })
  @ApiProblems(400, 401, 403, 404)
  current(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TermsDto> {
    return this.terms.current(actor, id);
  }
}
