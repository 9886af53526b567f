import { Body, Controller, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Role } from '#domain';

import { Allow, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { BulkRevocationDto, BulkRevokeDto } from './dto/grant.dto';
import { GrantsService } from './grants.service';

@ApiTags('trusted partners')
@Controller('v1/engagements/:id/grants/revoke')
@ScopedTo('engagement')
export class BulkRevocationController {
  constructor(private readonly grants: GrantsService) {}

  @Post()
  @Allow(Role.Developer, Role.ProgramAdmin)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Revoke every grant of the engagement, or of one sector in it' })
  @ApiOkResponse({ type: BulkRevocationDto })
  revokeAll(@Command() ctx: CommandContext, @IdParam() id: string, @Body() dto: BulkRevokeDto): Promise<BulkRevocationDto> {
    return this.grants.revokeAll(ctx, id, dto);
  }
}
