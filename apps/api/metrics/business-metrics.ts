import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';

import { SMALL_CELL, suppressList } from '#domain';
import { LiveCounts, StatisticsRepository } from '#persistence';

import { MetricsService } from './metrics.service';

/** One read of the live counts serves every gauge of a scrape. */
const FRESH_MS = 1_000;

/**
 * How the program stands now, as Prometheus gauges read at each scrape: engagements by stage, overdue
 * determinations, active grants and pending nominations. No label names an organization, and the
 * statistics' suppression holds: a count under 5 (and the stage that would give it back) is left out,
 * and `program_suppressed{metric=…}` says so, since Prometheus has no "<5".
 */
@Injectable()
export class BusinessMetrics {
  private read?: { at: number; counts: Promise<LiveCounts> };

  constructor(metrics: MetricsService, statistics: StatisticsRepository) {
    const live = (): Promise<LiveCounts> => {
      if (!this.read || Date.now() - this.read.at > FRESH_MS) {
        this.read = { at: Date.now(), counts: statistics.live() };
      }
      return this.read.counts;
    };
    const suppressed = new Gauge({
      name: 'program_suppressed',
      help: 'Business metrics left out because they count fewer than 5 (1 where any value of the metric is)',
      labelNames: ['metric'] as const,
      registers: [metrics.registry],
    });
    const counted = (name: string, help: string, value: (counts: LiveCounts) => number): void => {
      new Gauge({
        name,
        help,
        // A gauge without labels would read 0 once reset; with its one constant label it reads nothing when left out.
        labelNames: ['scope'] as const,
        registers: [metrics.registry],
        async collect() {
          const count = value(await live());
          this.reset();
          suppressed.set({ metric: name }, count < SMALL_CELL ? 1 : 0);
          if (count >= SMALL_CELL) this.set({ scope: 'program' }, count);
        },
      });
    };
    new Gauge({
      name: 'program_engagements',
      help: 'Engagements by stage (stages under 5, and their complement, left out)',
      labelNames: ['stage'] as const,
      registers: [metrics.registry],
      async collect() {
        const { engagementsByStage } = await live();
        const stages = [...engagementsByStage.keys()].sort();
        const { cells } = suppressList(stages.map((stage) => engagementsByStage.get(stage) ?? 0));
        this.reset();
        suppressed.set({ metric: 'program_engagements' }, cells.some((cell) => typeof cell !== 'number') ? 1 : 0);
        stages.forEach((stage, i) => {
          const cell = cells[i];
          if (typeof cell === 'number') this.set({ stage }, cell);
        });
      },
    });
    counted('program_determinations_overdue', 'Engagements whose determination is past its due date', (counts) => counts.overdueDeterminations);
    counted('program_grants_active', 'Trusted-partner grants active now', (counts) => counts.activeGrants);
    counted('program_nominations_pending', 'Partner nominations awaiting an answer', (counts) => counts.pendingNominations);
  }
}
