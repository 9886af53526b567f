import { Body, Controller, Get, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { NoBody } from '../../common/no-body';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { ClearinghouseService } from './clearinghouse.service';
import { SharedFindingDto, ValidateFindingDto } from './dto/clearinghouse.dto';
import {
  CloseFindingDto,
  CreateFindingDto,
  EditFindingDto,
  FindingAnsweredDto,
  FindingDetailDto,
  FindingListDto,
  FindingRecordedDto,
  FindingResponseDto,
  ListFindingsQuery,
  ResolveDisputeDto,
  ShareFindingDto,
  VerifyFixDto,
} from './dto/finding.dto';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@Controller('v1/engagements/:id/findings')
@ScopedTo('engagement')
export class FindingsController {
  constructor(
    private readonly findings: FindingsService,
    private readonly clearinghouse: ClearinghouseService,
  ) {}

  @Post()
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Record a finding during the window; the BOD 26-04 tier and due date are computed' })
  @ApiCreatedResponse({ type: FindingRecordedDto })
  record(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: CreateFindingDto): Promise<FindingRecordedDto> {
    return this.findings.record(ctx, id, dto);
  }

  @Get()
  @Allow(Role.Developer, Role.Reviewer, Role.Auditor)
  @UuidParam('id')
  @ApiOperation({
    summary: "The engagement's findings, filtered by status, tier and whether overdue (developer, attested reviewers, auditors; never partners)",
  })
  @ApiOkResponse({ type: FindingListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: ListFindingsQuery): Promise<FindingListDto> {
    return this.findings.list(actor, id, query);
  }

  @Get(':findingId')
  @Allow(Role.Developer, Role.Reviewer, Role.Auditor)
  @UuidParam('id')
  @UuidParam('findingId')
  @ApiOperation({ summary: 'One finding with every change since it was recorded' })
  @ApiOkResponse({ type: FindingDetailDto })
  @ApiProblems(400, 401, 403, 404)
  detail(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('findingId') findingId: string): Promise<FindingDetailDto> {
    return this.findings.detail(actor, id, findingId);
  }

  @Patch(':findingId')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: "Correct a finding's text or SSVC inputs while it is OPEN; the tier and due date are recomputed" })
  @ApiOkResponse({ type: FindingDetailDto })
  edit(@Command() ctx: CommandContext, @IdParam() id: string, @IdParam('findingId') findingId: string, @Body() dto: EditFindingDto): Promise<FindingDetailDto> {
    return this.findings.edit(ctx, id, findingId, dto);
  }

  @Post(':findingId/verification')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'Check a fix the developer reported: VERIFIED_FIXED, or REOPENED when it does not hold' })
  @ApiOkResponse({ type: FindingDetailDto })
  verifyFix(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: VerifyFixDto,
  ): Promise<FindingDetailDto> {
    return this.findings.verifyFix(ctx, id, findingId, dto);
  }

  @Post(':findingId/dispute-resolution')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'Resolve a dispute with a rationale: KEPT (the finding stands, REOPENED) or WITHDRAWN (CLOSED)' })
  @ApiOkResponse({ type: FindingDetailDto })
  resolveDispute(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: ResolveDisputeDto,
  ): Promise<FindingDetailDto> {
    return this.findings.resolveDispute(ctx, id, findingId, dto);
  }

  @Post('share-request')
  @Allow(Role.ProgramAdmin)
  @UuidParam('id')
  @CommandRoute(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: "Ask the developer to share findings with the clearinghouse (a notice to the developer; only the developer's share counts)" })
  @ApiAcceptedResponse({ description: 'The developer has been asked' })
  async requestSharing(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<void> {
    await this.clearinghouse.requestSharing(ctx, id);
  }

  @Post(':findingId/share')
  @Allow(Role.Developer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'Share a finding with the clearinghouse, optionally naming the TLP label of its exports' })
  @ApiOkResponse({ type: FindingDetailDto })
  share(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: ShareFindingDto,
  ): Promise<FindingDetailDto> {
    return this.findings.share(ctx, id, findingId, dto);
  }

  @Post(':findingId/validation')
  @Allow(Role.Clearinghouse)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'The clearinghouse validates a shared finding: VALIDATED, DUPLICATE_OF another shared finding, or NOT_REPRODUCIBLE' })
  @ApiOkResponse({ type: SharedFindingDto })
  validate(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: ValidateFindingDto,
  ): Promise<SharedFindingDto> {
    return this.clearinghouse.validate(ctx, id, findingId, dto);
  }

  @Post(':findingId/close')
  @Allow(Role.Reviewer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'Close a finding whose fix was verified' })
  @ApiOkResponse({ type: FindingDetailDto })
  close(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: CloseFindingDto,
  ): Promise<FindingDetailDto> {
    return this.findings.close(ctx, id, findingId, dto);
  }

  @Post(':findingId/response')
  @Allow(Role.Developer)
  @UuidParam('id')
  @UuidParam('findingId')
  @CommandRoute()
  @ApiOperation({ summary: 'Answer a finding: ACKNOWLEDGED, FIXED or DISPUTED, with a note' })
  @ApiOkResponse({ type: FindingAnsweredDto })
  respond(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('findingId') findingId: string,
    @Body() dto: FindingResponseDto,
  ): Promise<FindingAnsweredDto> {
    return this.findings.respond(ctx, id, findingId, dto);
  }
}
