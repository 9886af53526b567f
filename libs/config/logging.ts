import { AsyncLocalStorage } from 'node:async_hooks';

import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';

import type { AppConfig } from './app-config';

/** The ids a log line is about: the request it serves, or the workflow and activity it runs in. */
export interface LogContext {
  readonly requestId?: string;
  readonly workflowId?: string;
  readonly runId?: string;
  readonly activityId?: string;
  readonly activityType?: string;
}

const current = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `ids` added to every log line written while it runs (across its awaits). */
export function withLogContext<T>(ids: LogContext, work: () => T): T {
  return current.run({ ...current.getStore(), ...ids }, work);
}

const PINO_LEVELS = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' } as const;

/**
 * One JSON object a line on stdout: `time` (ISO 8601), `level`, `process`, `message`, the ids of the request or
 * workflow and activity in hand, and named fields. Only ids, names, counts and timings are ever passed to it:
 * never a request body, a header, a token or confidential text.
 */
export function createLogger(level: AppConfig['logLevel'], processName: 'api' | 'worker', destination?: DestinationStream): Pino {
  return pino(
    {
      level: PINO_LEVELS[level],
      base: { process: processName },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => ({ ...current.getStore() }),
    },
    destination ?? pino.destination(1),
  );
}

/** Nest's logger on top of it: what Nest and the services log (`Logger.log(message, context)`) becomes one JSON line. */
export class JsonLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes `(message, context)`, and for errors `(message, stack, context)`. */
  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const strings = rest.filter((item): item is string => typeof item === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const stack = level === 'error' && strings.length > 1 ? strings[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) {
      this.pino[level]({ ...fields, stack: message.stack }, message.message);
    } else {
      this.pino[level](fields, typeof message === 'string' ? message : JSON.stringify(message));
    }
  }
}
