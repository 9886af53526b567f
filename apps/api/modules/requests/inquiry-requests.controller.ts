import { Body, Controller, Get, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { NoBody } from '../../common/no-body';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { AcceptInquiryRequestDto, InquiryRequestDto, InquiryRequestListDto, ListInquiryRequestsQuery, OpenInquiryRequestDto } from './dto/inquiry-request.dto';
import { InquiryRequestsService } from './inquiry-requests.service';

@ApiTags('requests')
@Controller('v1/requests')
export class InquiryRequestsController {
  constructor(private readonly requests: InquiryRequestsService) {}

  @Post()
  @Allow(Role.ProgramAdmin)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Ask a developer organization to open an inquiry about a named model, by a deadline; its answer is voluntary (program administrators)',
  })
  @ApiCreatedResponse({ type: InquiryRequestDto })
  open(@Command() ctx: CommandContext, @Body() dto: OpenInquiryRequestDto): Promise<InquiryRequestDto> {
    return this.requests.open(ctx, dto);
  }

  @Get()
  @Allow(Role.ProgramAdmin, Role.Developer)
  @ApiOperation({ summary: "Government requests, newest first: every one for program administrators, your organization's for developers" })
  @ApiOkResponse({ type: InquiryRequestListDto })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: ListInquiryRequestsQuery): Promise<InquiryRequestListDto> {
    return this.requests.list(actor, query);
  }

  @Get(':id')
  @Allow(Role.ProgramAdmin, Role.Developer)
  @UuidParam('id')
  @ApiOperation({ summary: 'One government request' })
  @ApiOkResponse({ type: InquiryRequestDto })
  @ApiProblems(400, 401, 403, 404)
  detail(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<InquiryRequestDto> {
    return this.requests.detail(actor, id);
  }

  @Post(':id/accept')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Accept a request while it is OPEN: it becomes an inquiry as any other, about the model it names, submitted by you' })
  @ApiOkResponse({ type: InquiryRequestDto })
  accept(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: AcceptInquiryRequestDto): Promise<InquiryRequestDto> {
    return this.requests.accept(ctx, id, dto);
  }

  @Post(':id/decline')
  @Allow(Role.Developer)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Decline a request while it is OPEN: it ends as DECLINED' })
  @ApiOkResponse({ type: InquiryRequestDto })
  decline(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<InquiryRequestDto> {
    return this.requests.decline(ctx, id);
  }
}
