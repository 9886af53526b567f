import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { ApiProblems, IdParam, UuidParam } from '../../common/openapi.decorators';
import { PageQuery } from '../../common/pagination';
import { AuditService } from './audit.service';
import { AuditCheckpointsService } from './audit-checkpoints.service';
import { AuditCheckpointListDto, AuditEventListDto, AuditVerificationDto } from './dto/audit.response';
import { AuditSearchQuery } from './dto/audit-search.query';

@ApiTags('audit')
@Controller('v1')
export class AuditController {
  constructor(
    private readonly service: AuditService,
    private readonly checkpointLog: AuditCheckpointsService,
  ) {}

  @Get('engagements/:id/audit')
  @Allow(Role.Auditor)
  @ScopedTo('engagement')
  @UuidParam('id')
  @ApiOperation({ summary: "An engagement's audit events, in chain order" })
  @ApiOkResponse({ type: AuditEventListDto })
  @ApiProblems(400, 401, 403, 404)
  forEngagement(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery): Promise<AuditEventListDto> {
    return this.service.forEngagement(actor, id, page);
  }

  @Get('audit')
  @Allow(Role.Auditor)
  @ApiOperation({ summary: 'The audit trail across the program, by engagement, actor, action, subject type and time; events about no engagement included' })
  @ApiOkResponse({ type: AuditEventListDto })
  @ApiProblems(400, 401, 403)
  search(@CurrentActor() actor: Actor, @Query() query: AuditSearchQuery): Promise<AuditEventListDto> {
    return this.service.search(actor, query);
  }

  @Get('audit/checkpoints')
  @Allow(Role.Auditor)
  @ApiOperation({ summary: "The audit chain's signed checkpoints, in the order written, with the public keys that check them" })
  @ApiOkResponse({ type: AuditCheckpointListDto })
  @ApiProblems(400, 401, 403)
  checkpoints(@Query() page: PageQuery): Promise<AuditCheckpointListDto> {
    return this.checkpointLog.list(page);
  }

  @Get('audit/verify')
  @Allow(Role.Auditor)
  @ApiOperation({ summary: 'Walk the whole hash chain and name the first broken event' })
  @ApiOkResponse({ type: AuditVerificationDto })
  @ApiProblems(401, 403, 503)
  verify(@CurrentActor() actor: Actor): Promise<AuditVerificationDto> {
    return this.service.verify(actor);
  }
}
