import 'reflect-metadata';
import { loadConfigOver, loadToolConfig } from '../libs/config';
import { createDataSource } from '../libs/persistence/data-source';
import { SigningKeyRepository } from '../libs/persistence/repositories/signing-key.repository';
import { FieldCipher } from '../libs/security/field-cipher';
import { generateSigningKey } from '../libs/security/signing-keys';
import { localDefaults } from './stack/local-env';

/**
 * `npm run keys:rotate`: a new access-token signing key becomes current; the current one stays
 * published as previous (tokens it signed keep verifying until they expire); the one before retires.
 */
async function main(): Promise<void> {
  const config = loadConfigOver(localDefaults(loadToolConfig()));
  const dataSource = await createDataSource({ url: config.database.url, applicationName: 'frontier-access-keys' }).initialize();
  try {
    const keys = new SigningKeyRepository(dataSource);
    const previous = await keys.current();
    const next = await generateSigningKey(new FieldCipher(config.fieldKeys));
    if (previous) {
      await keys.rotate(next);
    } else {
      await keys.installFirst(next);
    }
    process.stdout.write(`${JSON.stringify({ current: next.kid, previous: previous?.kid ?? null })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
