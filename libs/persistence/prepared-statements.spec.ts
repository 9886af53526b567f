import { prepared, preparedComment } from './prepared-statements';

describe('prepared statement marks', () => {
  it('a text mark and a query builder comment mark the same way', () => {
    expect(prepared('engagement-detail')).toBe('/* prepared engagement-detail */ ');
    // TypeORM writes a query builder's comment as `/* … */ ` before its statement.
    expect(`/* ${preparedComment('engagement-list')} */ `).toBe(prepared('engagement-list'));
  });

  it('refuses a name that could end the comment early or read as anything but a name', () => {
    for (const name of ['', 'Engagement', 'a */ SELECT', 'two words', '1st']) {
      expect(() => prepared(name)).toThrow(/not a prepared statement name/);
      expect(() => preparedComment(name)).toThrow(/not a prepared statement name/);
    }
  });
});
