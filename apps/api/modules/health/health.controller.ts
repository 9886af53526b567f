import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { Public } from '../../auth/auth.decorators';
import { DependencyErrorCode, DependencyException } from '../../common/api-errors';
import { ApiProblems } from '../../common/openapi.decorators';

type Status = 'up' | 'down';

class DependenciesDto {
  @ApiProperty({ enum: ['up', 'down'] }) database!: Status;
  @ApiProperty({ enum: ['up', 'down'] }) temporal!: Status;
}

class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: DependenciesDto }) dependencies!: DependenciesDto;
}

const PROBE_TIMEOUT_MS = 2_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether PostgreSQL and Temporal are reachable' })
  @ApiOkResponse({ type: HealthDto })
  @ApiProblems(503)
  async check(): Promise<HealthDto> {
    const probe = async (work: () => Promise<unknown>): Promise<Status> => {
      try {
        await within(PROBE_TIMEOUT_MS, work());
        return 'up';
      } catch {
        return 'down';
      }
    };
    const [database, temporal] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.temporal.workflowService.getSystemInfo({})),
    ]);
    const dependencies = { database, temporal };
    if (database === 'down') {
      throw new DependencyException(DependencyErrorCode.DatabaseUnavailable, 'PostgreSQL is not reachable', { dependencies });
    }
    if (temporal === 'down') {
      throw new DependencyException(DependencyErrorCode.TemporalUnavailable, 'Temporal is not reachable', { dependencies });
    }
    return { status: 'ok', dependencies };
  }
}
