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
  it('runs as written, from tokens through determination, the pre-release window and a trusted partner', async () => {
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
    expect(lines.slice(1, 8)).toEqual(['UNDER_REVIEW', 'UNDER_REVIEW', 'UNDER_REVIEW', 'RECOMMENDED', 'TWO_PERSON_RULE', 'RECOMMENDED', 'DESIGNATED']);
    expect(stdout).toMatch(/Z INQUIRY_SUBMITTED alice\n/);
    expect(stdout).toMatch(/Z DESIGNATED dana\n/);
    expect(stdout).toContain('\nMETADATA\n');
    const afterCount = lines.indexOf('METADATA') + 2;
    expect(lines.slice(afterCount, afterCount + 2)).toEqual(['PRE_RELEASE_ACCESS', 'true']);
    expect(lines[afterCount + 2]).toMatch(/^3D due \d{4}-\d{2}-\d{2}T.*Z$/);
    expect(lines.slice(afterCount + 3, afterCount + 6)).toEqual(['FIXED', 'POST_WINDOW', 'false']);
    // Trusted partners: import, terms, nomination and approval, acceptance, a token, revocation.
    expect(lines.slice(afterCount + 6, afterCount + 13)).toEqual(['accepted 1, rejected 0', '2026-11', 'APPROVED', 'ACTIVE', 'true', 'REVOKED', 'false']);
    expect(stdout).toContain('engagement.submitted, engagement.reviewers_assigned');
    expect(stdout).toContain('access_token.issued, access_token.introspected');
    expect(stdout).toContain('engagement.finding_recorded');
    expect(stdout).toContain('engagement.terms_published, engagement.partners_nominated, engagement.nomination_approved, grant.accepted');
    expect(stdout).toContain('grant.revoked');
    expect(lines[lines.length - 1]).toMatch(/^\{"ok":true,"checked":\d+,"checkpoints":\d+,"anchoredThrough":\d+\}$/);
  });
});
