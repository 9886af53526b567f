import { Body, Controller, Get, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems, CommandRoute } from '../../common/openapi.decorators';
import { CreateOrganizationDto, ListOrganizationsQuery, OrganizationDto, OrganizationListDto, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('v1/organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @Allow(Role.ProgramAdmin)
  @ApiOperation({ summary: 'The registered organizations and their kinds, in id order' })
  @ApiOkResponse({ type: OrganizationListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListOrganizationsQuery): Promise<OrganizationListDto> {
    return this.organizations.list(query);
  }

  @Post()
  @Allow(Role.ProgramAdmin)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: "Register an organization with its kind, which bounds the roles its people's tokens may claim" })
  @ApiCreatedResponse({ type: OrganizationDto })
  register(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.register(actor, dto);
  }

  @Patch(':id')
  @Allow(Role.ProgramAdmin)
  @ApiParam({ name: 'id', type: String })
  @CommandRoute()
  @ApiOperation({ summary: 'Rename an organization or change its kind (a partner in the registry stays a PARTNER)' })
  @ApiOkResponse({ type: OrganizationDto })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.organizations.update(actor, id, dto);
  }
}
