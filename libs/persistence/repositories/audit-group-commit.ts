import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { isRefusedByDatabase } from '../database-errors';
import { AuditEntry, AuditRepository, chainAfter, ChainedEvent, ChainHead } from './audit.repository';

/** Most events one group commit writes; more wait for the next. */
const MAX_GROUP = 500;

interface Waiting {
  readonly entry: AuditEntry;
  readonly done: (error?: Error) => void;
}

/**
 * Group commit for audit events that stand alone (an introspection, a read of sealed fields):
 * events arriving while a group commits are chained and committed together in a later one, so
 * concurrent callers share one chain lock and one WAL flush instead of queueing for them one by one.
 * A group is one INSERT statement of its own, chained after the head the last group left (one round
 * trip, not four); when another process has moved the head meanwhile, the database refuses it whole
 * and it is chained again under the head's lock. Each caller's promise settles only when its own
 * event is durable. If a group's write fails, none of its events is written. If the database refused the rows, each event
 * is then tried alone, so one it refuses fails its own caller only; any other failure (an outage)
 * fails every caller in the group at once.
 *
 * Events that must commit with a change (a command and its effects) keep using
 * {@link AuditRepository.append} inside that change's transaction.
 */
@Injectable()
export class AuditGroupCommit {
  private readonly queue: Waiting[] = [];
  /** The chain's head after this process's last group: a guess, since other appenders move it too. */
  private head: ChainHead | undefined;
  /**
   * A group is being written. One at a time: callers arriving meanwhile gather into the next group. With two
   * at once (the next group's INSERT already waiting on the head's lock) groups were half the size, twice the
   * statements, and introspection, whose every answer waits for its group, ran about a quarter slower.
   */
  private writing = false;
  private scheduled = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /** A read of confidential content by `reader`: settles once its event is durable, and the content may leave. */
  appendRead(
    reader: { readonly sub: string; readonly roles: AuditEntry['actorRoles'] },
    read: Pick<AuditEntry, 'action' | 'engagementId' | 'subjectType' | 'subjectId' | 'details'>,
  ): Promise<void> {
    return this.append({ actorSub: reader.sub, actorRoles: reader.roles, outcome: 'READ', ...read });
  }

  append(entry: AuditEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, done: (error) => (error === undefined ? resolve() : reject(error)) });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) {
      return;
    }
    this.scheduled = true;
    // Let callers arriving in this same turn of the event loop join the group.
    queueMicrotask(() => {
      this.scheduled = false;
      this.startGroup();
    });
  }

  /** Starts the next group unless one is being written; when it is done, the callers that gathered meanwhile go next. */
  private startGroup(): void {
    if (this.writing || this.queue.length === 0) {
      return;
    }
    this.writing = true;
    void this.write(this.queue.splice(0, MAX_GROUP)).finally(() => {
      this.writing = false;
      this.startGroup();
    });
  }

  private async write(group: readonly Waiting[]): Promise<void> {
    const failure = await this.commit(group);
    if (failure !== undefined && group.length > 1 && isRefusedByDatabase(failure)) {
      for (const waiting of group) {
        this.settle([waiting], await this.commit([waiting]));
      }
    } else {
      this.settle(group, failure);
    }
  }

  /**
   * Commits the group's events together: undefined when they are durable, else why not. They are chained
   * after the head this process's last group left, and written in one statement of their own; only when
   * another appender has moved the head since are they chained again under its lock, in a transaction.
   */
  private async commit(group: readonly Waiting[]): Promise<Error | undefined> {
    const entries = group.map((w) => w.entry);
    try {
      if (this.head !== undefined) {
        const rows = chainAfter(this.head, entries);
        if (await this.audit.insertChained(rows)) {
          this.head = headOf(rows, this.head);
          return undefined;
        }
      }
      // READ COMMITTED, PostgreSQL's default: saying so would cost a round trip per group.
      const rows = await this.dataSource.transaction((tx) => this.audit.append(tx, entries));
      this.head = headOf(rows, this.head);
      return undefined;
    } catch (error) {
      this.head = undefined;
      return error instanceof Error ? error : new Error(`the audit group commit failed: ${String(error)}`);
    }
  }

  private settle(group: readonly Waiting[], failure: Error | undefined): void {
    group.forEach((w) => w.done(failure));
  }
}

/** The head after `rows`, or `otherwise` when there are none. */
function headOf(rows: readonly ChainedEvent[], otherwise: ChainHead | undefined): ChainHead | undefined {
  const last = rows.at(-1);
  return last === undefined ? otherwise : { seq: last.seq, hash: last.hash };
}
