import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { Actor, DAY_MS, programStatistics, SMALL_CELL, STATISTICS_DIMENSIONS, SUPPRESSED } from '#domain';
import { AuditGroupCommit, StatisticsRepository } from '#persistence';

import { givenPeriod, periodDates } from '../../common/period';
import { StatisticsDto, StatisticsQuery } from './dto/statistics.dto';

/**
 * How the voluntary process is used, for program administrators, auditors and oversight: every figure
 * over the engagements submitted in the period, small cells suppressed. Each read is audited with its
 * period (never its figures: they are the program's, not the reader's).
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly config: AppConfig,
  ) {}

  async read(actor: Actor, query: StatisticsQuery, format: 'json' | 'csv'): Promise<StatisticsDto> {
    const { from, to } = periodDates(query);
    const facts = await this.statistics.facts(from ?? null, to ?? null);
    const figures = programStatistics(facts, STATISTICS_DIMENSIONS);
    await this.auditGroup.appendRead(actor, {
      action: 'statistics.viewed',
      engagementId: null,
      subjectType: 'statistics',
      subjectId: 'program',
      details: { format, ...givenPeriod(query) },
    });
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      generatedAt: new Date().toISOString(),
      suppression: { threshold: SMALL_CELL, marker: SUPPRESSED },
      ...figures,
      determinations: { targetDays: Math.round((this.config.determination.targetMs / DAY_MS) * 10) / 10, ...figures.determinations },
    };
  }
}
