import { Body, Controller, Get, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems, CommandRoute } from '../../common/openapi.decorators';
import {
  CreatePartnerDto,
  ImportPartnersDto,
  ImportReportDto,
  ListPartnersQuery,
  PartnerContactsDto,
  PartnerDto,
  PartnerListDto,
  ReplaceContactsDto,
  UpdatePartnerDto,
} from './dto/partner.dto';
import { PartnerContactsService } from './partner-contacts.service';
import { PartnersService } from './partners.service';

@ApiTags('partner registry')
@Controller('v1/partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnersService,
    private readonly contacts: PartnerContactsService,
  ) {}

  @Post()
  @Allow(Role.ProgramAdmin)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Add a trusted-partner organization (VERIFIED unless said otherwise)' })
  @ApiCreatedResponse({ type: PartnerDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePartnerDto): Promise<PartnerDto> {
    return this.partners.create(actor, dto);
  }

  @Post('import')
  @Allow(Role.ProgramAdmin)
  @CommandRoute()
  // Documented as JSON: CSV (text/csv, the same rows under a header row) is taken too, as the body's description says;
  // a CSV schema of its own cannot say more than "a string starting with the header".
  @ApiBody({ type: ImportPartnersDto })
  @ApiOperation({ summary: 'Import up to 50,000 partners (JSON rows or CSV); bad rows come back with their errors' })
  @ApiOkResponse({ type: ImportReportDto })
  import(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<ImportReportDto> {
    return typeof body === 'string' ? this.partners.import(actor, undefined, body) : this.partners.import(actor, body, undefined);
  }

  @Get()
  @Allow(Role.ProgramAdmin)
  @ApiOperation({ summary: 'The registry, in id order' })
  @ApiOkResponse({ type: PartnerListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListPartnersQuery): Promise<PartnerListDto> {
    return this.partners.list(query);
  }

  @Get(':id')
  @Allow(Role.ProgramAdmin)
  @ApiParam({ name: 'id', type: String })
  @ApiOperation({ summary: 'One partner with its contacts (an audited read)' })
  @ApiOkResponse({ type: PartnerDto })
  @ApiProblems(401, 403, 404)
  detail(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PartnerDto> {
    return this.partners.detail(actor, id);
  }

  @Get(':id/contacts')
  @Allow(Role.Partner, Role.ProgramAdmin)
  @ApiParam({ name: 'id', type: String })
  @ApiOperation({ summary: "A partner's security contacts (an audited read): a partner's people read their own organization's" })
  @ApiOkResponse({ type: PartnerContactsDto })
  @ApiProblems(401, 403, 404)
  readContacts(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PartnerContactsDto> {
    return this.contacts.read(actor, id);
  }

  @Put(':id/contacts')
  @Allow(Role.Partner, Role.ProgramAdmin)
  @ApiParam({ name: 'id', type: String })
  @CommandRoute()
  @ApiOperation({ summary: "Replace a partner's security contacts: a partner's people keep their own organization's current" })
  @ApiOkResponse({ type: PartnerContactsDto })
  replaceContacts(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: ReplaceContactsDto): Promise<PartnerContactsDto> {
    return this.contacts.replace(actor, id, dto);
  }

  @Patch(':id')
  @Allow(Role.ProgramAdmin)
  @ApiParam({ name: 'id', type: String })
  @CommandRoute()
  @ApiOperation({ summary: 'Rename, re-verify or suspend a partner, or replace its contacts' })
  @ApiOkResponse({ type: PartnerDto })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdatePartnerDto): Promise<PartnerDto> {
    return this.partners.update(actor, id, dto);
  }
}
