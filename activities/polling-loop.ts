import { Logger } from '@nestjs/common';

/**
 * Runs a round of work, then waits, then runs it again, until stopped. A round that fails is logged
 * and the next one tries again: the work keeps its own place (in PostgreSQL), so nothing is lost.
 */
export class PollingLoop {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    name: string,
    private readonly intervalMs: number,
    private readonly round: () => Promise<unknown>,
  ) {
    this.logger = new Logger(name);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.schedule(0);
  }

  /** Stops, once the round under way (if any) is done. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.running = this.round()
        .catch((error: unknown) => this.logger.warn(`waits for the next round: ${String(error)}`))
        .finally(() => this.schedule(this.intervalMs));
    }, delayMs);
  }
}
