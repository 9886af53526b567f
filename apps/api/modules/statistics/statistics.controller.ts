import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems } from '../../common/openapi.decorators';
import { WantsCsv } from '../../common/wants-csv.decorator';
import { StatisticsDto, StatisticsQuery } from './dto/statistics.dto';
import { StatisticsService } from './statistics.service';
import { statisticsCsv } from './statistics-csv';

@ApiTags('statistics')
@Controller('v1/statistics')
export class StatisticsController {
  constructor(private readonly service: StatisticsService) {}

  @Get()
  @Allow(Role.ProgramAdmin, Role.Auditor, Role.Oversight)
  @ApiOperation({
    summary:
      'Program statistics over the engagements submitted in ?from=&to=, every cell under 5 suppressed ("<5", with its complement); CSV with Accept: text/csv',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: StatisticsDto })
  @ApiProblems(400, 401, 403)
  async read(@CurrentActor() actor: Actor, @Query() query: StatisticsQuery, @WantsCsv() csv: boolean): Promise<StatisticsDto | StreamableFile> {
    if (!csv) {
      return this.service.read(actor, query, 'json');
    }
    const text = statisticsCsv(await this.service.read(actor, query, 'csv'));
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="statistics.csv"' });
  }
}
