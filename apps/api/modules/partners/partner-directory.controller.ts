import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Role } from '#domain';

import { Allow } from '../../auth/auth.decorators';
import { ApiProblems } from '../../common/openapi.decorators';
import { DirectoryListDto, DirectoryQuery } from './dto/partner.dto';
import { PartnersService } from './partners.service';

/** What nominators browse to choose partners: the verified ones, and only their name, sector and state. */
@ApiTags('partner registry')
@Controller('v1/partner-directory')
export class PartnerDirectoryController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Allow(Role.Developer, Role.ProgramAdmin)
  @ApiOperation({ summary: 'Verified partners in id order: name, sector and state (what a nomination may name)' })
  @ApiOkResponse({ type: DirectoryListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: DirectoryQuery): Promise<DirectoryListDto> {
    return this.partners.directory(query);
  }
}
