import * as path from 'node:path';

import { loadToolConfig } from '#config';

import { DEMO_PEOPLE } from './stack/demo-people';
import { exitNow, onExit } from './stack/exit';
import { startStack } from './stack/stack';

const DEMO_SUBS = DEMO_PEOPLE.map((person) => person.sub).join(', ');

/** `make up`: the whole system on local defaults, until Ctrl-C. */
async function main(): Promise<void> {
  const tools = loadToolConfig();
  const logDir = path.join(tools.dataDir, 'logs');
  process.stdout.write('starting PostgreSQL, Temporal, Mailpit, the local OpenID provider, the worker and the API...\n');
  const stack = await startStack({ tools, logDir, temporalUi: true, apps: true });
  process.stdout.write(
    [
      '',
      `  Console        ${stack.apiUrl}/   (sign in as a demo person: ${DEMO_SUBS})`,
      `  API            ${stack.apiUrl}`,
      `  API docs       ${stack.apiUrl}/docs   (OpenAPI: ${stack.apiUrl}/openapi.json)`,
      `  Temporal UI    ${stack.temporalUiUrl ?? '(external Temporal)'}`,
      `  Mail           ${stack.mailUrl ? `${stack.mailUrl}   (Mailpit: every notice mailed; SMTP ${stack.appEnv['SMTP_URL']})` : `sent to ${tools.smtpUrl}`}`,
      `  Sign-in        ${stack.issuer}   (local OpenID provider; demo people: ${DEMO_SUBS})`,
      `  Logs           ${logDir}`,
      `  Metrics        ${stack.apiUrl}/metrics   (bearer token: metricsToken in ${path.join(tools.dataDir, 'dev-secrets.json')})`,
      '',
      '  Tokens:  npm run -s token -- --sub alice --org acme-ai --role developer   (a demo person gets their name and email)',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  let stopping = false;
  onExit(async () => {
    stopping = true;
    process.stdout.write('\nstopping...\n');
    await stack.stop();
  });
  for (const [name, child] of stack.processes) {
    void child.exited.then((code) => {
      if (!stopping) {
        process.stderr.write(`${name} exited (${code}); see ${path.join(logDir, `${name}.log`)}\n`);
        exitNow();
      }
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
