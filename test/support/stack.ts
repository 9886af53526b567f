import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { Client as PgClient } from 'pg';

import { OrganizationKind, Role, ROLE_ORGANIZATION_KIND } from '#domain';

import { AUDIENCE, signDevToken } from '../../tools/stack/dev-tokens';
import { STACK_INFO } from './paths';

export interface StackInfo {
  readonly apiUrl: string;
  readonly issuer: string;
  /** The console's client at the local OpenID provider. */
  readonly consoleClient: { readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string };
  readonly dataDir: string;
  readonly logDir: string;
  readonly ownerDatabaseUrl: string;
  /** The workflow tests' own database on the same server (tools/test-stack.ts says why). */
  readonly workflowTests: { readonly ownerDatabaseUrl: string; readonly databaseUrl: string };
  readonly temporalAddress: string;
  /** Mailpit's web UI and API (/api/v1), where the stack's mail arrives. */
  readonly mailUrl: string;
  readonly controlUrl: string;
  readonly appEnv: Record<string, string>;
}

let cached: StackInfo | undefined;

/** The stack this test file talks to: the suite's shared one unless {@link useStack} chose another. */
export function stack(): StackInfo {
  cached ??= JSON.parse(readFileSync(STACK_INFO, 'utf8')) as StackInfo;
  return cached;
}

/** Points every helper of this test file (requests, tokens, SQL) at another stack. */
export function useStack(infoFile: string): StackInfo {
  cached = JSON.parse(readFileSync(infoFile, 'utf8')) as StackInfo;
  return cached;
}

export type StackTarget = 'worker' | 'api' | 'postgres' | 'temporal' | 'mail';

/** Breaks or mends the stack for real: kills, stops or starts one of its processes. */
export async function control(target: StackTarget, action: 'kill' | 'stop' | 'start'): Promise<void> {
  const response = await fetch(`${stack().controlUrl}/${target}/${action}`, { method: 'POST' });
  if (response.status !== 204) {
    throw new Error(`${action} ${target}: ${response.status} ${await response.text()}`);
  }
}

export interface Caller {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly Role[];
  readonly token: string;
}

/**
 * A caller with a token from the stack's issuer, of a registered organization. Subjects are unique per
 * call unless given. The organization is registered first (as a program administrator would), with the
 * kind its first role belongs to, unless `register` is false or it is registered already.
 */
export async function caller(roles: Role | readonly Role[], org: string, sub = `${org}-${randomUUID().slice(0, 8)}`, register = true): Promise<Caller> {
  const list = typeof roles === 'string' ? [roles] : [...roles];
  if (register && list[0] !== undefined) {
    await registerOrganization(org, ROLE_ORGANIZATION_KIND[list[0]]);
    // In the directory too, so a reviewer can be assigned before their first call, as a program administrator would.
    await registerPerson(sub, org, list);
  }
  const token = await signDevToken(stack().dataDir, { sub, org, roles: list, issuer: stack().issuer, audience: AUDIENCE });
  return { sub, org, roles: list, token };
}

const registered = new Set<string>();

/** Registers an organization through the API as the seeded program office does; one already registered is left as it is. */
export async function registerOrganization(id: string, kind: OrganizationKind): Promise<void> {
  await registerOnce(`org ${id}`, '/v1/organizations', { id, name: id, kind });
}

/** The email a test caller has in the directory. */
export function emailOf(who: { readonly sub: string; readonly org: string }): string {
  return `${who.sub.replace(/[^A-Za-z0-9._-]/g, '-')}@${who.org}.example`;
}

/** Pre-registers a person in the directory as a program administrator would; one already there is left as they are. */
export async function registerPerson(sub: string, org: string, roles: readonly Role[]): Promise<void> {
  await registerOnce(`person ${sub}`, '/v1/people', { sub, name: sub, email: emailOf({ sub, org }), org, roles });
}

async function registerOnce(what: string, path: string, body: unknown): Promise<void> {
  const key = `${stack().apiUrl} ${what}`;
  if (registered.has(key)) {
    return;
  }
  const admin = await signDevToken(stack().dataDir, {
    sub: 'test-registrar',
    org: 'program-office',
    roles: [Role.ProgramAdmin],
    issuer: stack().issuer,
    audience: AUDIENCE,
  });
  const response = await fetch(`${stack().apiUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201 && response.status !== 409) {
    throw new Error(`registering ${what} answered ${response.status}: ${await response.text()}`);
  }
  registered.add(key);
}

/** A token from the right issuer that has already expired. */
export async function expiredToken(org = 'acme'): Promise<string> {
  return signDevToken(stack().dataDir, { sub: 'late', org, roles: [Role.Developer], ttlSeconds: -120, issuer: stack().issuer, audience: AUDIENCE });
}

/** Runs SQL as the schema owner (a PostgreSQL superuser in the test stack). */
export async function asOwner<T>(work: (db: PgClient) => Promise<T>): Promise<T> {
  return withClient(stack().ownerDatabaseUrl, work);
}

/** Runs SQL as the schema owner in the workflow tests' database. */
export async function asWorkflowTestsOwner<T>(work: (db: PgClient) => Promise<T>): Promise<T> {
  return withClient(stack().workflowTests.ownerDatabaseUrl, work);
}

async function withClient<T>(url: string, work: (db: PgClient) => Promise<T>): Promise<T> {
  const db = new PgClient({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Runs SQL as the application's own database login. */
export async function asApp<T>(work: (db: PgClient) => Promise<T>): Promise<T> {
  return withClient(stack().appEnv['DATABASE_URL'] ?? '', work);
}
