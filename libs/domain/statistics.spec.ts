import { percentile, SUPPRESSED, suppressedRate, suppressedSpread, suppressedWithTotals, suppressList, suppressTable } from './statistics';

const DAY = 86_400_000;

/** Whether any row or column of a suppressed table holds exactly one suppressed cell (a total would give it back). */
function recoverable(cells: readonly (readonly (number | string)[])[]): boolean {
  const width = Math.max(...cells.map((row) => row.length));
  const rows = cells.map((row) => row.filter((cell) => cell === SUPPRESSED).length);
  const columns = Array.from({ length: width }, (_, c) => cells.filter((row) => row[c] === SUPPRESSED).length);
  const others = (line: readonly (number | string)[]) => line.length > 1;
  return (
    cells.some((row, r) => rows[r] === 1 && others(row)) ||
    columns.some((count, c) => count === 1 && others(cells.flatMap((row) => (row[c] === undefined ? [] : [row[c]]))))
  );
}

describe('small-cell suppression', () => {
  it.each([0, 1, 2, 3, 4, 5])('a cell of %i among large ones is suppressed below 5, with its complement', (size) => {
    const [row] = suppressTable([[size, 40, 50]]);
    if (size < 5) {
      expect(row![0]).toBe(SUPPRESSED);
      // Its row total would give it back: the next smallest is suppressed too, and the largest is shown.
      expect(row).toEqual([SUPPRESSED, SUPPRESSED, 50]);
    } else {
      expect(row).toEqual([5, 40, 50]);
    }
  });

  it.each([0, 1, 2, 3, 4, 5])('a total of %i is suppressed below 5, and shown from 5', (size) => {
    const { total, cells } = suppressList([size]);
    expect(total).toBe(size < 5 ? SUPPRESSED : size);
    expect(cells).toEqual([size < 5 ? SUPPRESSED : size]);
  });

  it('suppresses the complementary cell in columns as well as rows, until no line holds one alone', () => {
    const counts = [
      [3, 10, 20],
      [30, 40, 50],
      [60, 70, 80],
    ];
    const cells = suppressTable(counts);
    expect(cells[0]![0]).toBe(SUPPRESSED);
    expect(recoverable(cells)).toBe(false);
    // 3 hides 10 (its row) and 30 (its column); those two each leave their other line with one hidden, and so on.
    expect(cells[0]![1]).toBe(SUPPRESSED);
    expect(cells[1]![0]).toBe(SUPPRESSED);
    expect(cells[1]![1]).toBe(SUPPRESSED);
    expect(cells[2]).toEqual([60, 70, 80]);
  });

  it('never leaves a single suppressed cell in a line of random tables, and never hides a large cell without need', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let t = 0; t < 500; t += 1) {
      const counts = Array.from({ length: 1 + random(5) }, () => Array.from({ length: 1 + random(5) }, () => (random(3) === 0 ? random(5) : 5 + random(100))));
      const cells = suppressTable(counts);
      expect(recoverable(cells)).toBe(false);
      counts.forEach((row, r) =>
        row.forEach((count, c) => {
          if (count < 5) expect(cells[r]![c]).toBe(SUPPRESSED);
          else if (cells[r]![c] !== SUPPRESSED) expect(cells[r]![c]).toBe(count);
        }),
      );
      if (counts.flat().every((count) => count >= 5)) expect(cells).toEqual(counts);
    }
  });

  it('publishes row, column and grand totals, each suppressed when small', () => {
    expect(
      suppressedWithTotals([
        [1, 2],
        [10, 20],
      ]),
    ).toEqual({
      cells: [
        [SUPPRESSED, SUPPRESSED],
        [SUPPRESSED, SUPPRESSED],
      ],
      rowTotals: [SUPPRESSED, 30],
      columnTotals: [11, 22],
      total: 33,
    });
  });

  it.each([
    [0, 0],
    [4, 10],
    [5, 9],
    [5, 10],
    [6, 10],
    [10, 10],
    [20, 40],
  ])('a rate of %i in %i is shown only when the part, the rest and the whole are each 5 or more', (part, whole) => {
    const rate = suppressedRate(part, whole);
    expect(rate).toBe(part >= 5 && whole - part >= 5 && whole >= 5 ? Math.round((part / whole) * 1000) / 1000 : SUPPRESSED);
  });

  it.each([0, 1, 2, 3, 4, 5])('the median and p90 of a group of %i are suppressed below 5', (size) => {
    const spread = suppressedSpread(Array.from({ length: size }, (_, i) => (i + 1) * DAY));
    if (size < 5) expect(spread).toEqual({ count: SUPPRESSED, medianDays: SUPPRESSED, p90Days: SUPPRESSED });
    else expect(spread).toEqual({ count: 5, medianDays: 3, p90Days: 4.6 });
  });

  it('interpolates percentiles as PostgreSQL percentile_cont does', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.9)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
  });
});
