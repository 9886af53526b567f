import { readFileSync } from 'node:fs';
import * as path from 'node:path';

import { APP_MALLOC_ENV, APP_MEMORY_FLAGS } from '../../tools/stack/memory-budget';
import { ROOT } from '../support/paths';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/**
 * The API's and the worker's memory budgets are flags on their command lines. The benchmark measures the
 * processes the stack starts; production runs the Dockerfile, docker-compose.yml or the npm start scripts.
 * All of them carry the same flags, so what is measured is what runs.
 */
describe('the memory budget is the same wherever the processes start', () => {
  const quoted = (flags: readonly string[]) => flags.map((f) => `'${f}'`).join(', ');

  it('the Dockerfile starts the API with its flags, and sets the malloc arenas', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toContain(`${APP_MEMORY_FLAGS.api.map((f) => `"${f}"`).join(', ')}, "dist/apps/api/main.js"`);
    expect(dockerfile).toContain(`MALLOC_ARENA_MAX=${APP_MALLOC_ENV.MALLOC_ARENA_MAX}`);
  });

  it('docker-compose.yml starts the worker with its flags, and sets the malloc arenas for both', () => {
    // Whatever the line breaks a formatter puts in the command's list.
    const compose = read('docker-compose.yml').replace(/\s+/g, ' ');
    expect(compose).toContain(`${quoted(APP_MEMORY_FLAGS.worker)}, 'dist/apps/worker/main.js'`);
    expect(compose).toContain(`MALLOC_ARENA_MAX: \${MALLOC_ARENA_MAX:-${APP_MALLOC_ENV.MALLOC_ARENA_MAX}}`);
  });

  it('npm run start:api and start:worker use the same flags', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const app of ['api', 'worker'] as const) {
      expect(scripts[`start:${app}`]).toContain(`MALLOC_ARENA_MAX=${APP_MALLOC_ENV.MALLOC_ARENA_MAX} `);
      expect(scripts[`start:${app}`]).toContain(`${APP_MEMORY_FLAGS[app].join(' ')} dist/apps/${app}/main.js`);
    }
  });
});
