import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, Public, ScopedTo } from '../../auth/auth.decorators';
import { ApiProblems, IdParam, UuidParam } from '../../common/openapi.decorators';
import { EngagementRecordJwsDto, RecordKeysDto } from './dto/record.dto';
import { RecordsService } from './records.service';

@ApiTags('records')
@Controller()
export class RecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get('v1/engagements/:id/record')
  @Allow(Role.Auditor, Role.Developer)
  @ScopedTo('engagement')
  @UuidParam('id')
  @Header('Content-Type', 'application/jose+json')
  @ApiOperation({ summary: "The engagement's whole record for retention, as a signed JWS (auditors: all of it; its developer: what its people can read)" })
  @ApiProduces('application/jose+json')
  @ApiOkResponse({ type: EngagementRecordJwsDto })
  @ApiProblems(400, 401, 403, 404, 503)
  record(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EngagementRecordJwsDto> {
    return this.records.export(actor, id);
  }

  @Get('.well-known/record-keys.json')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: "Public keys for checking exported engagement records (their own keys, not the access tokens')" })
  @ApiOkResponse({ type: RecordKeysDto })
  keys(): RecordKeysDto {
    return this.records.keys();
  }
}
