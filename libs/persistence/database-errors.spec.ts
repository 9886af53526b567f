import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

import { isDatabaseUnavailable, isRefusedByDatabase } from './database-errors';

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
