import 'reflect-metadata';

import { loadConfigOver, loadToolConfig } from '#config';
import { AuditCheckpointLog, AuditRepository, createDataSource, verifyAuditTrail } from '#persistence';
import { CheckpointSigner } from '#security';

import { localDefaults } from './stack/local-env';

/**
 * `npm run audit:verify`: walks the audit hash chain and holds it to its signed checkpoints (the
 * checkpoint file and keys of the configuration, the local stack's unless set); exit code 0 when intact,
 * 1 when broken (the answer names the first broken event or checkpoint).
 */
async function main(): Promise<void> {
  const config = loadConfigOver(localDefaults(loadToolConfig()));
  const dataSource = await createDataSource({ url: config.database.url, applicationName: 'frontier-access-audit-verify' }).initialize();
  try {
    const result = await verifyAuditTrail(
      new AuditRepository(dataSource),
      new AuditCheckpointLog(config.auditCheckpoints.file),
      new CheckpointSigner(config.auditCheckpoints.keys),
    );
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
