import { existsSync } from 'node:fs';

import { ALL_ROLES, DAY_MS, parseDuration } from '#domain';

import type { Environment } from './environment';

/**
 * The rules a valid environment must also keep, beyond each setting's own shape (environment.ts): bounds
 * that are rules, settings that go together, and what production refuses. Each returns what is wrong.
 */
/** Access tokens are short-lived: an hour at the very most. */
const MAX_TOKEN_TTL_MS = 3_600_000;
/** How long gateways may cache the JWKS (its Cache-Control max-age) plus the API's own key-ring cache. */
const JWKS_CACHE_MS = 35_000;

/** Durations whose bounds are rules, not tastes: the 30-day cap, short-lived tokens, staged key rotation. */
export function durationProblems(env: Environment): string[] {
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
export function temporalTlsProblems(env: Environment): string[] {
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

/** Whether a URL's host is this machine: a loopback address or a localhost name. */
function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0' || host === '::';
}

/** In production, the identity settings are reached over https and are not this machine. */
export function identityProblems(env: Environment): string[] {
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

/** Where callers reach the API: PUBLIC_BASE_URL, or this process's own address. */
export function publicBaseUrl(env: Environment): string {
  return (env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, '');
}

export function minimumAcr(text: string | undefined): ReadonlyMap<string, string> {
  return new Map(
    (text ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
}

/** Browser sign-in: a client with its secret, sessions whose idle timeout fits their lifetime, minimums the order knows. */
export function sessionProblems(env: Environment): string[] {
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
