import { Body, Controller, Get, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { CreateFindingDto, FindingAnsweredDto, FindingListDto, FindingRecordedDto, FindingResponseDto } from './dto/finding.dto';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@Controller('v1/engagements/:id/findings')
@ScopedTo('engagement')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

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
  @ApiOperation({ summary: "The engagement's findings (developer, attested reviewers, auditors; never partners)" })
  @ApiOkResponse({ type: FindingListDto })
  @ApiProblems(400, 401, 403, 404)
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<FindingListDto> {
    return this.findings.list(actor, id);
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
