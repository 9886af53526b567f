import { Body, Controller, Get, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { ConsultationsService } from './consultations.service';
import { AnswerConsultationDto, AskConsultationDto, ConsultationListDto, ConsultationWithEngagementDto } from './dto/consultation-commands.dto';

@ApiTags('consultations')
@Controller('v1/engagements/:id/consultations')
@ScopedTo('engagement')
export class EngagementConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Post()
  @Allow(Role.DesignationAuthority)
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({
    summary:
      'Consult another government organization before deciding, by a deadline (an authority attested as one, while RECOMMENDED); nobody decides until it is answered or its deadline has passed',
  })
  @ApiCreatedResponse({ type: ConsultationWithEngagementDto })
  ask(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: AskConsultationDto): Promise<ConsultationWithEngagementDto> {
    return this.consultations.ask(ctx, id, dto);
  }

  @Post(':consultationId/answer')
  @Allow(Role.DesignationAuthority)
  @UuidParam('id')
  @UuidParam('consultationId')
  @CommandRoute()
  @ApiOperation({ summary: 'Answer a consultation asked of your organization, once, before its deadline (its designation authorities)' })
  @ApiOkResponse({ type: ConsultationWithEngagementDto })
  answer(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('consultationId') consultationId: string,
    @Body() dto: AnswerConsultationDto,
  ): Promise<ConsultationWithEngagementDto> {
    return this.consultations.answer(ctx, id, consultationId, dto);
  }
}

@ApiTags('consultations')
@Controller('v1/consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get()
  @Allow(Role.DesignationAuthority)
  @ApiOperation({ summary: 'Consultations asked of your organization, and those you asked, newest first: without their text' })
  @ApiOkResponse({ type: ConsultationListDto })
  @ApiProblems(401, 403)
  list(@CurrentActor() actor: Actor): Promise<ConsultationListDto> {
    return this.consultations.list(actor);
  }

  @Get(':consultationId')
  @Allow(Role.DesignationAuthority, Role.Reviewer, Role.Auditor)
  @UuidParam('consultationId')
  @ApiOperation({
    summary:
      "One consultation with its question and answer, and its engagement's metadata: for the organization consulted, whoever sees the engagement in full, and auditors",
  })
  @ApiOkResponse({ type: ConsultationWithEngagementDto })
  @ApiProblems(400, 401, 403, 404)
  detail(@CurrentActor() actor: Actor, @IdParam('consultationId') consultationId: string): Promise<ConsultationWithEngagementDto> {
    return this.consultations.detail(actor, consultationId);
  }
}
