import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

import { ROOT } from '../support/paths';

const run = promisify(execFile);

interface Case {
  /** An existing file of the room: lint reads the text below as if it were that file. */
  readonly file: string;
  readonly code: string;
}

/**
 * Lints each text as if it were the named file, with the project's own ESLint configuration, in one
 * process (ESLint loads its ES-module configuration, which jest's sandbox cannot), and returns the
 * rooms rule's messages per case.
 */
async function roomMessages(cases: readonly Case[]): Promise<string[][]> {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { file, code } of cases) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === 'frontier/rooms' || m.fatal).map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as string[][];
}

const importing = (file: string, ...specifiers: string[]): Case[] =>
  specifiers.map((specifier) => ({ file, code: `import * as imported from '${specifier}';\nexport const used = imported;\n` }));

/**
 * The rooms' import rules hold by the tool, not by discipline: each is fed a forbidden import, spelled
 * every way that reaches the same place, and must refuse it; and each lets the imports it allows pass,
 * so a rule that refused everything would fail here too.
 */
describe('lint guards the rooms', () => {
  const WORKFLOW = 'workflows/serial.ts';
  const DOMAIN = 'libs/domain/clock.ts';
  const CONTRACTS = 'libs/contracts/task-queues.ts';
  const LIB = 'libs/security/field-cipher.ts';
  const ACTIVITY = 'activities/activity-failures.ts';
  const FEATURE = 'apps/api/modules/findings/findings.service.ts';
  const PLUMBING = 'apps/api/auth/access-facts.ts';
  const COMPOSITION = 'apps/api/compositions/records/records.service.ts';
  const CONSOLE = 'apps/console/src/labels.ts';

  const refused: Record<string, Case[]> = {
    'workflows import no persistence, however it is spelled': importing(
      WORKFLOW,
      '#persistence',
      '../libs/persistence',
      '../libs/persistence/index',
      '../libs/persistence/repositories/grant.repository',
      './../libs/persistence',
    ),
    'workflows import neither libs/security nor libs/config': importing(
      WORKFLOW,
      '#security',
      '../libs/security',
      '#config',
      '../libs/config',
      '../libs/config/keyring',
    ),
    'workflows import no activities and no apps': importing(WORKFLOW, '#activities', '../activities', '../activities/grant.activities', '../apps/api/main'),
    'workflows import no Node built-in and no package but @temporalio/workflow': importing(
      WORKFLOW,
      'node:crypto',
      'crypto',
      'fs/promises',
      '@temporalio/client',
      '@temporalio/common',
      '@nestjs/common',
      'typeorm',
    ),
    'libs/domain imports nothing outside itself': importing(
      DOMAIN,
      '../persistence',
      '#persistence',
      '#contracts',
      '../contracts',
      '../config/keyring',
      'node:crypto',
      '@nestjs/common',
      'jose',
    ),
    'libs/contracts imports only libs/domain and Temporal definitions': importing(CONTRACTS, '#persistence', '../security', 'pg', 'node:fs'),
    'libs never import apps, activities or workflows': importing(
      LIB,
      '../../apps/api/main',
      '#activities',
      '../../activities/activity-failures',
      '#workflows',
      '../../workflows/serial',
    ),
    'activities import neither apps nor workflow code': importing(ACTIVITY, '../apps/api/app.module', '#workflows', '../workflows/failures'),
    'a feature never imports another feature': importing(
      FEATURE,
      '../grants/grants.service',
      '../engagements/engagements.service',
      '../../modules/partners/csv',
    ),
    'plumbing never imports a feature': importing(PLUMBING, '../modules/grants/grants.service', '../modules/engagements/dto/engagement.response'),
    'neither a feature nor the plumbing imports a composition, and compositions keep apart': [
      ...importing(FEATURE, '../../compositions/records/records.service'),
      ...importing(PLUMBING, '../compositions/records/records.service'),
      ...importing(COMPOSITION, '../statistics/statistics.service'),
    ],
    'the console imports no server code and no server package': importing(
      CONSOLE,
      '#persistence',
      '../../../libs/persistence',
      '../../../libs/security/field-cipher',
      '../../api/main',
      '@nestjs/common',
      'pg',
      'node:fs',
    ),
  };

  const allowed: Record<string, Case[]> = {
    'workflows may import @temporalio/workflow, libs/domain, libs/contracts and each other': importing(
      WORKFLOW,
      '@temporalio/workflow',
      '#domain',
      '../libs/domain',
      '#contracts',
      '../libs/contracts/task-queues',
      './failures',
    ),
    'libs/domain may import itself': importing(DOMAIN, './duration', './index'),
    'the console may import itself, its UI packages and the pure domain rules': importing(
      CONSOLE,
      './api/client',
      'react',
      'react-dom/client',
      '@trussworks/react-uswds',
      '../../../libs/domain/bod-26-04',
    ),
    'libs may import other libs and packages': importing(LIB, '#domain', '#config', '../contracts', 'node:crypto'),
    'activities may import libs': importing(ACTIVITY, '#persistence', '#contracts', '@temporalio/common'),
    "a composition may import the features' services and the plumbing": importing(
      COMPOSITION,
      '../../modules/findings/findings.service',
      '../../modules/grants/grants.service',
      '../../auth/auth.decorators',
      './dto/record.dto',
    ),
    'a feature may import itself and the plumbing': importing(
      FEATURE,
      './dto/finding.dto',
      '../../auth/engagement-access.service',
      '../../temporal/engagement-commands.service',
      '#domain',
    ),
  };

  // Every other way of reaching a module: a re-export, require, import().
  const otherForms: Case[] = [
    { file: WORKFLOW, code: "export * from '#persistence';\n" },
    { file: WORKFLOW, code: "export { GrantRepository } from '../libs/persistence';\n" },
    { file: WORKFLOW, code: "// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const fs: unknown = require('fs');\n" },
    { file: WORKFLOW, code: "export const later = import('#security');\n" },
    { file: DOMAIN, code: "import pg = require('pg');\nexport const used = pg;\n" },
  ];

  let answers: Map<Case, string[]>;

  beforeAll(async () => {
    const all = [...Object.values(refused).flat(), ...Object.values(allowed).flat(), ...otherForms];
    const messages = await roomMessages(all);
    answers = new Map(all.map((c, i) => [c, messages[i] ?? ['(no answer)']]));
  }, 180_000);

  it.each(Object.entries(refused))('%s', (_rule, cases) => {
    for (const c of cases) {
      expect({ code: c.code, messages: answers.get(c) }).toEqual({ code: c.code, messages: [expect.stringMatching(/leads to|is the package/)] });
    }
  });

  it.each(Object.entries(allowed))('%s', (_rule, cases) => {
    for (const c of cases) {
      expect({ code: c.code, messages: answers.get(c) }).toEqual({ code: c.code, messages: [] });
    }
  });

  it('a re-export, require() and import() are held to the same rules as an import', () => {
    for (const c of otherForms) {
      expect({ code: c.code, messages: answers.get(c) }).toEqual({ code: c.code, messages: [expect.stringMatching(/leads to|is the package/)] });
    }
  });
});

/**
 * The aliases are declared once for the runtime (package.json `imports`, which tsc, jest and the workflow
 * bundle follow through the `frontier-source` condition) and mirrored in tsconfig `paths` for tools that
 * read only tsconfig (editors, structure diagrams): the two must name the same sources.
 */
describe('the aliases', () => {
  it('tsconfig paths name the same sources as package.json imports', () => {
    const json = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
    const imports = (json('package.json') as { imports: Record<string, { 'frontier-source': string }> }).imports;
    const paths = (json('tsconfig.json') as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
    expect(Object.keys(imports).length).toBeGreaterThan(0);
    expect(paths).toEqual(Object.fromEntries(Object.entries(imports).map(([alias, targets]) => [alias, [targets['frontier-source']]])));
  });
});
