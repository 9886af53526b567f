import { Body, Controller, Delete, Get, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { NoBody } from '../../common/no-body';
import { ApiProblems, ApiSubjectParam, CommandRoute, IdParam, SubjectParam, UuidParam } from '../../common/openapi.decorators';
import { DisposalService } from './disposal.service';
import { EngagementDetailDto, EngagementListDto, EngagementSummaryDto } from './dto/engagement.response';
import {
  AssignReviewersDto,
  AttestationDto,
  BenchmarkResultDto,
  CreateEngagementDto,
  OpenWindowDto,
  OutcomeDto,
  ReconsiderationDto,
  RecusalDto,
  ReleaseDto,
  WithdrawDto,
} from './dto/engagement-commands.dto';
import { ListEngagementsQuery } from './dto/list-engagements.query';
import { EngagementQueriesService } from './engagement-queries.service';
import { EngagementsService } from './engagements.service';

const ALL_ENGAGEMENT_READERS = [Role.Developer, Role.Reviewer, Role.DesignationAuthority, Role.ProgramAdmin, Role.Auditor];

@ApiTags('engagements')
@Controller('v1/engagements')
@ScopedTo('engagement')
export class EngagementsController {
  constructor(
    private readonly service: EngagementsService,
    private readonly queries: EngagementQueriesService,
    private readonly disposal: DisposalService,
  ) {}

  @Post()
  @Allow(Role.Developer)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Open a designation inquiry for a model under development' })
  @ApiCreatedResponse({ type: EngagementSummaryDto })
  create(@Command() ctx: CommandContext, @Body() dto: CreateEngagementDto): Promise<EngagementSummaryDto> {
    return this.service.create(ctx, dto);
  }

  @Get()
  @Allow(...ALL_ENGAGEMENT_READERS)
  @ApiOperation({ summary: 'The engagements you may see, newest first' })
  @ApiOkResponse({ type: EngagementListDto })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: ListEngagementsQuery): Promise<EngagementListDto> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  @Allow(...ALL_ENGAGEMENT_READERS)
  @UuidParam('id')
  @ApiOperation({ summary: 'One engagement, with its timeline and due dates; confidential fields only with a need to know' })
  @ApiOkResponse({ type: EngagementDetailDto })
  @ApiProblems(400, 401, 403, 404, 503)
  detail(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EngagementDetailDto> {
    return this.queries.detail(actor, id);
  }

  @Post(':id/reviewers')
  @Allow(Role.ProgramAdmin)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Assign reviewers (program administrator)' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  assignReviewers(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: AssignReviewersDto): Promise<EngagementSummaryDto> {
    return this.service.assignReviewers(ctx, id, dto);
  }

  @Delete(':id/reviewers/:sub')
  @Allow(Role.ProgramAdmin)
  @UuidParam('id')
  @ApiSubjectParam('sub', "The reviewer's token `sub`")
  @CommandRoute()
  @ApiOperation({ summary: "Unassign a reviewer (program administrator): their access to the engagement's content ends at once" })
  @ApiOkResponse({ type: EngagementSummaryDto })
  unassignReviewer(@Command() ctx: CommandContext, @IdParam() id: string, @SubjectParam('sub') sub: string): Promise<EngagementSummaryDto> {
    return this.service.unassignReviewer(ctx, id, sub);
  }

  @Post(':id/recusal')
  @Allow(Role.Reviewer, Role.DesignationAuthority)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Recuse from the engagement, in the capacity you hold on it; your access to its content ends at once' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  recuse(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: RecusalDto): Promise<EngagementSummaryDto> {
    return this.service.recuse(ctx, id, dto);
  }

  @Post(':id/attestations')
  @Allow(Role.Reviewer, Role.DesignationAuthority)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Attest that you have no conflict of interest (assigned reviewer, or the deciding authority)' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  attest(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: AttestationDto): Promise<EngagementSummaryDto> {
    return this.service.attest(ctx, id, dto);
  }

  @Post(':id/benchmark-results')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Record a classified benchmark result by reference only' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  recordBenchmark(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: BenchmarkResultDto): Promise<EngagementSummaryDto> {
    return this.service.recordBenchmark(ctx, id, dto);
  }

  @Post(':id/recommendation')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Recommend COVERED or NOT_COVERED (assigned, attested reviewer)' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  recommend(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.service.recommend(ctx, id, dto);
  }

  @Post(':id/determination')
  @Allow(Role.DesignationAuthority)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Issue the determination (a designation authority other than the recommender)' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  determine(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: OutcomeDto): Promise<EngagementSummaryDto> {
    return this.service.determine(ctx, id, dto);
  }

  @Post(':id/reconsideration')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({
    summary:
      'Ask, once and within 30 days, for a determination to be decided again by a different authority: from DESIGNATED (before any window or partner) or CLOSED_NOT_COVERED, to RECONSIDERATION',
  })
  @ApiOkResponse({ type: EngagementSummaryDto })
  reconsider(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: ReconsiderationDto): Promise<EngagementSummaryDto> {
    return this.service.requestReconsideration(ctx, id, dto);
  }

  @Post(':id/withdraw')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Withdraw, at any stage before the engagement ends' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  withdraw(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: WithdrawDto): Promise<EngagementSummaryDto> {
    return this.service.withdraw(ctx, id, dto);
  }

  @Post(':id/disposal')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({
    summary:
      "Have a withdrawn engagement's confidential content disposed of now, once the retention schedule's hold after the withdrawal has passed (DISPOSAL_AFTER_WITHDRAWAL): its data key is destroyed, so nothing it sealed opens again; metadata, digests and the audit trail stay",
  })
  @ApiOkResponse({ type: EngagementSummaryDto })
  dispose(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<EngagementSummaryDto> {
    return this.disposal.request(ctx, id);
  }

  @Post(':id/access-window')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Open the pre-release access window: up to 30 days, voluntary, never extended' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  openWindow(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: OpenWindowDto): Promise<EngagementSummaryDto> {
    return this.service.openWindow(ctx, id, dto);
  }

  @Post(':id/access-window/end')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'End the window early: every reviewer token stops working at once' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  endWindow(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<EngagementSummaryDto> {
    return this.service.endWindow(ctx, id);
  }

  @Post(':id/decline-access')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Decline pre-release access and go straight on to partner selection' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  declineAccess(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<EngagementSummaryDto> {
    return this.service.declineAccess(ctx, id);
  }

  @Post(':id/release')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Record the public release; never gated, and it ends any window at once' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  release(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: ReleaseDto): Promise<EngagementSummaryDto> {
    return this.service.release(ctx, id, dto);
  }

  @Post(':id/close')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Close the engagement after designation; ends any window' })
  @ApiOkResponse({ type: EngagementSummaryDto })
  close(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<EngagementSummaryDto> {
    return this.service.close(ctx, id);
  }
}
