import type { Logger } from 'typeorm';

/** Records the SQL of every statement a DataSource sends, without its parameters: to count them, or compare them. */
export class StatementRecorder implements Logger {
  statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements = [];
  }

  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
