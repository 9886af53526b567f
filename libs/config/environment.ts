import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

import { MAX_GRANT_DAYS_CAP } from '#domain';

/** A positive whole number of days, hours, minutes or seconds. */
const DURATION = /^[1-9]\d{0,5}[dhms]$/;
/** A rate: how many in how long, e.g. 6000/1m. */
const RATE = /^[1-9]\d{0,8}\/[1-9]\d{0,5}[dhms]$/;
const DURATION_LIST = /^\s*(none|[1-9]\d{0,5}[dhms](\s*,\s*[1-9]\d{0,5}[dhms])*)\s*$/;

/** The environment's settings and the shape each must have; loadConfig (app-config.ts) reads `process.env` into it, and nothing else does. */
export class Environment {
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

  /** Ed25519 seeds (32 bytes, base64) that sign engagement records exported for retention (their own keys, their own kids). */
  @IsString()
  @IsNotEmpty()
  RECORD_SIGNING_KEYS!: string;

  @IsString()
  @IsNotEmpty()
  RECORD_SIGNING_ACTIVE_KEY!: string;

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

  /** The retention schedule: an engagement's confidential content is disposed of this long after it ends (six years). */
  @Matches(DURATION, { message: 'RETENTION_AFTER_END must look like 2192d' })
  RETENTION_AFTER_END: string = '2192d';

  /** A developer that withdrew may have its engagement's confidential content disposed of this long after the withdrawal. */
  @Matches(DURATION, { message: 'DISPOSAL_AFTER_WITHDRAWAL must look like 30d' })
  DISPOSAL_AFTER_WITHDRAWAL: string = '30d';

  /** How often the worker disposes of what the retention schedule has run out on. */
  @Matches(DURATION, { message: 'RETENTION_SWEEP_INTERVAL must look like 1d or 6h' })
  RETENTION_SWEEP_INTERVAL: string = '1d';

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

  @Matches(DURATION_LIST, { message: 'NOMINATION_REMINDERS must be a comma-separated list such as 3d, or none' })
  NOMINATION_REMINDERS: string = '3d';

  @Matches(DURATION_LIST, { message: 'ACCEPTANCE_REMINDERS must be a comma-separated list such as 3d, or none' })
  ACCEPTANCE_REMINDERS: string = '3d';

  /** Reminders before a finding's remediation due date, to the developer (an overdue notice follows at the date). */
  @Matches(DURATION_LIST, { message: 'FINDING_REMINDERS must be a comma-separated list such as 3d, or none' })
  FINDING_REMINDERS: string = '3d';

  /** How long after the window ends reviewers may still record findings, for results obtained while it was open. */
  @Matches(DURATION, { message: 'FINDINGS_GRACE must look like 14d' })
  FINDINGS_GRACE: string = '14d';

  @Matches(DURATION, { message: 'NOMINATION_ANSWER_WITHIN must look like 14d' })
  NOMINATION_ANSWER_WITHIN: string = '14d';

  @Matches(DURATION, { message: 'GRANT_ACCEPT_WITHIN must look like 14d' })
  GRANT_ACCEPT_WITHIN: string = '14d';

  @IsInt()
  @Min(1)
  @Max(MAX_GRANT_DAYS_CAP)
  MAX_GRANT_DAYS: number = MAX_GRANT_DAYS_CAP;

  /**
   * Workflows one worker keeps in memory between their tasks (Temporal's sticky cache); the rest are
   * replayed from their histories when they next have work. Most of a worker's memory is this.
   */
  @IsInt()
  @Min(2)
  WORKER_MAX_CACHED_WORKFLOWS: number = 100;

  @IsIn(['log'])
  NOTIFIER_TRANSPORT = 'log' as const;

  @IsString()
  @IsNotEmpty()
  NOTIFIER_LOG_FILE: string = '.data/notifications.log';

  /** Where notices are mailed (smtp:// or smtps://, user and password in the URL if the server asks); unset: no mail, the inbox only. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must look like smtp://mail.example.gov:587 or smtps://user:password@mail.example.gov' })
  SMTP_URL?: string;

  /** The From of every notice mailed. */
  @IsString()
  @IsNotEmpty()
  MAIL_FROM: string = 'Frontier model access <notices@frontier-access.invalid>';

  /** Whether this worker makes notices and mails them (one worker or more should; each takes turns, never twice). */
  @IsIn(['true', 'false'])
  NOTICES_ENABLED: 'true' | 'false' = 'true';

  /** How often the worker looks for new events to make notices of (their inbox entries, mail and webhooks). */
  @Matches(DURATION, { message: 'NOTICE_POLL must look like 1s' })
  NOTICE_POLL: string = '1s';

  /** How long a webhook delivery is retried (with growing waits) before it fails; an endpoint that fails that long is turned off. */
  @Matches(DURATION, { message: 'WEBHOOK_RETRY_FOR must look like 3d' })
  WEBHOOK_RETRY_FOR: string = '3d';

  /** The longest wait between two tries of one webhook delivery. */
  @Matches(DURATION, { message: 'WEBHOOK_RETRY_MAX_INTERVAL must look like 1h' })
  WEBHOOK_RETRY_MAX_INTERVAL: string = '1h';

  /** How long a rotated webhook secret still signs deliveries beside the new one, so the receiver can switch. */
  @Matches(DURATION, { message: 'WEBHOOK_SECRET_OVERLAP must look like 24h' })
  WEBHOOK_SECRET_OVERLAP: string = '24h';

  /** How long one webhook request may take before it counts as failed. */
  @Matches(DURATION, { message: 'WEBHOOK_TIMEOUT must look like 10s' })
  WEBHOOK_TIMEOUT: string = '10s';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /**
   * Where OpenTelemetry traces go, over OTLP/HTTP (`<endpoint>/v1/traces`), as OpenTelemetry's own variable
   * names it; tracing is off (and its SDK never loaded) without it.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** The built console (index.html and assets/) the API serves at `/`; unset: dist/console beside the API. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;

  @IsInt()
  @Min(1)
  @Max(10_000)
  API_TEMPORAL_TIMEOUT_MS: number = 4_000;
}
