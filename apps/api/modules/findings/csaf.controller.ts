import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, ScopedTo } from '../../auth/auth.decorators';
import { ApiProblems, IdParam, UuidParam } from '../../common/openapi.decorators';
import { CsafExportService } from './csaf-export.service';

const CSAF_DOCUMENT = {
  type: 'object',
  additionalProperties: true,
  description: 'A CSAF 2.0 document, profile csaf_security_advisory (https://docs.oasis-open.org/csaf/csaf/v2.0/csaf-v2.0.html)',
} as const;

/** Findings as CSAF 2.0: the developer's own, and the clearinghouse's shared ones (its scope is the shared finding, never the roster). */
@ApiTags('findings')
@Controller('v1/engagements/:id')
@ScopedTo('engagement')
export class CsafController {
  constructor(private readonly exports: CsafExportService) {}

  @Get('findings/:findingId/csaf')
  @Allow(Role.Developer, Role.Clearinghouse)
  @UuidParam('id')
  @UuidParam('findingId')
  @ApiOperation({ summary: 'One finding as a CSAF 2.0 security advisory (its developer; the clearinghouse once it is shared)' })
  @ApiOkResponse({ schema: CSAF_DOCUMENT })
  @ApiProblems(400, 401, 403, 404)
  finding(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('findingId') findingId: string): Promise<Record<string, unknown>> {
    return this.exports.finding(actor, id, findingId);
  }

  @Get('csaf')
  @Allow(Role.Developer, Role.Clearinghouse)
  @UuidParam('id')
  @ApiOperation({ summary: "The engagement's findings as one CSAF 2.0 advisory: all of them for its developer, the shared ones for the clearinghouse" })
  @ApiOkResponse({ schema: CSAF_DOCUMENT })
  @ApiProblems(400, 401, 403, 404)
  engagement(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<Record<string, unknown>> {
    return this.exports.engagement(actor, id);
  }
}
