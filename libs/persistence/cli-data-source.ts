import 'reflect-metadata';

import { loadToolConfig } from '#config';

import { createDataSource } from './data-source';

/** For the TypeORM CLI (`npm run migration:generate`): the schema owner's connection. */
const url = loadToolConfig().migrationsDatabaseUrl;
if (!url) {
  throw new Error('Set MIGRATIONS_DATABASE_URL (or DATABASE_URL) to generate migrations');
}
export default createDataSource({ url, applicationName: 'frontier-access-cli' });
