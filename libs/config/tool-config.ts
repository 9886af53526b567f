import * as path from 'node:path';

import { ORGANIZATION_ID_PATTERN, OrganizationKind } from '#domain';

/**
 * Settings for the developer tools (`make up`, the token command, migrations, audit verification,
 * the test harness). Read here so that, as with {@link loadConfig}, nothing else touches `process.env`.
 */
export interface ToolConfig {
  /** Where embedded PostgreSQL, Temporal's database file, the local issuer key and dev secrets live. */
  readonly dataDir: string;
  /** When set, use this PostgreSQL (as the application) instead of the embedded one. */
  readonly databaseUrl?: string;
  /** When set, run migrations with this URL (an owner of the schema); defaults to `databaseUrl`. */
  readonly migrationsDatabaseUrl?: string;
  /** When set, use this Temporal instead of starting the dev server. */
  readonly temporalAddress?: string;
  readonly temporalNamespace: string;
  readonly temporalCli: string;
  readonly temporalTestServer: string;
  readonly ports: {
    readonly api: number;
    readonly postgres: number;
    readonly temporal: number;
    readonly temporalUi: number;
    readonly idp: number;
    readonly smtp: number;
    readonly mailUi: number;
  };
  /** Mailpit, the local mail catcher; SMTP_URL, when set, sends mail there instead and no Mailpit is started. */
  readonly mailpit: string;
  readonly smtpUrl?: string;
  readonly host: string;
  /**
   * Organizations registered when migrations run, unless registered already (BOOTSTRAP_ORGANIZATIONS,
   * `id:KIND:Name` separated by commas): at least the program office, so its administrators can register the rest.
   */
  readonly bootstrapOrganizations: readonly BootstrapOrganization[];
}

export interface BootstrapOrganization {
  readonly id: string;
  readonly kind: OrganizationKind;
  readonly name: string;
}

function organizations(source: NodeJS.ProcessEnv): BootstrapOrganization[] {
  const text = optional(source, 'BOOTSTRAP_ORGANIZATIONS');
  if (text === undefined) {
    return [];
  }
  return text.split(',').map((entry) => {
    const [id = '', kind = '', ...name] = entry.trim().split(':');
    if (!ORGANIZATION_ID_PATTERN.test(id) || !(Object.values(OrganizationKind) as string[]).includes(kind)) {
      throw new Error(`BOOTSTRAP_ORGANIZATIONS must list id:KIND:Name entries (KIND one of ${Object.values(OrganizationKind).join(', ')}), got "${entry}"`);
    }
    return { id, kind: kind as OrganizationKind, name: name.join(':') || id };
  });
}

function port(source: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = source[name];
  if (text === undefined || text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number, got "${text}"`);
  }
  return value;
}

function optional(source: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = source[name];
  return value === undefined || value === '' ? undefined : value;
}

export function loadToolConfig(source: NodeJS.ProcessEnv = process.env, root = process.cwd()): ToolConfig {
  const tools = path.join(root, '.tools', 'bin');
  return {
    dataDir: path.resolve(root, optional(source, 'DATA_DIR') ?? '.data'),
    databaseUrl: optional(source, 'DATABASE_URL'),
    migrationsDatabaseUrl: optional(source, 'MIGRATIONS_DATABASE_URL') ?? optional(source, 'DATABASE_URL'),
    temporalAddress: optional(source, 'TEMPORAL_ADDRESS'),
    temporalNamespace: optional(source, 'TEMPORAL_NAMESPACE') ?? 'default',
    temporalCli: optional(source, 'TEMPORAL_CLI_PATH') ?? path.join(tools, 'temporal'),
    temporalTestServer: optional(source, 'TEMPORAL_TEST_SERVER_PATH') ?? path.join(tools, 'temporal-test-server'),
    ports: {
      api: port(source, 'PORT', 3000),
      postgres: port(source, 'PG_PORT', 5433),
      temporal: port(source, 'TEMPORAL_PORT', 7233),
      temporalUi: port(source, 'TEMPORAL_UI_PORT', 8233),
      idp: port(source, 'DEV_IDP_PORT', 3099),
      smtp: port(source, 'SMTP_PORT', 1025),
      mailUi: port(source, 'MAILPIT_UI_PORT', 8025),
    },
    mailpit: optional(source, 'MAILPIT_PATH') ?? path.join(tools, 'mailpit'),
    smtpUrl: optional(source, 'SMTP_URL'),
    host: optional(source, 'HOST') ?? '127.0.0.1',
    bootstrapOrganizations: organizations(source),
  };
}

/** The environment a child process inherits, plus overrides; tools pass configuration on this way. */
export function childEnvironment(overrides: Record<string, string>, source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...source, ...overrides };
}
