import 'reflect-metadata';

import { loadToolConfig } from '#config';
import { AuditRepository, createDataSource } from '#persistence';

import { localDefaults } from './stack/local-env';

/** `npm run audit:verify`: walks the audit hash chain; exit code 0 when intact, 1 when broken. */
async function main(): Promise<void> {
  const url = loadToolConfig().databaseUrl ?? localDefaults(loadToolConfig())['DATABASE_URL'];
  if (!url) {
    throw new Error('Set DATABASE_URL, or start the local stack with `make up` first.');
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
