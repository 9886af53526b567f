import { Logger } from '@nestjs/common';

import { prepared } from './prepared-statements';
import { QueryLogger } from './query-logger';

describe('QueryLogger', () => {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('names a failed statement by its verb and SQLSTATE, past a leading comment, and never by its text', () => {
    const failure = Object.assign(new Error('invalid input syntax for type uuid: "secret@example.com"'), { code: '22P02' });
    new QueryLogger().logQueryError(failure, `${prepared('engagement-detail')}SELECT * FROM engagements WHERE id = $1`);
    new QueryLogger().logQueryError(failure, '  /* one */ /* two */\n update engagements SET contact_email_sealed = $1');
    expect(warnings).toEqual(['a SELECT statement failed (SQLSTATE 22P02)', 'a UPDATE statement failed (SQLSTATE 22P02)']);
  });

  it('names a slow statement the same way', () => {
    new QueryLogger().logQuerySlow(1_200, `${prepared('engagement-detail')}SELECT 1`);
    expect(warnings).toEqual(['a SELECT statement took 1200 ms']);
  });
});
