import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry, AuditRepository } from './audit.repository';

/** Most events one group commit writes; more wait for the next. */
const MAX_GROUP = 500;

interface Waiting {
  readonly entry: AuditEntry;
  readonly done: (error?: Error) => void;
}

/**
 * Group commit for audit events that stand alone (an introspection, a read of sealed fields):
 * events arriving while one transaction commits are chained and committed together in the next,
 * so concurrent callers share one chain lock and one WAL flush instead of queueing for them one by
 * one. Each caller's promise settles only when its own event is durable; if that transaction
 * fails, every caller in it gets the error and none of its events is written.
 *
 * Events that must commit with a change (a command and its effects) keep using
 * {@link AuditRepository.append} inside that change's transaction.
 */
@Injectable()
export class AuditGroupCommit {
  private readonly queue: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  append(entry: AuditEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, done: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) {
      return;
    }
    this.writing = true;
    // Let callers arriving in this same turn of the event loop join the first group.
    await Promise.resolve();
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        try {
          await this.dataSource.transaction('READ COMMITTED', (tx) => this.audit.append(tx, group.map((w) => w.entry)));
          group.forEach((w) => w.done());
        } catch (error) {
          const failure = error instanceof Error ? error : new Error(`the audit group commit failed: ${String(error)}`);
          group.forEach((w) => w.done(failure));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
