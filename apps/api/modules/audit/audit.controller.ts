import { Readable } from 'node:stream';

import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { ApiProblems, IdParam, UuidParam } from '../../common/openapi.decorators';
import { PageQuery } from '../../common/pagination';
import { AuditService } from './audit.service';
import { AuditCheckpointsService } from './audit-checkpoints.service';
import { AuditExportService } from './audit-export.service';
import { AuditCheckpointListDto, AuditEventListDto, AuditVerificationDto } from './dto/audit.response';
import { AuditExportQuery } from './dto/audit-export.query';
import { AuditSearchQuery } from './dto/audit-search.query';

const NDJSON = 'application/x-ndjson';

@ApiTags('audit')
@Controller('v1')
export class AuditController {
  constructor(
    private readonly service: AuditService,
    private readonly checkpointLog: AuditCheckpointsService,
    private readonly exports: AuditExportService,
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

  @Get('audit/export')
  @Allow(Role.Auditor)
  @ApiOperation({
    summary:
      'The audit trail as NDJSON, streamed: a header (marked CUI//PROPIN), each event with its hash and link, the signed checkpoints among them, and an end line; check it with npm run audit:verify -- --file',
  })
  @ApiProduces(NDJSON)
  @ApiOkResponse({ content: { [NDJSON]: { schema: { type: 'string', description: 'One JSON object per line: header, event, checkpoint or end' } } } })
  @ApiProblems(400, 401, 403)
  async export(@CurrentActor() actor: Actor, @Query() query: AuditExportQuery): Promise<StreamableFile> {
    // One piece (a hundred events) ahead of the socket, and the batch it comes from, at most: the export's size never gathers in memory.
    return new StreamableFile(Readable.from(await this.exports.export(actor, query), { highWaterMark: 1 }), {
      type: `${NDJSON}; charset=utf-8`,
      disposition: 'attachment; filename="audit-export.ndjson"',
    });
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
