import 'reflect-metadata';

import { createDataSource } from '#persistence';

/** Applies pending migrations as the schema owner; returns the names applied. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const dataSource = createDataSource({ url: ownerUrl, applicationName: 'frontier-access-migrations' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
