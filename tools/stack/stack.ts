import { existsSync } from 'node:fs';
import * as path from 'node:path';

import { childEnvironment, ToolConfig } from '#config';
import { Role } from '#domain';

import { DEMO_PARTNER, DEMO_PEOPLE, demoPerson } from './demo-people';
import { AUDIENCE, signDevToken } from './dev-tokens';
import { localAppEnvironment } from './local-env';
import { LocalIdp, startLocalIdp } from './local-idp';
import { LOCAL_ORGANIZATIONS } from './local-organizations';
import { MailpitServer, startMailpit } from './mailpit';
import { APP_MALLOC_ENV, APP_MEMORY_FLAGS } from './memory-budget';
import { runMigrations } from './migrations';
import { ensureAppLogin, PostgresServer, startEmbeddedPostgres } from './postgres';
import { freePort, httpOk, ManagedProcess, spawnManaged, waitFor } from './processes';
import { loadOrCreateSecrets } from './secrets';
import { startTemporalDevServer, TemporalDevServer } from './temporal';

/** The folder holding package.json, whether this runs from source or from dist/. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`no package.json above ${start}`);
    }
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
const DIST = path.join(PROJECT_ROOT, 'dist');
export const NODE_FLAGS = ['--disable-warning=ExperimentalWarning', '--enable-source-maps'];

export interface StackOptions {
  readonly tools: ToolConfig;
  /** Where process logs go. */
  readonly logDir: string;
  /** Throwaway PostgreSQL tuned for speed (tests), instead of a durable one (make up). */
  readonly fastPostgres?: boolean;
  /** Serve the Temporal UI (make up). */
  readonly temporalUi?: boolean;
  /** Start the worker and the API as child processes. */
  readonly apps?: boolean;
  /** Extra environment for the API and worker (e.g. a short determination target in tests). */
  readonly appEnv?: Record<string, string>;
  readonly echo?: boolean;
}

export interface Stack {
  /** The environment the API and worker run with. */
  readonly appEnv: Record<string, string>;
  readonly apiUrl: string;
  /** Every API process's base URL, the first being `apiUrl`. */
  readonly apiUrls: readonly string[];
  readonly ownerDatabaseUrl: string;
  readonly temporalAddress: string;
  readonly temporalUiUrl?: string;
  readonly issuer: string;
  /** The console's client at the local provider (the API's sign-in uses it). */
  readonly consoleClient: LocalIdp['consoleClient'];
  readonly postgres?: PostgresServer;
  readonly temporal?: TemporalDevServer;
  /** Mailpit's web UI and API, when the stack started it (SMTP_URL unset). */
  readonly mailUrl?: string;
  readonly mailpit?: MailpitServer;
  readonly processes: Map<string, ManagedProcess>;
  token(sub: string, org: string, roles: readonly string[], ttlSeconds?: number): Promise<string>;
  startApp(name: 'api' | 'worker'): Promise<ManagedProcess>;
  /**
   * Runs `apis` API and `workers` worker processes in all against the one PostgreSQL and Temporal, as
   * production runs several behind a load balancer: the ones added take free ports and the names `api-2`,
   * `worker-2` and so on, and `apiUrls` grows.
   */
  scaleOut(apis: number, workers: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL (embedded unless DATABASE_URL is set), migrates it, starts Temporal (the dev
 * server unless TEMPORAL_ADDRESS is set) and the local issuer, and optionally the worker and API.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { tools } = options;
  const secrets = loadOrCreateSecrets(tools.dataDir);
  const processes = new Map<string, ManagedProcess>();
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const stopOne of stoppers.reverse()) {
      await stopOne().catch(() => undefined);
    }
    stoppers.length = 0;
  };

  try {
    let postgres: PostgresServer | undefined;
    let ownerUrl: string;
    let appUrl: string;
    if (tools.databaseUrl) {
      ownerUrl = tools.migrationsDatabaseUrl ?? tools.databaseUrl;
      appUrl = tools.databaseUrl;
    } else {
      postgres = await startEmbeddedPostgres({
        dataDir: path.join(tools.dataDir, 'postgres'),
        port: tools.ports.postgres,
        password: secrets.postgresPassword,
        logFile: path.join(options.logDir, 'postgres.log'),
        fast: options.fastPostgres,
      });
      stoppers.push(() => postgres!.stop());
      ownerUrl = postgres.superuserUrl;
    }
    await runMigrations(ownerUrl, [...LOCAL_ORGANIZATIONS, ...tools.bootstrapOrganizations]);
    if (postgres) {
      appUrl = await ensureAppLogin(ownerUrl, secrets.appDbPassword);
    }

    let temporal: TemporalDevServer | undefined;
    let temporalAddress: string;
    if (tools.temporalAddress) {
      temporalAddress = tools.temporalAddress;
    } else {
      temporal = await startTemporalDevServer({
        cli: tools.temporalCli,
        host: tools.host,
        port: tools.ports.temporal,
        uiPort: options.temporalUi ? tools.ports.temporalUi : undefined,
        dbFile: path.join(tools.dataDir, 'temporal.db'),
        namespace: tools.temporalNamespace,
        logFile: path.join(options.logDir, 'temporal.log'),
      });
      stoppers.push(() => temporal!.stop());
      temporalAddress = temporal.address;
    }

    let mailpit: MailpitServer | undefined;
    if (!tools.smtpUrl) {
      mailpit = await startMailpit({
        bin: tools.mailpit,
        host: tools.host,
        smtpPort: tools.ports.smtp,
        uiPort: tools.ports.mailUi,
        dbFile: path.join(tools.dataDir, 'mailpit.db'),
        logFile: path.join(options.logDir, 'mailpit.log'),
      });
      stoppers.push(() => mailpit!.stop());
    }

    const apiUrl = `http://${tools.host}:${tools.ports.api}`;
    const idp = await startLocalIdp({
      dataDir: tools.dataDir,
      host: tools.host,
      port: tools.ports.idp,
      apiUrl,
      consoleClientSecret: secrets.consoleClientSecret,
      registrationToken: secrets.idpRegistrationToken,
      cookieKey: secrets.idpCookieKey,
    });
    stoppers.push(() => idp.stop());

    const appEnv = {
      ...localAppEnvironment(tools, secrets, { databaseUrl: appUrl!, temporalAddress, issuer: idp.issuer }),
      WORKFLOW_BUNDLE_PATH: path.join(DIST, 'workflow-bundle.js'),
      ...APP_MALLOC_ENV,
      SMTP_URL: tools.smtpUrl ?? mailpit!.smtpUrl,
      ...options.appEnv,
    };

    const apiUrls = [apiUrl];
    const launch = async (kind: 'api' | 'worker', name: string, url?: string): Promise<ManagedProcess> => {
      const port: Record<string, string> = url === undefined ? {} : { PORT: new URL(url).port };
      const child = spawnManaged(name, process.execPath, [...NODE_FLAGS, ...APP_MEMORY_FLAGS[kind], path.join(DIST, 'apps', kind, 'main.js')], {
        env: childEnvironment({ ...appEnv, ...port }),
        cwd: PROJECT_ROOT,
        logFile: path.join(options.logDir, `${name}.log`),
        echo: options.echo,
      });
      processes.set(name, child);
      if (url !== undefined) {
        await waitFor(`the API (${name})`, () => httpOk(`${url}/health`), 60_000, child);
      }
      return child;
    };
    const startApp = (name: 'api' | 'worker'): Promise<ManagedProcess> => launch(name, name, name === 'api' ? apiUrl : undefined);
    const scaleOut = async (apis: number, workers: number): Promise<void> => {
      // Each is stopped with the stack even if it never becomes ready.
      for (let n = 2; n <= workers; n++) {
        if (!processes.has(`worker-${n}`)) {
          stoppers.push(async () => processes.get(`worker-${n}`)?.stop());
          await launch('worker', `worker-${n}`);
        }
      }
      for (let n = apiUrls.length + 1; n <= apis; n++) {
        const url = `http://${tools.host}:${await freePort(tools.host)}`;
        stoppers.push(async () => processes.get(`api-${n}`)?.stop());
        await launch('api', `api-${n}`, url);
        apiUrls.push(url);
      }
    };

    if (options.apps) {
      // Stop whichever process holds the name by then: a fault test may have replaced the first one.
      await startApp('worker');
      stoppers.push(async () => processes.get('worker')?.stop());
      await startApp('api');
      stoppers.push(async () => processes.get('api')?.stop());
      const admin = DEMO_PEOPLE.find((person) => person.roles.includes(Role.ProgramAdmin))!;
      await seedDemo(
        apiUrl,
        await signDevToken(tools.dataDir, {
          sub: admin.sub,
          org: admin.org,
          roles: admin.roles,
          name: admin.name,
          email: admin.email,
          issuer: idp.issuer,
          audience: AUDIENCE,
        }),
      );
    }

    return {
      appEnv,
      apiUrl,
      apiUrls,
      ownerDatabaseUrl: ownerUrl,
      temporalAddress,
      temporalUiUrl: temporal?.uiUrl,
      mailUrl: mailpit?.url,
      mailpit,
      issuer: idp.issuer,
      consoleClient: idp.consoleClient,
      postgres,
      temporal,
      processes,
      token: (sub, org, roles, ttlSeconds) =>
        signDevToken(tools.dataDir, {
          sub,
          org,
          roles,
          ttlSeconds,
          name: demoPerson(sub)?.name,
          email: demoPerson(sub)?.email,
          issuer: idp.issuer,
          audience: AUDIENCE,
        }),
      startApp,
      scaleOut,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Registers the demo partner's organization and the demo people through the API, as a program
 * administrator would, so the demo partner has an organization and a demo reviewer can be assigned before
 * first signing in; what is registered already is left as it is.
 */
async function seedDemo(apiUrl: string, adminToken: string): Promise<void> {
  const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  const register = async (path: string, body: unknown, what: string): Promise<void> => {
    const created = await fetch(`${apiUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (created.status !== 201 && created.status !== 409) {
      throw new Error(`could not register ${what}: ${created.status} ${await created.text()}`);
    }
  };
  const found = await fetch(`${apiUrl}/v1/partners/${DEMO_PARTNER.id}`, { headers });
  if (found.status !== 200) {
    await register('/v1/partners', DEMO_PARTNER, `the demo partner ${DEMO_PARTNER.id}`);
  }
  for (const person of DEMO_PEOPLE) {
    await register('/v1/people', person, `the demo person ${person.sub}`);
  }
}
