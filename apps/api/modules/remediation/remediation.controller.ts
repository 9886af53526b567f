import { Body, Controller, Get, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { NoBody } from '../../common/no-body';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import {
  PartnerRemediationNoticeDto,
  PartnerRemediationNoticeListDto,
  PartnerReportDto,
  PartnerReportListDto,
  PartnerReportReceiptDto,
  PartnerReportReceiptListDto,
  PublishRemediationDto,
  RemediationNoticeDto,
  RemediationNoticeListDto,
  ReportProblemDto,
  SharedPartnerReportListDto,
} from './dto/remediation.dto';
import { PartnerReportsService } from './partner-reports.service';
import { RemediationService } from './remediation.service';

/** An engagement's remediation notices and the reports its partners made: the developer's side. */
@ApiTags('remediation')
@Controller('v1/engagements/:id')
@ScopedTo('engagement')
export class EngagementRemediationController {
  constructor(
    private readonly remediation: RemediationService,
    private readonly reports: PartnerReportsService,
  ) {}

  @Post('remediation-notices')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Tell trusted partners to update: fixed version, digest and instruction; the urgency comes from the most urgent finding it fixes, never named',
  })
  @ApiCreatedResponse({ type: RemediationNoticeDto })
  publish(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: PublishRemediationDto): Promise<RemediationNoticeDto> {
    return this.remediation.publish(ctx, id, dto);
  }

  @Get('remediation-notices')
  @Allow(Role.Developer, Role.Auditor)
  @UuidParam('id')
  @ApiOperation({ summary: "The engagement's remediation notices, with which partners have acknowledged each" })
  @ApiOkResponse({ type: RemediationNoticeListDto })
  @ApiProblems(400, 401, 403, 404)
  notices(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RemediationNoticeListDto> {
    return this.remediation.forEngagement(actor, id);
  }

  @Get('partner-reports')
  @Allow(Role.Developer, Role.Reviewer, Role.Auditor)
  @UuidParam('id')
  @ApiOperation({ summary: 'Problems trusted partners reported (developer, attested reviewers, auditors)' })
  @ApiOkResponse({ type: PartnerReportListDto })
  @ApiProblems(400, 401, 403, 404)
  partnerReports(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PartnerReportListDto> {
    return this.reports.ofEngagement(actor, id);
  }

  @Post('partner-reports/:reportId/share')
  @Allow(Role.Developer)
  @UuidParam('id')
  @UuidParam('reportId')
  @CommandRoute()
  @ApiOperation({ summary: "Share a partner's report with the clearinghouse" })
  @ApiOkResponse({ type: PartnerReportDto })
  share(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('reportId') reportId: string,
    @NoBody() _body: Record<string, never>,
  ): Promise<PartnerReportDto> {
    return this.reports.share(ctx, id, reportId);
  }
}

/** A partner's side, on its grant: the notices to update, and the problems it reports. Never a finding. */
@ApiTags('remediation')
@Controller('v1/grants/:id')
@ScopedTo('grant')
export class GrantRemediationController {
  constructor(
    private readonly remediation: RemediationService,
    private readonly reports: PartnerReportsService,
  ) {}

  @Get('remediation-notices')
  @Allow(Role.Partner)
  @UuidParam('id')
  @ApiOperation({ summary: 'Remediation notices on an active or suspended grant: what to update to and how urgently' })
  @ApiOkResponse({ type: PartnerRemediationNoticeListDto })
  @ApiProblems(400, 401, 403, 404, 409)
  notices(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PartnerRemediationNoticeListDto> {
    return this.remediation.forGrant(actor, id);
  }

  @Post('remediation-notices/:noticeId/acknowledgement')
  @Allow(Role.Partner)
  @UuidParam('id')
  @UuidParam('noticeId')
  @CommandRoute()
  @ApiOperation({ summary: 'Acknowledge a remediation notice (once; a repeat answers as before)' })
  @ApiOkResponse({ type: PartnerRemediationNoticeDto })
  acknowledge(
    @Command() ctx: CommandContext,
    @IdParam() id: string,
    @IdParam('noticeId') noticeId: string,
    @NoBody() _body: Record<string, never>,
  ): Promise<PartnerRemediationNoticeDto> {
    return this.remediation.acknowledge(ctx, id, noticeId);
  }

  @Post('reports')
  @Allow(Role.Partner)
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Report a problem found with early access (an active grant); it reaches the developer, sealed' })
  @ApiCreatedResponse({ type: PartnerReportReceiptDto })
  report(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: ReportProblemDto): Promise<PartnerReportReceiptDto> {
    return this.reports.report(ctx, id, dto);
  }

  @Get('reports')
  @Allow(Role.Partner)
  @UuidParam('id')
  @ApiOperation({ summary: 'The problems this partner reported on this grant' })
  @ApiOkResponse({ type: PartnerReportReceiptListDto })
  @ApiProblems(400, 401, 403, 404)
  ownReports(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PartnerReportReceiptListDto> {
    return this.reports.ofGrant(actor, id);
  }
}

/** Partner reports developers shared with the clearinghouse. */
@ApiTags('clearinghouse')
@Controller('v1/clearinghouse')
export class ClearinghouseReportsController {
  constructor(private readonly reports: PartnerReportsService) {}

  @Get('reports')
  @Allow(Role.Clearinghouse)
  @ApiOperation({ summary: "Partners' reports developers shared with the clearinghouse, newest first (never the partner that made them)" })
  @ApiOkResponse({ type: SharedPartnerReportListDto })
  @ApiProblems(401, 403)
  shared(@CurrentActor() actor: Actor): Promise<SharedPartnerReportListDto> {
    return this.reports.shared(actor);
  }
}
