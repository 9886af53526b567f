import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Secrets the local stack generates once and keeps in its data folder, so data stays readable across restarts. */
export interface DevSecrets {
  readonly postgresPassword: string;
  readonly appDbPassword: string;
  readonly fieldKey: string;
  readonly payloadKey: string;
  /** The Ed25519 seed that signs audit checkpoints. */
  readonly checkpointKey: string;
  /** The Ed25519 seed that signs exported engagement records. */
  readonly recordKey: string;
  /** The bearer token /metrics asks for. */
  readonly metricsToken: string;
  /** The console client's secret at the local OpenID provider. */
  readonly consoleClientSecret: string;
  /** The initial access token the local provider asks of whoever registers a client (the API, for gateways). */
  readonly idpRegistrationToken: string;
  /** Signs the local provider's cookies. */
  readonly idpCookieKey: string;
}

/** Fresh values for every secret; a secrets file from before a secret existed gets that one added. */
function generate(): DevSecrets {
  return {
    postgresPassword: randomBytes(18).toString('base64url'),
    appDbPassword: randomBytes(18).toString('base64url'),
    fieldKey: randomBytes(32).toString('base64'),
    payloadKey: randomBytes(32).toString('base64'),
    checkpointKey: randomBytes(32).toString('base64'),
    recordKey: randomBytes(32).toString('base64'),
    metricsToken: randomBytes(24).toString('base64url'),
    consoleClientSecret: randomBytes(32).toString('base64url'),
    idpRegistrationToken: randomBytes(32).toString('base64url'),
    idpCookieKey: randomBytes(32).toString('base64url'),
  };
}

export function loadOrCreateSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'dev-secrets.json');
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>) : undefined;
  const secrets: DevSecrets = { ...generate(), ...stored };
  if (stored === undefined || Object.keys(secrets).length !== Object.keys(stored).length) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
