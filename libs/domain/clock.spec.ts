import { clockSchedule } from './clock';
import { DAY_MS, formatDuration, parseDuration, parseDurationList } from './duration';

describe('durations', () => {
  it.each([
    ['30d', 30 * DAY_MS],
    ['12h', 12 * 3_600_000],
    ['15m', 15 * 60_000],
    ['45s', 45_000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
    expect(formatDuration(ms)).toBe(text);
  });

  it.each(['', '0d', '-1d', '1w', '1.5d', 'd', '10'])('%j is refused', (text) => {
    expect(() => parseDuration(text)).toThrow();
  });

  it('parses lists, tolerating spaces, and an empty list', () => {
    expect(parseDurationList('7d, 1d')).toEqual([7 * DAY_MS, DAY_MS]);
    expect(parseDurationList('')).toEqual([]);
  });
});

describe('clock schedule', () => {
  const start = Date.UTC(2026, 10, 1);
  const target = start + 30 * DAY_MS;

  it('reminders in time order, then the target', () => {
    expect(clockSchedule(start, target, [DAY_MS, 7 * DAY_MS])).toEqual([
      { kind: 'REMINDER', at: target - 7 * DAY_MS, beforeTarget: '7d' },
      { kind: 'REMINDER', at: target - DAY_MS, beforeTarget: '1d' },
      { kind: 'TARGET', at: target },
    ]);
  });

  it('drops reminders that would fall before the start, and duplicates', () => {
    expect(clockSchedule(start, target, [40 * DAY_MS, 30 * DAY_MS, DAY_MS, DAY_MS]).map((p) => p.kind)).toEqual(['REMINDER', 'TARGET']);
  });

  it('with no reminders, only the target', () => {
    expect(clockSchedule(start, target, [])).toEqual([{ kind: 'TARGET', at: target }]);
  });
});
