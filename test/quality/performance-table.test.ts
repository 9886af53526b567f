import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { END, performanceTable, readRuns, START, withPerformanceTable } from '../../bench/table';
import { ROOT } from '../support/paths';

/**
 * The README's Performance table is made by `npm run bench:table` from the committed benchmark runs
 * (bench/results/latest.json, and latest-scale-out.json). A figure typed into the README by hand, or a run
 * committed without making the table again, fails here.
 */
describe("the README's Performance table is the committed run's", () => {
  const runs = readRuns(ROOT);

  it('a full run is committed', () => {
    expect(runs.map((r) => r.file)).toContain('bench/results/latest.json');
    const full = runs.find((r) => r.file === 'bench/results/latest.json')!.run;
    expect(full.complete).toBe(true);
    expect([full.options.apis, full.options.workers]).toEqual([1, 1]);
    expect(full.options.only).toBeUndefined();
  });

  it('the table in the README is the one the script makes from it', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = performanceTable(runs);
    expect(readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length)).toBe(table);
  });

  it('every scenario is a row, its targets as printed marks (a traced run gives its command samples instead)', () => {
    const table = performanceTable(runs);
    for (const { run } of runs.filter((r) => !r.run.options.trace)) {
      for (const result of run.results) {
        expect(table).toContain(`| ${result.scenario} |`);
        for (const target of result.targets) {
          expect(table).toContain(`${target.ok ? 'OK' : '**BELOW TARGET**'}: ${target.name}`);
        }
      }
    }
  });

  it('a README without the markers is refused rather than written half', () => {
    expect(() => withPerformanceTable('# no markers here\n', 'table')).toThrow(/markers/);
    expect(() => withPerformanceTable(`${END}\n${START}\n`, 'table')).toThrow(/markers/);
  });
});
