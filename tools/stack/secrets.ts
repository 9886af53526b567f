import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Secrets the local stack generates once and keeps in its data folder, so data stays readable across restarts. */
export interface DevSecrets {
  readonly postgresPassword: string;
  readonly appDbPassword: string;
  readonly fieldKey: string;
  readonly payloadKey: string;
  /** The Ed25519 seed that signs audit checkpoints (added to older secret files on first use). */
  readonly checkpointKey: string;
}

export function loadOrCreateSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'dev-secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets> & Omit<DevSecrets, 'checkpointKey'>;
    if (stored.checkpointKey !== undefined) {
      return stored as DevSecrets;
    }
    const upgraded: DevSecrets = { ...stored, checkpointKey: randomBytes(32).toString('base64') };
    writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 });
    return upgraded;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: DevSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    appDbPassword: randomBytes(18).toString('base64url'),
    fieldKey: randomBytes(32).toString('base64'),
    payloadKey: randomBytes(32).toString('base64'),
    checkpointKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
