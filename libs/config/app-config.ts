import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { parseDuration, parseDurationList, RetentionSchedule } from '#domain';

import { Environment } from './environment';
import { durationProblems, identityProblems, minimumAcr, publicBaseUrl, sessionProblems, temporalTlsProblems } from './environment-problems';
import { Keyring, parseKeyring } from './keyring';
import type { TemporalConnectionSettings } from './temporal-connection';
import type { TracingSettings } from './tracing';

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
  /** The web console's built files, served at `/` (undefined: dist/console beside the API). */
  abstract readonly console: { readonly dir?: string };
  abstract readonly fieldKeys: Keyring;
  abstract readonly payloadKeys: Keyring;
  /** Signed checkpoints of the audit chain: the keys (outside the database), the file they go to, and how often. */
  abstract readonly auditCheckpoints: { readonly keys: Keyring; readonly file: string; readonly intervalMs: number };
  /** Sign the engagement records exported for retention (GET /v1/engagements/{id}/record). */
  abstract readonly recordSigningKeys: Keyring;
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
  abstract readonly partners: {
    readonly answerWithinMs: number;
    readonly acceptWithinMs: number;
    readonly maxGrantDays: number;
    /** Reminders before a nomination's answer deadline and before approved partners' acceptance deadline. */
    readonly nominationRemindBeforeMs: readonly number[];
    readonly acceptanceRemindBeforeMs: readonly number[];
  };
  abstract readonly notifier: { readonly transport: 'log'; readonly logFile: string };
  /** Notices (libs/domain/notices.ts): how often the worker turns new audit events into them. */
  abstract readonly notices: {
    /** Whether this worker makes and mails notices. */
    readonly enabled: boolean;
    readonly pollMs: number;
    /** Undefined: notices are not mailed. */
    readonly smtpUrl?: string;
    readonly mailFrom: string;
    /** Where the console is, for the links a mailed notice carries. */
    readonly consoleUrl: string;
  };
  /**
   * Webhooks: how long a delivery is retried and the longest wait between tries, how long a rotated secret
   * still signs, one request's time limit, and whether plain http to a loopback address is allowed (never in production).
   */
  abstract readonly webhooks: {
    readonly retryForMs: number;
    readonly maxIntervalMs: number;
    readonly secretOverlapMs: number;
    readonly timeoutMs: number;
    readonly allowLoopbackHttp: boolean;
  };
  /** Workflows a worker keeps in memory between their tasks (Temporal's sticky cache). */
  abstract readonly worker: { readonly maxCachedWorkflows: number };
  /** The retention schedule for engagements' confidential content, and how often the worker applies it. */
  abstract readonly retention: RetentionSchedule & { readonly sweepEveryMs: number };
  /** Findings' own clocks: reminders this long before a remediation due date. */
  abstract readonly findings: {
    readonly remindBeforeMs: readonly number[];
    /** FINDINGS_GRACE: reviewers record findings this long after the window ends. */
    readonly graceMs: number;
  };
  /** Per caller, as a bucket of `count` that refills over `periodMs`. */
  abstract readonly rateLimits: { readonly introspection: RateLimit; readonly tokenIssuance: RateLimit };
  /** How often introspections of strings never issued as tokens are audited, together, per caller. */
  abstract readonly unknownTokenAuditIntervalMs: number;
  /** The credential /metrics asks for; undefined keeps /metrics off. */
  abstract readonly metricsToken?: string;
  abstract readonly logLevel: Environment['LOG_LEVEL'];
  /** OpenTelemetry traces: off unless `endpoint` is set. */
  abstract readonly tracing: TracingSettings;
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

/** A JOSE `typ` as compared: lower case, without the application/ prefix (RFC 7515 section 4.1.9). */
export function tokenType(typ: string): string {
  return typ.toLowerCase().replace(/^application\//, '');
}

const reminders = (text: string): number[] => (text.trim() === 'none' ? [] : parseDurationList(text));

export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const env = plainToInstance(Environment, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  const keyrings: { field?: Keyring; payload?: Keyring; checkpoint?: Keyring; record?: Keyring } = {};
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
    try {
      keyrings.record = parseKeyring('RECORD_SIGNING_KEYS', env.RECORD_SIGNING_KEYS, env.RECORD_SIGNING_ACTIVE_KEY);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  problems.push(...temporalTlsProblems(env), ...identityProblems(env), ...sessionProblems(env));
  if (problems.length > 0 || !keyrings.field || !keyrings.payload || !keyrings.checkpoint || !keyrings.record) {
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
    console: { dir: env.CONSOLE_DIR },
    fieldKeys: keyrings.field,
    payloadKeys: keyrings.payload,
    recordSigningKeys: keyrings.record,
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
      nominationRemindBeforeMs: reminders(env.NOMINATION_REMINDERS),
      acceptanceRemindBeforeMs: reminders(env.ACCEPTANCE_REMINDERS),
      maxGrantDays: env.MAX_GRANT_DAYS,
    },
    notifier: { transport: env.NOTIFIER_TRANSPORT, logFile: env.NOTIFIER_LOG_FILE },
    notices: {
      enabled: env.NOTICES_ENABLED === 'true',
      pollMs: parseDuration(env.NOTICE_POLL),
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      consoleUrl: publicBaseUrl(env),
    },
    findings: { remindBeforeMs: parseDurationList(env.FINDING_REMINDERS), graceMs: parseDuration(env.FINDINGS_GRACE) },
    worker: { maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS },
    retention: {
      afterEndMs: parseDuration(env.RETENTION_AFTER_END),
      afterWithdrawalMs: parseDuration(env.DISPOSAL_AFTER_WITHDRAWAL),
      sweepEveryMs: parseDuration(env.RETENTION_SWEEP_INTERVAL),
    },
    webhooks: {
      retryForMs: parseDuration(env.WEBHOOK_RETRY_FOR),
      maxIntervalMs: parseDuration(env.WEBHOOK_RETRY_MAX_INTERVAL),
      secretOverlapMs: parseDuration(env.WEBHOOK_SECRET_OVERLAP),
      timeoutMs: parseDuration(env.WEBHOOK_TIMEOUT),
      allowLoopbackHttp: env.NODE_ENV !== 'production',
    },
    rateLimits: { introspection: rate(env.RATE_LIMIT_INTROSPECTION), tokenIssuance: rate(env.RATE_LIMIT_TOKEN_ISSUANCE) },
    unknownTokenAuditIntervalMs: parseDuration(env.UNKNOWN_TOKEN_AUDIT_INTERVAL),
    metricsToken: env.METRICS_TOKEN,
    logLevel: env.LOG_LEVEL,
    tracing: { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/$/, '') },
  };
  return Object.freeze(config);
}

/** For tools: the environment wins over `defaults` (e.g. the local stack's settings). */
export function loadConfigOver(defaults: Record<string, string>): AppConfig {
  return loadConfig({ ...defaults, ...process.env });
}
