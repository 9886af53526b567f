import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

import { describeForLog, isDatabaseUnavailable, isRefusedByDatabase, loggableError } from './database-errors';

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, also when wrapped as a cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: refused }))).toBe(true);
  });

  it('recognises a server shutting down (SQLSTATE 57P01) behind a TypeORM query error', () => {
    const driverError = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], driverError))).toBe(true);
  });

  it('recognises a query runner released because its connection died, and a transaction manager whose runner was', () => {
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    // Met by an audit group commit when PostgreSQL stopped mid-transaction (CI's fault test saw it as a 500).
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it('does not treat a bad query or a constraint violation as an outage', () => {
    const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], unique))).toBe(false);
    const syntax = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    expect(isDatabaseUnavailable(new QueryFailedError('SELEC 1', [], syntax))).toBe(false);
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('isRefusedByDatabase', () => {
  it('is a refusal when PostgreSQL answered with a data, integrity or trigger error', () => {
    for (const code of ['22001', '23505', 'P0001']) {
      expect(isRefusedByDatabase(new QueryFailedError('INSERT', [], Object.assign(new Error('refused'), { code })))).toBe(true);
    }
  });

  it('is not a refusal when PostgreSQL could not be reached or failed otherwise', () => {
    for (const code of ['57P01', '08006', '40001', '42601', 'ECONNREFUSED']) {
      expect(isRefusedByDatabase(new QueryFailedError('INSERT', [], Object.assign(new Error('failed'), { code })))).toBe(false);
    }
    expect(isRefusedByDatabase(new Error('no code'))).toBe(false);
  });
});

describe('what a log may say about an error', () => {
  it("a database's error keeps its class, SQLSTATE and constraint, and none of the statement, parameters, message or detail", () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "people_email" (secret@example.gov)'), {
      code: '23505',
      constraint: 'people_email',
      detail: 'Key (email)=(secret@example.gov) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO people (email) VALUES ($1)', ['secret@example.gov'], driverError);
    const logged = loggableError(error);
    expect(logged).toEqual(expect.objectContaining({ name: 'QueryFailedError', sqlState: '23505', constraint: 'people_email' }));
    expect(JSON.stringify(logged)).not.toContain('secret@example.gov');
    expect(describeForLog(error)).not.toContain('secret@example.gov');
    expect(describeForLog(error)).toMatch(/^QueryFailedError, SQLSTATE 23505, constraint people_email\n\s+at /);
  });

  it("this system's own errors keep their message, and anything else is named, not printed", () => {
    expect(loggableError(new Error('the grant ended before its acceptance could be recorded'))).toEqual(
      expect.objectContaining({ name: 'Error', message: 'the grant ended before its acceptance could be recorded' }),
    );
    expect(loggableError({ password: 'x' })).toEqual({ name: 'object', message: 'not an Error' });
  });
});
