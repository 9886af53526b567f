import { loadToolConfig } from '#config';

import { runMigrations } from './stack/migrations';

/** `npm run migrate`: applies pending migrations with MIGRATIONS_DATABASE_URL (or DATABASE_URL). */
async function main(): Promise<void> {
  const url = loadToolConfig().migrationsDatabaseUrl;
  if (!url) {
    throw new Error('Set MIGRATIONS_DATABASE_URL (a schema owner) or DATABASE_URL. `make up` migrates the embedded database itself.');
  }
  const { applied, registered } = await runMigrations(url, loadToolConfig().bootstrapOrganizations);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  if (registered.length > 0) {
    process.stdout.write(`registered: ${registered.join(', ')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
