import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';

import { AppConfig } from '#config';

/** The channel migration 19's triggers notify at each commit that changes what an access token rests on. */
export const ACCESS_STATE_CHANNEL = 'access_state';

/** What changed: one engagement's access state, or anything at all (a partner, or notices that may have been missed). */
export type AccessStateChange = { readonly engagementId: string } | { readonly all: true };

/** How long to wait before listening again after the connection failed. */
const RECONNECT_MS = 1_000;

/**
 * A live feed of committed changes to access state, by engagement, from PostgreSQL's LISTEN on its own
 * connection. What a process keeps in memory from these tables may be trusted only while the feed
 * is live and nothing changed while it read: `generation` counts every change (and every loss of the
 * feed), so a reader notes it before reading and keeps what it read only if it is still the same.
 * While the connection is down the feed is not live, listeners have been told to forget everything,
 * and readers go to the database; it comes back by itself.
 */
@Injectable()
export class AccessStateChanges implements OnApplicationShutdown {
  private readonly log = new Logger('AccessStateChanges');
  private readonly listeners = new Set<(change: AccessStateChange) => void>();
  private client: Client | undefined;
  private live = false;
  private stopped = false;
  private started = false;
  private changes = 0;

  constructor(private readonly config: AppConfig) {}

  /** Counts every change seen and every time the feed was lost or regained. */
  get generation(): number {
    return this.changes;
  }

  /** Whether every committed change is being heard now. */
  get isLive(): boolean {
    return this.live;
  }

  /** Calls `listener` with each change from now on; the first subscriber starts the feed. */
  subscribe(listener: (change: AccessStateChange) => void): void {
    this.listeners.add(listener);
    if (!this.started) {
      this.started = true;
      void this.listen();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.live = false;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.database.url, application_name: 'frontier-access-listen' });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === ACCESS_STATE_CHANNEL && message.payload !== undefined) {
        this.tell(message.payload === '*' ? { all: true } : { engagementId: message.payload });
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_STATE_CHANNEL}`);
      if (this.client === client && !this.stopped) {
        // Whatever was read before this moment may have missed a change.
        this.changes += 1;
        this.live = true;
      }
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) {
      return;
    }
    this.client = undefined;
    const wasLive = this.live;
    this.live = false;
    this.tell({ all: true });
    void client.end().catch(() => undefined);
    if (this.stopped) {
      return;
    }
    if (wasLive) {
      this.log.warn(`access-state notices lost (${error.message}); reading through to the database until they are back`);
    }
    setTimeout(() => void this.listen(), RECONNECT_MS).unref();
  }

  private tell(change: AccessStateChange): void {
    this.changes += 1;
    for (const listener of this.listeners) {
      listener(change);
    }
  }
}
