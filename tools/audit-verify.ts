import 'reflect-metadata';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadToolConfig } from '../libs/config';
import { createDataSource } from '../libs/persistence/data-source';
import { AuditRepository } from '../libs/persistence/repositories/audit.repository';
import { APP_LOGIN, DATABASE_NAME } from './stack/database-names';
import { loadOrCreateSecrets } from './stack/secrets';

/** `npm run audit:verify`: walks the audit hash chain; exit code 0 when intact, 1 when broken. */
async function main(): Promise<void> {
  const tools = loadToolConfig();
  let url = tools.databaseUrl;
  if (!url) {
    if (!existsSync(path.join(tools.dataDir, 'dev-secrets.json'))) {
      throw new Error('Set DATABASE_URL, or start the local stack with `make up` first.');
    }
    const secrets = loadOrCreateSecrets(tools.dataDir);
    url = `postgres://${APP_LOGIN}:${encodeURIComponent(secrets.appDbPassword)}@127.0.0.1:${tools.ports.postgres}/${DATABASE_NAME}`;
  }
  const dataSource = await createDataSource({ url, applicationName: 'frontier-access-audit-verify' }).initialize();
  try {
    const result = await new AuditRepository(dataSource).verify();
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
