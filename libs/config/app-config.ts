import 'reflect-metadata';

import { existsSync } from 'node:fs';

import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';

import { ALL_ROLES, DAY_MS, MAX_GRANT_DAYS_CAP, parseDuration, parseDurationList } from '#domain';

import { Keyring, parseKeyring } from './keyring';
import type { TemporalConnectionSettings } from './temporal-connection';

/** A positive whole number of days, hours, minutes or seconds. */
const DURATION = /^[1-9]\d{0,5}[dhms]$/;
/** A rate: how many in how long, e.g. 6000/1m. */
const RATE = /^[1-9]\d{0,8}\/[1-9]\d{0,5}[dhms]$/;
const DURATION_LIST = /^\s*(none|[1-9]\d{0,5}[dhms](\s*,\s*[1-9]\d{0,5}[dhms])*)\s*$/;

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

  /** TLS to the Temporal frontend; production insists on it unless TEMPORAL_ALLOW_PLAINTEXT says otherwise. */
  @IsIn(['true', 'false'])
  TEMPORAL_TLS: 'true' | 'false' = 'false';

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CA_FILE?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CERT_FILE?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_KEY_FILE?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_SERVER_NAME?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_API_KEY?: string;

  @IsIn(['true', 'false'])
  TEMPORAL_ALLOW_PLAINTEXT: 'true' | 'false' = 'false';

  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_ISSUER!: string;

  @IsString()
  @IsNotEmpty()
  OIDC_AUDIENCE: string = 'frontier-access';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OIDC_JWKS_URI?: string;

  /**
   * The JOSE header `typ` values accepted as access tokens (RFC 9068's at+jwt by default), compared
   * without case and without an application/ prefix; an ID token is not an access token.
   */
  @Matches(/^[A-Za-z0-9.+/-]{1,60}(,[A-Za-z0-9.+/-]{1,60}){0,9}$/, { message: 'OIDC_ACCESS_TOKEN_TYPES must be a comma-separated list like at+jwt' })
  OIDC_ACCESS_TOKEN_TYPES: string = 'at+jwt';

  /** The API's own client at the IdP, for browser sign-in (backend-for-frontend); without both, browsers cannot sign in. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_CLIENT_SECRET?: string;

  /** The initial access token the IdP asks of whoever registers a client (RFC 7591): the API registers developers' gateway clients with it. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  OIDC_REGISTRATION_TOKEN?: string;

  @Matches(DURATION, { message: 'GATEWAY_ROTATION_GRACE must look like 24h' })
  GATEWAY_ROTATION_GRACE: string = '24h';

  @Matches(DURATION, { message: 'SESSION_IDLE_TIMEOUT must look like 15m' })
  SESSION_IDLE_TIMEOUT: string = '15m';

  @Matches(DURATION, { message: 'SESSION_ABSOLUTE_LIFETIME must look like 12h' })
  SESSION_ABSOLUTE_LIFETIME: string = '12h';

  /** The IdP's `acr` values from weakest to strongest, so a minimum can be compared. */
  @Matches(/^[^,\s]{1,200}(,[^,\s]{1,200}){0,19}$/, { message: 'SIGN_IN_ACR_ORDER must be a comma-separated list of acr values, weakest first' })
  SIGN_IN_ACR_ORDER: string = 'urn:frontier-access:acr:local-basic,urn:frontier-access:acr:local-phr';

  /** The least `acr` a browser session needs per role, e.g. reviewer=urn:…:phr,designation-authority=urn:…:phr; none by default. */
  @IsOptional()
  @Matches(/^[a-z-]{1,40}=[^,\s]{1,200}(,[a-z-]{1,40}=[^,\s]{1,200}){0,19}$/, {
    message: 'SIGN_IN_MIN_ACR must look like reviewer=<acr>,designation-authority=<acr>',
  })
  SIGN_IN_MIN_ACR?: string;

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

  /** Ed25519 seeds (32 bytes, base64) that sign the audit chain's checkpoints; never stored in the database. */
  @IsString()
  @IsNotEmpty()
  AUDIT_CHECKPOINT_KEYS!: string;

  @IsString()
  @IsNotEmpty()
  AUDIT_CHECKPOINT_ACTIVE_KEY!: string;

  @IsString()
  @IsNotEmpty()
  AUDIT_CHECKPOINT_FILE: string = '.data/audit-checkpoints.jsonl';

  @Matches(DURATION, { message: 'AUDIT_CHECKPOINT_INTERVAL must look like 60s' })
  AUDIT_CHECKPOINT_INTERVAL: string = '60s';

  /** Per caller: how many introspections, and how many access tokens, in how long (a bucket that refills over it). */
  @Matches(RATE, { message: 'RATE_LIMIT_INTROSPECTION must look like 6000/1m' })
  RATE_LIMIT_INTROSPECTION: string = '6000/1m';

  @Matches(RATE, { message: 'RATE_LIMIT_TOKEN_ISSUANCE must look like 60/1m' })
  RATE_LIMIT_TOKEN_ISSUANCE: string = '60/1m';

  /** Introspections of strings never issued as tokens are audited together, one event per caller per this interval. */
  @Matches(DURATION, { message: 'UNKNOWN_TOKEN_AUDIT_INTERVAL must look like 60s' })
  UNKNOWN_TOKEN_AUDIT_INTERVAL: string = '60s';

  /** The bearer token Prometheus presents to scrape /metrics; without it, /metrics is off. */
  @IsOptional()
  @IsString()
  @Matches(/^[\x21-\x7e]{24,200}$/, { message: 'METRICS_TOKEN must be 24 to 200 visible ASCII characters' })
  METRICS_TOKEN?: string;

  @Matches(DURATION, { message: 'DETERMINATION_TARGET must look like 30d, 12h, 15m or 45s' })
  DETERMINATION_TARGET: string = '30d';

  @Matches(DURATION_LIST, { message: 'DETERMINATION_REMINDERS must be a comma-separated list such as 7d,1d, or none' })
  DETERMINATION_REMINDERS: string = '7d,1d';

  @Matches(DURATION_LIST, { message: 'WINDOW_REMINDERS must be a comma-separated list such as 7d,1d, or none' })
  WINDOW_REMINDERS: string = '7d,1d';

  @Matches(DURATION, { message: 'ACCESS_TOKEN_TTL must look like 15m' })
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
  @Max(MAX_GRANT_DAYS_CAP)
  MAX_GRANT_DAYS: number = MAX_GRANT_DAYS_CAP;

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
  abstract readonly temporal: TemporalConnectionSettings & { readonly namespace: string; readonly workflowBundlePath?: string };
  abstract readonly oidc: { readonly issuer: string; readonly audience: string; readonly jwksUri?: string; readonly accessTokenTypes: readonly string[] };
  /**
   * Browser sign-in (the API as backend-for-frontend): its client at the IdP (undefined: no browser
   * sign-in), where the browser reaches the API, and how long a session lasts idle and at most.
   */
  /** Gateway clients: registered at the IdP with this initial access token (undefined: none can be registered); a rotated secret's predecessor lasts graceMs. */
  abstract readonly gatewayClients: { readonly registrationToken?: string; readonly graceMs: number };
  abstract readonly browserSessions: {
    readonly client?: { readonly id: string; readonly secret: string };
    readonly publicBaseUrl: string;
    readonly idleMs: number;
    readonly absoluteMs: number;
    readonly acrOrder: readonly string[];
    readonly minAcrByRole: ReadonlyMap<string, string>;
  };
  abstract readonly fieldKeys: Keyring;
  abstract readonly payloadKeys: Keyring;
  /** Signed checkpoints of the audit chain: the keys (outside the database), the file they go to, and how often. */
  abstract readonly auditCheckpoints: { readonly keys: Keyring; readonly file: string; readonly intervalMs: number };
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
  /** Per caller, as a bucket of `count` that refills over `periodMs`. */
  abstract readonly rateLimits: { readonly introspection: RateLimit; readonly tokenIssuance: RateLimit };
  /** How often introspections of strings never issued as tokens are audited, together, per caller. */
  abstract readonly unknownTokenAuditIntervalMs: number;
  /** The credential /metrics asks for; undefined keeps /metrics off. */
  abstract readonly metricsToken?: string;
  abstract readonly logLevel: Environment['LOG_LEVEL'];
}

export interface RateLimit {
  readonly count: number;
  readonly periodMs: number;
}

function rate(text: string): RateLimit {
  const [count = '1', period = '1s'] = text.split('/');
  return { count: Number(count), periodMs: parseDuration(period) };
}

function describe(errors: ReturnType<typeof validateSync>): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => (message.startsWith(error.property) ? message : `${error.property}: ${message}`)),
  );
}

/** Access tokens are short-lived: an hour at the very most. */
const MAX_TOKEN_TTL_MS = 3_600_000;
/** How long gateways may cache the JWKS (its Cache-Control max-age) plus the API's own key-ring cache. */
const JWKS_CACHE_MS = 35_000;

/** Durations whose bounds are rules, not tastes: the 30-day cap, short-lived tokens, staged key rotation. */
function durationProblems(env: Environment): string[] {
  const problems: string[] = [];
  const dayMs = parseDuration(env.DAY_LENGTH);
  if (dayMs > DAY_MS) {
    problems.push('DAY_LENGTH must be at most 24h: the 30-day window is never longer than 30 real days');
  } else if (env.NODE_ENV === 'production' && dayMs !== DAY_MS) {
    problems.push('DAY_LENGTH must be 24h in production');
  }
  const ttlMs = parseDuration(env.ACCESS_TOKEN_TTL);
  if (ttlMs > MAX_TOKEN_TTL_MS) {
    problems.push('ACCESS_TOKEN_TTL must be at most an hour, e.g. 15m');
  }
  if (env.NODE_ENV === 'production' && parseDuration(env.SIGNING_KEY_PUBLISH_LEAD) < JWKS_CACHE_MS) {
    problems.push('SIGNING_KEY_PUBLISH_LEAD must be at least 35s in production, so gateways that cache the JWKS already hold a new key when it signs');
  }
  return problems;
}

/** TLS to Temporal: files that exist, a certificate with its key, and no plaintext in production unless said so. */
function temporalTlsProblems(env: Environment): string[] {
  const problems: string[] = [];
  const tls = env.TEMPORAL_TLS === 'true';
  if (!tls && (env.TEMPORAL_TLS_CA_FILE || env.TEMPORAL_TLS_CERT_FILE || env.TEMPORAL_TLS_KEY_FILE)) {
    problems.push('TEMPORAL_TLS_* files are set but TEMPORAL_TLS is not true');
  }
  if ((env.TEMPORAL_TLS_CERT_FILE === undefined) !== (env.TEMPORAL_TLS_KEY_FILE === undefined)) {
    problems.push('TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together (mTLS needs the certificate and its key)');
  }
  for (const name of ['TEMPORAL_TLS_CA_FILE', 'TEMPORAL_TLS_CERT_FILE', 'TEMPORAL_TLS_KEY_FILE'] as const) {
    const file = env[name];
    if (file !== undefined && !existsSync(file)) {
      problems.push(`${name} names ${file}, which does not exist`);
    }
  }
  if (env.NODE_ENV === 'production' && !tls && env.TEMPORAL_ALLOW_PLAINTEXT !== 'true') {
    problems.push(
      'Temporal is reached without TLS: set TEMPORAL_TLS=true (with TEMPORAL_TLS_CA_FILE, and a client certificate for mTLS), or TEMPORAL_ALLOW_PLAINTEXT=true where the network itself is trusted',
    );
  }
  return problems;
}

/** A JOSE `typ` as compared: lower case, without the application/ prefix (RFC 7515 section 4.1.9). */
export function tokenType(typ: string): string {
  return typ.toLowerCase().replace(/^application\//, '');
}

/** Whether a URL's host is this machine: a loopback address or a localhost name. */
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0' || host === '::';
}

/** In production, the identity settings are reached over https and are not this machine. */
function identityProblems(env: Environment): string[] {
  if (env.NODE_ENV !== 'production') {
    return [];
  }
  if (env.PUBLIC_BASE_URL === undefined) {
    return ['PUBLIC_BASE_URL must be set in production: it is the issuer gateways check tokens against'];
  }
  const problems: string[] = [];
  const urls = [
    ['OIDC_ISSUER', env.OIDC_ISSUER],
    ['OIDC_JWKS_URI', env.OIDC_JWKS_URI],
    ['PUBLIC_BASE_URL', env.PUBLIC_BASE_URL],
  ] as const;
  for (const [name, url] of urls) {
    if (url === undefined) {
      continue;
    }
    if (!url.toLowerCase().startsWith('https://')) {
      problems.push(`${name} must be an https:// URL in production, not ${url}`);
    } else if (isLoopback(url)) {
      problems.push(`${name} must not be this machine (a loopback address or localhost) in production: ${url}`);
    }
  }
  return problems;
}

const reminders = (text: string): number[] => (text.trim() === 'none' ? [] : parseDurationList(text));

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  const keyrings: { field?: Keyring; payload?: Keyring; checkpoint?: Keyring } = {};
  if (problems.length === 0) {
    problems.push(...durationProblems(env));
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
    try {
      keyrings.checkpoint = parseKeyring('AUDIT_CHECKPOINT_KEYS', env.AUDIT_CHECKPOINT_KEYS, env.AUDIT_CHECKPOINT_ACTIVE_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  problems.push(...temporalTlsProblems(env), ...identityProblems(env), ...sessionProblems(env));
  if (problems.length > 0 || !keyrings.field || !keyrings.payload || !keyrings.checkpoint) {
    throw new ConfigError(problems);
  }
  const targetMs = parseDuration(env.DETERMINATION_TARGET);
  const config: AppConfig = {
    env: env.NODE_ENV,
    http: { host: env.HOST, port: env.PORT, temporalTimeoutMs: env.API_TEMPORAL_TIMEOUT_MS },
    database: { url: env.DATABASE_URL },
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      workflowBundlePath: env.WORKFLOW_BUNDLE_PATH,
      ...(env.TEMPORAL_TLS === 'true'
        ? {
            tls: {
              caFile: env.TEMPORAL_TLS_CA_FILE,
              certFile: env.TEMPORAL_TLS_CERT_FILE,
              keyFile: env.TEMPORAL_TLS_KEY_FILE,
              serverName: env.TEMPORAL_TLS_SERVER_NAME,
            },
          }
        : {}),
      apiKey: env.TEMPORAL_API_KEY,
    },
    oidc: {
      issuer: env.OIDC_ISSUER.replace(/\/$/, ''),
      audience: env.OIDC_AUDIENCE,
      jwksUri: env.OIDC_JWKS_URI,
      accessTokenTypes: env.OIDC_ACCESS_TOKEN_TYPES.split(',').map(tokenType),
    },
    gatewayClients: { registrationToken: env.OIDC_REGISTRATION_TOKEN, graceMs: parseDuration(env.GATEWAY_ROTATION_GRACE) },
    browserSessions: {
      client: env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? { id: env.OIDC_CLIENT_ID, secret: env.OIDC_CLIENT_SECRET } : undefined,
      publicBaseUrl: publicBaseUrl(env),
      idleMs: parseDuration(env.SESSION_IDLE_TIMEOUT),
      absoluteMs: parseDuration(env.SESSION_ABSOLUTE_LIFETIME),
      acrOrder: env.SIGN_IN_ACR_ORDER.split(','),
      minAcrByRole: minimumAcr(env.SIGN_IN_MIN_ACR),
    },
    fieldKeys: keyrings.field,
    payloadKeys: keyrings.payload,
    auditCheckpoints: { keys: keyrings.checkpoint, file: env.AUDIT_CHECKPOINT_FILE, intervalMs: parseDuration(env.AUDIT_CHECKPOINT_INTERVAL) },
    determination: { targetMs, remindBeforeMs: reminders(env.DETERMINATION_REMINDERS) },
    window: { remindBeforeMs: reminders(env.WINDOW_REMINDERS) },
    dayMs: parseDuration(env.DAY_LENGTH),
    tokens: {
      issuer: publicBaseUrl(env),
      ttlMs: parseDuration(env.ACCESS_TOKEN_TTL),
      publishLeadMs: parseDuration(env.SIGNING_KEY_PUBLISH_LEAD),
    },
    partners: {
      answerWithinMs: parseDuration(env.NOMINATION_ANSWER_WITHIN),
      acceptWithinMs: parseDuration(env.GRANT_ACCEPT_WITHIN),
      maxGrantDays: env.MAX_GRANT_DAYS,
    },
    notifier: { transport: env.NOTIFIER_TRANSPORT, logFile: env.NOTIFIER_LOG_FILE },
    rateLimits: { introspection: rate(env.RATE_LIMIT_INTROSPECTION), tokenIssuance: rate(env.RATE_LIMIT_TOKEN_ISSUANCE) },
    unknownTokenAuditIntervalMs: parseDuration(env.UNKNOWN_TOKEN_AUDIT_INTERVAL),
    metricsToken: env.METRICS_TOKEN,
    logLevel: env.LOG_LEVEL,
  };
  return Object.freeze(config);
}

/** Where callers reach the API: PUBLIC_BASE_URL, or this process's own address. */
function publicBaseUrl(env: Environment): string {
  return (env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, '');
}

function minimumAcr(text: string | undefined): ReadonlyMap<string, string> {
  return new Map(
    (text ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
}

/** Browser sign-in: a client with its secret, sessions whose idle timeout fits their lifetime, minimums the order knows. */
function sessionProblems(env: Environment): string[] {
  const problems: string[] = [];
  if ((env.OIDC_CLIENT_ID === undefined) !== (env.OIDC_CLIENT_SECRET === undefined)) {
    problems.push('OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together (the API signs browsers in as that client)');
  }
  if (parseDuration(env.SESSION_IDLE_TIMEOUT) > parseDuration(env.SESSION_ABSOLUTE_LIFETIME)) {
    problems.push('SESSION_IDLE_TIMEOUT must not be longer than SESSION_ABSOLUTE_LIFETIME');
  }
  const order = env.SIGN_IN_ACR_ORDER.split(',');
  for (const [role, acr] of minimumAcr(env.SIGN_IN_MIN_ACR)) {
    if (!(ALL_ROLES as readonly string[]).includes(role)) {
      problems.push(`SIGN_IN_MIN_ACR names ${role}, which is not a role`);
    }
    if (!order.includes(acr)) {
      problems.push(`SIGN_IN_MIN_ACR asks ${role} for ${acr}, which SIGN_IN_ACR_ORDER does not list`);
    }
  }
  return problems;
}

/** For tools: the environment wins over `defaults` (e.g. the local stack's settings). */
export function loadConfigOver(defaults: Record<string, string>): AppConfig {
  return loadConfig({ ...defaults, ...process.env });
}
