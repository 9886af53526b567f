import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';
import { DAY_MS, parseDuration, parseDurationList } from '../domain';
import { Keyring, parseKeyring } from './keyring';

const DURATION = /^\d{1,6}[dhms]$/;
const DURATION_LIST = /^\s*(none|\d{1,6}[dhms](\s*,\s*\d{1,6}[dhms])*)\s*$/;

/** The environment, as validated at boot. Only this file reads `process.env`. */
class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST: string = '127.0.0.1';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @IsString()
  @IsNotEmpty()
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_NAMESPACE: string = 'default';

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_ISSUER!: string;

  @IsString()
  @IsNotEmpty()
  OIDC_AUDIENCE: string = 'frontier-access';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_JWKS_URI?: string;

  @IsString()
  @IsNotEmpty()
  FIELD_ENCRYPTION_KEYS!: string;

  @IsString()
  @IsNotEmpty()
  FIELD_ENCRYPTION_ACTIVE_KEY!: string;

  @IsString()
  @IsNotEmpty()
  PAYLOAD_ENCRYPTION_KEYS!: string;

  @IsString()
  @IsNotEmpty()
  PAYLOAD_ENCRYPTION_ACTIVE_KEY!: string;

  @Matches(DURATION, { message: 'DETERMINATION_TARGET must look like 30d, 12h, 15m or 45s' })
  DETERMINATION_TARGET: string = '30d';

  @Matches(DURATION_LIST, { message: 'DETERMINATION_REMINDERS must be a comma-separated list such as 7d,1d, or none' })
  DETERMINATION_REMINDERS: string = '7d,1d';

  @Matches(DURATION_LIST, { message: 'WINDOW_REMINDERS must be a comma-separated list such as 7d,1d, or none' })
  WINDOW_REMINDERS: string = '7d,1d';

  @Matches(/^([1-9]|[1-5]\d|60)m$|^1h$|^\d{1,4}s$/, { message: 'ACCESS_TOKEN_TTL must be at most an hour, e.g. 15m' })
  ACCESS_TOKEN_TTL: string = '15m';

  @Matches(DURATION, { message: 'SIGNING_KEY_PUBLISH_LEAD must look like 60s' })
  SIGNING_KEY_PUBLISH_LEAD: string = '60s';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL?: string;

  @Matches(DURATION, { message: 'DAY_LENGTH must look like 24h' })
  DAY_LENGTH: string = '24h';

  @Matches(DURATION, { message: 'NOMINATION_ANSWER_WITHIN must look like 14d' })
  NOMINATION_ANSWER_WITHIN: string = '14d';

  @Matches(DURATION, { message: 'GRANT_ACCEPT_WITHIN must look like 14d' })
  GRANT_ACCEPT_WITHIN: string = '14d';

  @IsInt()
  @Min(1)
  @Max(365)
  MAX_GRANT_DAYS: number = 90;

  @IsIn(['log'])
  NOTIFIER_TRANSPORT = 'log' as const;

  @IsString()
  @IsNotEmpty()
  NOTIFIER_LOG_FILE: string = '.data/notifications.log';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  @IsInt()
  @Min(1)
  @Max(10_000)
  API_TEMPORAL_TIMEOUT_MS: number = 4_000;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The one typed configuration. Every process builds it once with {@link loadConfig}; Nest injects it
 * by this class, which is abstract so that only `loadConfig` (or a test) makes one.
 */
export abstract class AppConfig {
  abstract readonly env: Environment['NODE_ENV'];
  abstract readonly http: { readonly host: string; readonly port: number; readonly temporalTimeoutMs: number };
  abstract readonly database: { readonly url: string };
  abstract readonly temporal: { readonly address: string; readonly namespace: string; readonly workflowBundlePath?: string };
  abstract readonly oidc: { readonly issuer: string; readonly audience: string; readonly jwksUri?: string };
  abstract readonly fieldKeys: Keyring;
  abstract readonly payloadKeys: Keyring;
  abstract readonly determination: { readonly targetMs: number; readonly remindBeforeMs: readonly number[] };
  abstract readonly window: { readonly remindBeforeMs: readonly number[] };
  /**
   * How long one of the process's days lasts: the pre-release window's `days` and grants'
   * `durationDays` count in it. Always 24 hours in production; shorter only for demos and tests.
   */
  abstract readonly dayMs: number;
  /**
   * Access tokens for the developer's model gateway: who signs them (`iss`), how long they live,
   * and how long a new signing key is published before it signs.
   */
  abstract readonly tokens: { readonly issuer: string; readonly ttlMs: number; readonly publishLeadMs: number };
  /** Trusted partners: how long the other side has to answer a nomination, a partner to accept, and the longest grant. */
  abstract readonly partners: { readonly answerWithinMs: number; readonly acceptWithinMs: number; readonly maxGrantDays: number };
  abstract readonly notifier: { readonly transport: 'log'; readonly logFile: string };
  abstract readonly logLevel: Environment['LOG_LEVEL'];
}

function describe(errors: ReturnType<typeof validateSync>): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

const reminders = (text: string): number[] => (text.trim() === 'none' ? [] : parseDurationList(text));

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  const keyrings: { field?: Keyring; payload?: Keyring } = {};
  if (problems.length === 0) {
    try {
      keyrings.field = parseKeyring('FIELD_ENCRYPTION_KEYS', env.FIELD_ENCRYPTION_KEYS, env.FIELD_ENCRYPTION_ACTIVE_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
    try {
      keyrings.payload = parseKeyring('PAYLOAD_ENCRYPTION_KEYS', env.PAYLOAD_ENCRYPTION_KEYS, env.PAYLOAD_ENCRYPTION_ACTIVE_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (env.NODE_ENV === 'production' && env.PUBLIC_BASE_URL === undefined) {
    problems.push('PUBLIC_BASE_URL must be set in production: it is the issuer gateways check tokens against');
  }
  if (env.NODE_ENV === 'production' && parseDuration(env.DAY_LENGTH) !== DAY_MS) {
    problems.push('DAY_LENGTH must be 24h in production');
  }
  if (problems.length > 0 || !keyrings.field || !keyrings.payload) {
    throw new ConfigError(problems);
  }
  const targetMs = parseDuration(env.DETERMINATION_TARGET);
  const config: AppConfig = {
    env: env.NODE_ENV,
    http: { host: env.HOST, port: env.PORT, temporalTimeoutMs: env.API_TEMPORAL_TIMEOUT_MS },
    database: { url: env.DATABASE_URL },
    temporal: { address: env.TEMPORAL_ADDRESS, namespace: env.TEMPORAL_NAMESPACE, workflowBundlePath: env.WORKFLOW_BUNDLE_PATH },
    oidc: { issuer: env.OIDC_ISSUER.replace(/\/$/, ''), audience: env.OIDC_AUDIENCE, jwksUri: env.OIDC_JWKS_URI },
    fieldKeys: keyrings.field,
    payloadKeys: keyrings.payload,
    determination: { targetMs, remindBeforeMs: reminders(env.DETERMINATION_REMINDERS) },
    window: { remindBeforeMs: reminders(env.WINDOW_REMINDERS) },
    dayMs: parseDuration(env.DAY_LENGTH),
    tokens: {
      issuer: (env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, ''),
      ttlMs: parseDuration(env.ACCESS_TOKEN_TTL),
      publishLeadMs: parseDuration(env.SIGNING_KEY_PUBLISH_LEAD),
    },
    partners: {
      answerWithinMs: parseDuration(env.NOMINATION_ANSWER_WITHIN),
      acceptWithinMs: parseDuration(env.GRANT_ACCEPT_WITHIN),
      maxGrantDays: env.MAX_GRANT_DAYS,
    },
    notifier: { transport: env.NOTIFIER_TRANSPORT, logFile: env.NOTIFIER_LOG_FILE },
    logLevel: env.LOG_LEVEL,
  };
  return Object.freeze(config);
}

/** For tools: the environment wins over `defaults` (e.g. the local stack's settings). */
export function loadConfigOver(defaults: Record<string, string>): AppConfig {
  return loadConfig({ ...defaults, ...process.env });
}
