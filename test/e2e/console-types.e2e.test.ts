import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { ROOT } from '../support/paths';
import { stack } from '../support/stack';

const run = promisify(execFile);

/**
 * The console's API types are generated from the API's own /openapi.json (openapi-typescript), and
 * committed: regenerating them from the running API must give the committed file, byte for byte, so the
 * console cannot drift from the API. `make console-types` rewrites them.
 */
describe("the console's API types", () => {
  it('are what openapi-typescript generates from the running API', async () => {
    const check = await run(process.execPath, [path.join(ROOT, 'dist', 'tools', 'console-types.js'), '--from', `${stack().apiUrl}/openapi.json`, '--check'], {
      cwd: ROOT,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });
});
