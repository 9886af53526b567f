/** Errors that mean "PostgreSQL cannot be reached right now", as opposed to a bad query. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
// admin_shutdown, crash_shutdown, cannot_connect_now, connection_exception family, too_many_connections
const SQLSTATE_UNAVAILABLE = /^(57P0[1-3]|08...|53300)$/;
// TypeORM releases a query runner whose connection died under it; the next query on it throws this.
const RELEASED_RUNNER = 'QueryRunnerAlreadyReleasedError';

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') {
      return false;
    }
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (name === RELEASED_RUNNER) {
      return true;
    }
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code))) {
      return true;
    }
    if (
      typeof message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection/i.test(message)
    ) {
      return true;
    }
    current = (current as { cause?: unknown; driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
