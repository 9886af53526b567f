import { DataSource, DataSourceOptions } from 'typeorm';

import * as entities from './entities';
import { MIGRATIONS } from './migrations';
import { PreparingClient } from './prepared-statements';
import { QueryLogger } from './query-logger';

export interface DataSourceSettings {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** The one way any process connects: explicit entities and migrations, never `synchronize`. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    // Every class exported from entities/ is an entity.
    entities: Object.values(entities),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn', 'migration'],
    logger: new QueryLogger(),
    applicationName: settings.applicationName ?? 'frontier-access',
    extra: {
      max: settings.poolSize ?? 10,
      // Hot reads marked prepared(…) are parsed and planned once per connection, not on every run.
      Client: PreparingClient,
      connectionTimeoutMillis: 3_000,
      // A statement that waits this long is stuck; failing lets the caller answer 503 instead of hanging.
      statement_timeout: 15_000,
    },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
