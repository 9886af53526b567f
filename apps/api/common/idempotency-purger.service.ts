import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { BrowserSessionRepository, IdempotencyRepository } from '#persistence';

const PURGE_EVERY_MS = 3_600_000;

/** Deletes idempotency records past their retention and sign-ins never finished, hourly, so neither table grows without bound. */
@Injectable()
export class IdempotencyPurgerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly records: IdempotencyRepository,
    private readonly sessions: BrowserSessionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async purge(): Promise<number> {
    try {
      await this.sessions.purgeAttempts(new Date());
      const removed = await this.records.purgeExpired();
      if (removed > 0) {
        this.logger.log(`purged ${removed} expired idempotency records`);
      }
      return removed;
    } catch (error) {
      this.logger.warn(`purge failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
