import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems } from '../../common/openapi.decorators';
import { ClearinghouseService } from './clearinghouse.service';
import { ClearinghouseQuery, SharedFindingListDto } from './dto/clearinghouse.dto';

@ApiTags('clearinghouse')
@Controller('v1/clearinghouse')
export class ClearinghouseController {
  constructor(private readonly clearinghouse: ClearinghouseService) {}

  @Get('findings')
  @Allow(Role.Clearinghouse)
  @ApiOperation({ summary: 'Findings developers shared with the clearinghouse, across engagements: most urgent tier first, newest within it' })
  @ApiOkResponse({ type: SharedFindingListDto })
  @ApiProblems(400, 401, 403)
  queue(@CurrentActor() actor: Actor, @Query() query: ClearinghouseQuery): Promise<SharedFindingListDto> {
    return this.clearinghouse.queue(actor, query);
  }
}
