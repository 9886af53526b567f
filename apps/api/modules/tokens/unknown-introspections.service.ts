import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '#config';
import type { Actor } from '#domain';
import { AuditGroupCommit } from '#persistence';

interface Tally {
  readonly sub: string;
  readonly roles: readonly string[];
  readonly from: string;
  count: number;
  readonly reasons: Record<string, number>;
}

/**
 * Introspections of strings this system never issued as tokens (malformed, or not signed by us) are
 * audited together: one event per caller per interval, with a count, instead of one each, so a flood of
 * junk never queues for the audit chain's lock. Every introspection of a token the system did issue is
 * still audited on its own (IntrospectionService).
 */
@Injectable()
export class UnknownIntrospectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Introspection');
  private tallies = new Map<string, Tally>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly auditGroup: AuditGroupCommit,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.config.unknownTokenAuditIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  count(caller: Actor, reason: string): void {
    const key = `${caller.org}\n${caller.sub}`;
    const tally = this.tallies.get(key) ?? { sub: caller.sub, roles: caller.roles, from: new Date().toISOString(), count: 0, reasons: {} };
    tally.count += 1;
    tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
    this.tallies.set(key, tally);
  }

  /** Writes one event per caller for what was counted since the last flush. */
  async flush(): Promise<void> {
    const tallies = [...this.tallies.values()];
    this.tallies = new Map();
    const to = new Date().toISOString();
    await Promise.all(
      tallies.map((tally) =>
        this.auditGroup
          .append({
            actorSub: tally.sub,
            actorRoles: tally.roles,
            action: 'access_token.unknown_introspected',
            engagementId: null,
            subjectType: 'access_token',
            subjectId: 'unknown',
            outcome: 'INACTIVE',
            details: { count: tally.count, reasons: { ...tally.reasons }, from: tally.from, to },
          })
          .catch((error: unknown) => this.logger.warn(`could not audit ${tally.count} unknown introspections by ${tally.sub}: ${String(error)}`)),
      ),
    );
  }
}
