import { loadToolConfig } from '#config';

import { runMigrations } from './stack/migrations';

/** `npm run migrate`: applies pending migrations with MIGRATIONS_DATABASE_URL (or DATABASE_URL). */
async function main(): Promise<void> {
  const url = loadToolConfig().migrationsDatabaseUrl;
  if (!url) {
    throw new Error('Set MIGRATIONS_DATABASE_URL (a schema owner) or DATABASE_URL. `make up` migrates the embedded database itself.');
  }
  const applied = await runMigrations(url);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
