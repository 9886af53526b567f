import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

import { sqlStateOf } from './database-errors';

/** The statement's first word (its verb), past any leading comment (a prepared(…) mark is one), which is all of it a log line names. */
const verbOf = (query: string): string =>
  query
    .replace(/^\s*(\/\*[\s\S]*?\*\/\s*)*/, '')
    .split(/\s/, 1)[0]
    ?.toUpperCase() ?? '';

/**
 * TypeORM's own messages through the process's logger (JSON in the API and the worker), and never a statement's
 * parameters or text: parameters carry ids, emails and sealed values, and a failed statement is answered by
 * whoever ran it (a 409, a retry, a 500 logged with its error id).
 */
export class QueryLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(): void {
    // Statements are not logged.
  }

  logQueryError(error: string | Error, query: string): void {
    const state = sqlStateOf(error);
    this.logger.warn(`a ${verbOf(query)} statement failed${state ? ` (SQLSTATE ${state})` : ''}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`a ${verbOf(query)} statement took ${time} ms`);
  }

  logSchemaBuild(): void {
    // Schema is never built by TypeORM here (migrations only).
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') {
      this.logger.warn(String(message));
    }
  }
}
