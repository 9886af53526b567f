import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/common';
import type { ActivityExecuteInput, ActivityInboundCallsInterceptor, ActivityInterceptorsFactory, Next } from '@temporalio/worker';
import type { Logger as Pino } from 'pino';

import { withLogContext } from '#config';
import { loggableError } from '#persistence';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Temporal's own logging (the SDK's worker, the core's, and `log` in workflow code through the sink) as JSON
 * lines on the same logger. Its metadata are ids and names (namespace, task queue, workflow id and type, run
 * id, activity id and type, attempt), so they become fields as they are.
 */
export class TemporalJsonLogger implements TemporalLogger {
  constructor(private readonly pino: Pino) {}

  log(level: LogLevel, message: string, meta?: LogMetadata): void {
    // An activity's failure comes as `error`: a database's would carry its statement and parameters.
    const { error, failure, ...ids } = meta ?? {};
    this.pino[LEVELS[level]](
      { ...ids, ...(error === undefined ? {} : { error: loggableError(error) }), ...(failure === undefined ? {} : { failure: loggableError(failure) }) },
      message,
    );
  }

  trace(message: string, meta?: LogMetadata): void {
    this.log('TRACE', message, meta);
  }

  debug(message: string, meta?: LogMetadata): void {
    this.log('DEBUG', message, meta);
  }

  info(message: string, meta?: LogMetadata): void {
    this.log('INFO', message, meta);
  }

  warn(message: string, meta?: LogMetadata): void {
    this.log('WARN', message, meta);
  }

  error(message: string, meta?: LogMetadata): void {
    this.log('ERROR', message, meta);
  }
}

/** Every line an activity's code logs (through Nest's Logger) carries its workflow's and its own ids. */
export const activityLogContext: ActivityInterceptorsFactory = (ctx) => {
  const inbound: ActivityInboundCallsInterceptor = {
    execute: (input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>) =>
      withLogContext(
        {
          workflowId: ctx.info.workflowExecution?.workflowId,
          runId: ctx.info.workflowExecution?.runId,
          activityId: ctx.info.activityId,
          activityType: ctx.info.activityType,
        },
        () => next(input),
      ),
  };
  return { inbound };
};
