import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../support/paths';
import { stack } from '../support/stack';

const run = promisify(execFile);

/** The shell block under the README's walkthrough heading, exactly as a newcomer would paste it. */
function walkthrough(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Walkthrough'));
  const match = /```sh\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) {
    throw new Error('README has no walkthrough block');
  }
  return match[1];
}

describe('the README walkthrough', () => {
  it('runs as written, from tokens to determination', async () => {
    const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', walkthrough()], {
      cwd: ROOT,
      env: {
        ...process.env,
        API: stack().apiUrl,
        // Point the token command at the test stack's issuer instead of make up's.
        DATA_DIR: stack().dataDir,
        DEV_IDP_PORT: new URL(stack().issuer).port,
      },
      timeout: 90_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^engagement [0-9a-f-]{36}$/);
    expect(lines.slice(1, 8)).toEqual([
      'UNDER_REVIEW',
      'UNDER_REVIEW',
      'UNDER_REVIEW',
      'RECOMMENDED',
      'TWO_PERSON_RULE',
      'RECOMMENDED',
      'DESIGNATED',
    ]);
    expect(stdout).toMatch(/Z INQUIRY_SUBMITTED alice\n/);
    expect(stdout).toMatch(/Z DESIGNATED dana\n/);
    expect(stdout).toContain('\nMETADATA\n');
    expect(stdout).toContain('engagement.submitted, engagement.reviewers_assigned');
    expect(lines[lines.length - 1]).toMatch(/^\{"ok":true,"checked":\d+\}$/);
  });
});
