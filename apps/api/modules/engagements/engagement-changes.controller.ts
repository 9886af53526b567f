import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems } from '../../common/openapi.decorators';
import { EngagementChangesDto, EngagementChangesQuery } from './dto/engagement-changes';
import { EngagementQueriesService } from './engagement-queries.service';

/** The metadata-only feed live pages poll, so that they fetch (and audit) content only when it changed. */
@ApiTags('engagements')
@Controller('v1/engagement-changes')
export class EngagementChangesController {
  constructor(private readonly queries: EngagementQueriesService) {}

  @Get()
  @Allow(Role.Developer, Role.Reviewer, Role.DesignationAuthority, Role.ProgramAdmin, Role.Auditor)
  @ApiOperation({
    summary: 'What changed among the engagements you may see: ids, versions and stages since the cursor. Not audited: it carries no content',
  })
  @ApiOkResponse({ type: EngagementChangesDto })
  @ApiProblems(400, 401, 403)
  changes(@CurrentActor() actor: Actor, @Query() query: EngagementChangesQuery): Promise<EngagementChangesDto> {
    return this.queries.changes(actor, query);
  }
}
