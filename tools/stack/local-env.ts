import { existsSync } from 'node:fs';
import * as path from 'node:path';

import { ToolConfig } from '#config';

import { APP_LOGIN, DATABASE_NAME } from './database-names';
import { AUDIENCE, CONSOLE_CLIENT_ID } from './dev-tokens';
import { DevSecrets, loadOrCreateSecrets } from './secrets';

export interface LocalEndpoints {
  readonly databaseUrl: string;
  readonly temporalAddress: string;
  readonly issuer: string;
}

/** Where `make up` puts things, computed without starting anything. */
export function localEndpoints(tools: ToolConfig, secrets: DevSecrets): LocalEndpoints {
  return {
    databaseUrl: `postgres://${APP_LOGIN}:${encodeURIComponent(secrets.appDbPassword)}@127.0.0.1:${tools.ports.postgres}/${DATABASE_NAME}`,
    temporalAddress: `${tools.host}:${tools.ports.temporal}`,
    issuer: `http://${tools.host}:${tools.ports.idp}`,
  };
}

/** The API's and worker's environment on the local stack. */
export function localAppEnvironment(
  tools: ToolConfig,
  secrets: DevSecrets,
  endpoints: LocalEndpoints = localEndpoints(tools, secrets),
): Record<string, string> {
  return {
    NODE_ENV: 'development',
    HOST: tools.host,
    PORT: String(tools.ports.api),
    DATABASE_URL: endpoints.databaseUrl,
    TEMPORAL_ADDRESS: endpoints.temporalAddress,
    TEMPORAL_NAMESPACE: tools.temporalNamespace,
    OIDC_ISSUER: endpoints.issuer,
    OIDC_AUDIENCE: AUDIENCE,
    OIDC_CLIENT_ID: CONSOLE_CLIENT_ID,
    OIDC_CLIENT_SECRET: secrets.consoleClientSecret,
    OIDC_REGISTRATION_TOKEN: secrets.idpRegistrationToken,
    FIELD_ENCRYPTION_KEYS: `local1:${secrets.fieldKey}`,
    FIELD_ENCRYPTION_ACTIVE_KEY: 'local1',
    PAYLOAD_ENCRYPTION_KEYS: `local1:${secrets.payloadKey}`,
    PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'local1',
    AUDIT_CHECKPOINT_KEYS: `local1:${secrets.checkpointKey}`,
    AUDIT_CHECKPOINT_ACTIVE_KEY: 'local1',
    RECORD_SIGNING_KEYS: `record-local1:${secrets.recordKey}`,
    RECORD_SIGNING_ACTIVE_KEY: 'record-local1',
    // Beside the database's data folder (.data/postgres), not in it.
    AUDIT_CHECKPOINT_FILE: path.join(tools.dataDir, 'audit-checkpoints', 'checkpoints.jsonl'),
    NOTIFIER_LOG_FILE: path.join(tools.dataDir, 'notifications.log'),
    METRICS_TOKEN: secrets.metricsToken,
  };
}

/** For command-line tools: the local stack's settings when it has been set up and DATABASE_URL is not given. */
export function localDefaults(tools: ToolConfig): Record<string, string> {
  if (tools.databaseUrl || !existsSync(path.join(tools.dataDir, 'dev-secrets.json'))) {
    return {};
  }
  return localAppEnvironment(tools, loadOrCreateSecrets(tools.dataDir));
}
