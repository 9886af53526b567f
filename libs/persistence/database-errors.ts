/**
 * What a database error means for whoever meets it, decided in one place: PostgreSQL could not be
 * reached (an outage: try again later), or PostgreSQL answered and refused the rows (no retry can
 * fix that), or neither (a bug).
 */

/** Errors that mean "PostgreSQL cannot be reached right now", as opposed to a bad query. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
// admin_shutdown, crash_shutdown, cannot_connect_now, connection_exception family, too_many_connections
const SQLSTATE_UNAVAILABLE = /^(57P0[1-3]|08...|53300)$/;
// data_exception (22), integrity_constraint_violation (23), and plpgsql_error (P0: a trigger's RAISE)
const SQLSTATE_REFUSED = /^(22|23|P0)[0-9A-Z]{3}$/;
// TypeORM releases a query runner whose connection died under it; the next query on it (or on the entity
// manager it provided, inside a transaction) throws one of these.
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const CONNECTION_LOST = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection/i;

/** The SQLSTATE of a driver error, or of one that TypeORM wraps. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** PostgreSQL cannot be reached right now (also when the error is wrapped as a cause). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') {
      return false;
    }
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof name === 'string' && RELEASED_RUNNER.has(name)) {
      return true;
    }
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code))) {
      return true;
    }
    if (typeof message === 'string' && CONNECTION_LOST.test(message)) {
      return true;
    }
    current = (current as { cause?: unknown; driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * PostgreSQL answered and refused the rows: a data exception, a constraint, a trigger's raise. The same
 * write would fail the same way every time, so it is never retried; an outage is none of these.
 */
export function isRefusedByDatabase(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state !== undefined && SQLSTATE_REFUSED.test(state);
}

/** What a log line may say about an error: for a database's, its class, SQLSTATE and constraint, never its message, statement or parameters. */
export interface LoggableError {
  readonly name: string;
  readonly sqlState?: string;
  readonly constraint?: string;
  /** Only for errors that are not the database's: theirs are this system's own words. */
  readonly message?: string;
  /** The call frames only (the first line of a stack repeats the message). */
  readonly frames?: string;
}

/**
 * PostgreSQL's messages and details can quote the values a statement carried (`Key (email)=(…)`, `invalid input
 * syntax for type uuid: "…"`), and TypeORM's errors hold the statement and its parameters: a log keeps none of it.
 */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) {
    return { name: typeof error, message: typeof error === 'string' ? error : 'not an Error' };
  }
  const frames = error.stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
  const sqlState = sqlStateOf(error);
  if (sqlState !== undefined || 'driverError' in error || 'query' in error || 'parameters' in error) {
    const constraint =
      (error as { driverError?: { constraint?: unknown }; constraint?: unknown }).driverError?.constraint ?? (error as { constraint?: unknown }).constraint;
    return { name: error.name, ...(sqlState ? { sqlState } : {}), ...(typeof constraint === 'string' ? { constraint } : {}), ...(frames ? { frames } : {}) };
  }
  return { name: error.name, message: error.message, ...(frames ? { frames } : {}) };
}

/** {@link loggableError} as one line of text. */
export function describeForLog(error: unknown): string {
  const e = loggableError(error);
  const head = [e.name, e.sqlState && `SQLSTATE ${e.sqlState}`, e.constraint && `constraint ${e.constraint}`].filter(Boolean).join(', ');
  return `${head}${e.message ? `: ${e.message}` : ''}${e.frames ? `\n${e.frames}` : ''}`;
}
