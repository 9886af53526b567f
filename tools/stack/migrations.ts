import 'reflect-metadata';

import type { BootstrapOrganization } from '#config';
import { createDataSource, OrganizationRepository } from '#persistence';

export interface MigrationResult {
  /** The migrations applied now. */
  readonly applied: string[];
  /** The organizations registered now (those already registered stay as they are). */
  readonly registered: string[];
}

/** Applies pending migrations as the schema owner, then registers the bootstrap organizations that are not yet registered. */
export async function runMigrations(ownerUrl: string, organizations: readonly BootstrapOrganization[] = []): Promise<MigrationResult> {
  const dataSource = createDataSource({ url: ownerUrl, applicationName: 'frontier-access-migrations' });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const registered = await new OrganizationRepository(dataSource).ensure(organizations);
    return { applied: applied.map((migration) => migration.name), registered };
  } finally {
    await dataSource.destroy();
  }
}
