import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Public } from '../../auth/auth.decorators';
import { ApiProblems } from '../../common/openapi.decorators';
import { HealthDto } from './health.dto';
import { HealthService } from './health.service';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether PostgreSQL and Temporal are reachable' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  check(): Promise<HealthDto> {
    return this.health.check();
  }
}
