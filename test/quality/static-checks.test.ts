import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { ROOT } from '../support/paths';

const run = promisify(execFile);
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

async function output(command: string, args: string[]): Promise<{ code: number; text: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, text: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, text: failed.stdout + failed.stderr };
  }
}

/** The code bar is part of the suite, so CI refuses a change that does not type-check or lint clean. */
describe('static checks', () => {
  it('the whole project type-checks under strict settings', async () => {
    const result = await output(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
    expect(result.text.trim()).toBe('');
    expect(result.code).toBe(0);
  });

  it('the console type-checks under its own strict settings (a browser bundle: DOM, JSX)', async () => {
    const result = await output(bin('tsc'), ['--noEmit', '-p', 'apps/console/tsconfig.json']);
    expect(result.text.trim()).toBe('');
    expect(result.code).toBe(0);
  });

  it('every file is formatted, so layout is never a review topic (`make format` fixes it)', async () => {
    const result = await output(bin('prettier'), ['--check', '--log-level', 'warn', '.']);
    expect(result.text.trim()).toBe('');
    expect(result.code).toBe(0);
  });

  it('ESLint reports zero errors and zero warnings', async () => {
    const result = await output(bin('eslint'), ['--max-warnings', '0', '.']);
    expect(result.text.trim()).toBe('');
    expect(result.code).toBe(0);
  });
});
