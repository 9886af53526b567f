import { Injectable } from '@nestjs/common';

import { UnitOfWork } from '#persistence';

import { DependencyErrorCode, DependencyException } from '../../errors/api-errors';
import { TemporalProbeService } from '../../temporal/temporal-probe.service';
import { HealthDto, Status } from './health.dto';

const PROBE_TIMEOUT_MS = 2_000;

function within(ms: number, work: Promise<unknown>): Promise<unknown> {
  return Promise.race([work, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);
}

async function probe(work: () => Promise<unknown>): Promise<Status> {
  try {
    await within(PROBE_TIMEOUT_MS, work());
    return 'up';
  } catch {
    return 'down';
  }
}

@Injectable()
export class HealthService {
  constructor(
    private readonly database: UnitOfWork,
    private readonly temporal: TemporalProbeService,
  ) {}

  /** Both dependencies, probed at once, each within 2 s; a 503 names the one that is down. */
  async check(): Promise<HealthDto> {
    const [database, temporal] = await Promise.all([probe(() => this.database.ping()), probe(() => this.temporal.ping())]);
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
