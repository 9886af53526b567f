import { randomUUID } from 'node:crypto';

import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '#config';

/** The channel migration 19's triggers notify at each commit that changes what an access token rests on. */
export const ACCESS_STATE_CHANNEL = 'access_state';

/** What changed: one engagement's access state, or anything at all (a partner, or notices that may have been missed). */
export type AccessStateChange = { readonly engagementId: string } | { readonly all: true };

/** How long to wait before listening again after the connection failed. */
const RECONNECT_MS = 1_000;
/**
 * The listener notifies itself this often, and counts the feed lost when its own notice has not come back for
 * HEARTBEAT_TIMEOUT_MS: a connection that died silently (a dropped route, a failover) raises no error.
 */
const HEARTBEAT_MS = 1_000;
const HEARTBEAT_TIMEOUT_MS = 3_000;
const PING = 'ping:';
const BARRIER = 'barrier:';
/** How long a barrier may take to come back before the feed is counted lost. */
const BARRIER_TIMEOUT_MS = 2_000;

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
  private heartbeat: NodeJS.Timeout | undefined;
  private lastEcho = 0;
  /** A heartbeat is on its way: the listening connection runs one statement at a time. */
  private beating = false;
  private readonly ping = `${PING}${randomUUID()}`;
  private readonly barriers = new Map<string, () => void>();

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Counts every change seen and every time the feed was lost or regained. */
  get generation(): number {
    return this.changes;
  }

  /** Whether every committed change is being heard now: listening, and its own heartbeat came back lately. */
  get isLive(): boolean {
    return this.live && Date.now() - this.lastEcho <= HEARTBEAT_TIMEOUT_MS;
  }

  /** Calls `listener` with each change from now on; the first subscriber starts the feed. */
  subscribe(listener: (change: AccessStateChange) => void): void {
    this.listeners.add(listener);
    if (!this.started) {
      this.started = true;
      void this.listen();
    }
  }

  /**
   * Resolves once every change committed before this call has been heard. PostgreSQL delivers notices in the
   * order their transactions committed, so when a notice sent now comes back, every earlier one has been
   * handled. A command's answer waits for this, so once it has answered, what this process keeps reflects it.
   * Should the barrier not come back, the feed is counted lost (and nothing kept is used).
   */
  async settled(): Promise<void> {
    const client = this.client;
    if (!client || !this.isLive) {
      return;
    }
    const barrier = `${BARRIER}${randomUUID()}`;
    let timer: NodeJS.Timeout | undefined;
    const back = new Promise<boolean>((resolve) => {
      this.barriers.set(barrier, () => resolve(true));
      timer = setTimeout(() => resolve(false), BARRIER_TIMEOUT_MS);
    });
    try {
      // Sent from the pool, not the listening connection: the order of commits is what counts, not the sender.
      await this.dataSource.query('SELECT pg_notify($1, $2)', [ACCESS_STATE_CHANNEL, barrier]);
      if (!(await back)) {
        this.lost(client, new Error(`a barrier did not come back within ${BARRIER_TIMEOUT_MS} ms`));
      }
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
      this.barriers.delete(barrier);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.live = false;
    clearInterval(this.heartbeat);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'frontier-access-listen',
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      const payload = message.payload;
      if (message.channel !== ACCESS_STATE_CHANNEL || payload === undefined) {
        return;
      }
      if (payload.startsWith(PING)) {
        // Every listener hears every process's heartbeat; only its own counts.
        if (payload === this.ping) this.lastEcho = Date.now();
        return;
      }
      if (payload.startsWith(BARRIER)) {
        this.barriers.get(payload)?.();
        return;
      }
      this.tell(payload === '*' ? { all: true } : { engagementId: payload });
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${ACCESS_STATE_CHANNEL}`);
      if (this.client === client && !this.stopped) {
        // Whatever was read before this moment may have missed a change.
        this.changes += 1;
        this.lastEcho = Date.now();
        this.live = true;
        this.heartbeat = setInterval(() => this.beat(client), HEARTBEAT_MS);
        this.heartbeat.unref();
      }
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private beat(client: Client): void {
    if (Date.now() - this.lastEcho > HEARTBEAT_TIMEOUT_MS) {
      this.lost(client, new Error(`its own notice did not come back within ${HEARTBEAT_TIMEOUT_MS} ms`));
      return;
    }
    if (this.beating) {
      return;
    }
    this.beating = true;
    client
      .query('SELECT pg_notify($1, $2)', [ACCESS_STATE_CHANNEL, this.ping])
      .catch((error: unknown) => this.lost(client, error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        this.beating = false;
      });
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) {
      return;
    }
    this.client = undefined;
    clearInterval(this.heartbeat);
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
