import 'reflect-metadata';

import { loadConfigOver, loadToolConfig } from '#config';
import { AuditRepository, createDataSource, SigningKeyEntity, SigningKeyRepository } from '#persistence';
import { FieldCipher, generateSigningKey } from '#security';

import { localDefaults } from './stack/local-env';

/**
 * `npm run keys:rotate`: publishes a new access-token signing key that starts signing after
 * SIGNING_KEY_PUBLISH_LEAD (so every gateway's cached JWKS already holds it). The key it replaces
 * stays published as the previous one, so tokens it signed keep verifying until they expire.
 */
async function main(): Promise<void> {
  const config = loadConfigOver(localDefaults(loadToolConfig()));
  const dataSource = await createDataSource({ url: config.database.url, applicationName: 'frontier-access-keys' }).initialize();
  try {
    const keys = new SigningKeyRepository(dataSource);
    const now = new Date();
    const before = await keys.ring(now);
    const next = await generateSigningKey(new FieldCipher(config.fieldKeys), now, new Date(now.getTime() + config.tokens.publishLeadMs));
    await dataSource.transaction(async (tx) => {
      await tx.getRepository(SigningKeyEntity).insert(next);
      await new AuditRepository(dataSource).append(tx, [
        {
          actorSub: 'operator',
          actorRoles: [],
          action: 'signing_key.rotated',
          engagementId: null,
          subjectType: 'signing_key',
          subjectId: next.kid,
          outcome: 'PUBLISHED',
          occurredAt: now,
          details: { kid: next.kid, activatesAt: next.activatesAt.toISOString(), replaces: before.current?.kid ?? null },
        },
      ]);
    });
    process.stdout.write(`${JSON.stringify({ next: next.kid, activatesAt: next.activatesAt.toISOString(), current: before.current?.kid ?? null })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
