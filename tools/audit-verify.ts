import 'reflect-metadata';

import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { loadConfigOver, loadToolConfig } from '#config';
import { AuditCheckpointLog, AuditRepository, createDataSource, verifyAuditTrail } from '#persistence';
import { AuditExportVerifier, CheckpointPublicKey, CheckpointSigner } from '#security';

import { localDefaults } from './stack/local-env';

/**
 * `npm run audit:verify`: walks the audit hash chain and holds it to its signed checkpoints (the
 * checkpoint file and keys of the configuration, the local stack's unless set).
 *
 * `npm run audit:verify -- --file export.ndjson [--keys checkpoints.json]`: checks an export from
 * GET /v1/audit/export instead, with no database: every event's hash and link, and every checkpoint in it
 * against the published keys (the `publicKeys` of GET /v1/audit/checkpoints, saved to a file) or else
 * the keys the export names. Either way: exit code 0 when intact, 1 when broken (the answer names the
 * first broken event, checkpoint or line), 2 when it could not be checked at all.
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function publishedKeys(file: string): CheckpointPublicKey[] {
  const value = JSON.parse(readFileSync(file, 'utf8')) as { publicKeys?: CheckpointPublicKey[] } | CheckpointPublicKey[];
  const keys = Array.isArray(value) ? value : value.publicKeys;
  if (!Array.isArray(keys)) {
    throw new Error(`${file} holds no checkpoint keys: save the answer of GET /v1/audit/checkpoints, or its publicKeys`);
  }
  return keys;
}

async function verifyExport(file: string, keysFile: string | undefined): Promise<boolean> {
  const verifier = new AuditExportVerifier(keysFile === undefined ? undefined : publishedKeys(keysFile));
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!verifier.feed(line)) {
      lines.close();
      break;
    }
  }
  const result = verifier.result();
  process.stdout.write(`${JSON.stringify({ file, keys: keysFile === undefined ? 'named by the export' : keysFile, ...result })}\n`);
  return result.ok;
}

async function verifyDatabase(): Promise<boolean> {
  const config = loadConfigOver(localDefaults(loadToolConfig()));
  const dataSource = await createDataSource({ url: config.database.url, applicationName: 'frontier-access-audit-verify' }).initialize();
  try {
    const result = await verifyAuditTrail(
      new AuditRepository(dataSource),
      new AuditCheckpointLog(config.auditCheckpoints.file),
      new CheckpointSigner(config.auditCheckpoints.keys),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return result.ok;
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const file = argument('file');
  const ok = file === undefined ? await verifyDatabase() : await verifyExport(file, argument('keys'));
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
