import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ConfigError, loadConfig } from './app-config';

const key = randomBytes(32).toString('base64');
const minimal = {
  DATABASE_URL: 'postgres://app:pw@db:5432/frontier',
  OIDC_ISSUER: 'https://idp.example.gov/realms/frontier',
  FIELD_ENCRYPTION_KEYS: `f1:${key}`,
  FIELD_ENCRYPTION_ACTIVE_KEY: 'f1',
  PAYLOAD_ENCRYPTION_KEYS: `p1:${key}`,
  PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'p1',
  AUDIT_CHECKPOINT_KEYS: `c1:${key}`,
  AUDIT_CHECKPOINT_ACTIVE_KEY: 'c1',
  RECORD_SIGNING_KEYS: `r1:${key}`,
  RECORD_SIGNING_ACTIVE_KEY: 'r1',
};
/** A production process on a network trusted to carry Temporal's traffic in the clear. */
const production = { ...minimal, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://access.example.gov', TEMPORAL_ALLOW_PLAINTEXT: 'true' };

describe('configuration', () => {
  it('applies documented defaults', () => {
    const config = loadConfig(minimal);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000, temporalTimeoutMs: 4_000 });
    expect(config.temporal).toEqual(expect.objectContaining({ address: '127.0.0.1:7233', namespace: 'default' }));
    expect(config.determination).toEqual({ targetMs: 30 * 86_400_000, remindBeforeMs: [7 * 86_400_000, 86_400_000] });
    expect(config.oidc.audience).toBe('frontier-access');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads overrides, converting numbers', () => {
    const config = loadConfig({ ...minimal, PORT: '8080', DETERMINATION_TARGET: '14d', DETERMINATION_REMINDERS: 'none', TEMPORAL_ADDRESS: 'temporal:7233' });
    expect(config.http.port).toBe(8080);
    expect(config.determination).toEqual({ targetMs: 14 * 86_400_000, remindBeforeMs: [] });
    expect(config.temporal.address).toBe('temporal:7233');
  });

  it('names every missing or invalid setting at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DETERMINATION_TARGET: 'a month' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['DATABASE_URL', 'OIDC_ISSUER', 'FIELD_ENCRYPTION_KEYS', 'PAYLOAD_ENCRYPTION_KEYS', 'PORT', 'DETERMINATION_TARGET']) {
        expect(message).toContain(name);
      }
    }
  });

  it('counts days of 24 hours, and only a non-production process may shorten them', () => {
    expect(loadConfig(minimal).dayMs).toBe(86_400_000);
    expect(loadConfig({ ...minimal, DAY_LENGTH: '30s' }).dayMs).toBe(30_000);
    expect(loadConfig(production).dayMs).toBe(86_400_000);
    expect(() => loadConfig({ ...production, DAY_LENGTH: '30s' })).toThrow(/DAY_LENGTH must be 24h in production/);
  });

  it('never lets a day last longer than 24 hours, in any environment: the window is at most 30 real days', () => {
    for (const DAY_LENGTH of ['25h', '2d']) {
      expect(() => loadConfig({ ...minimal, DAY_LENGTH })).toThrow(/DAY_LENGTH must be at most 24h/);
    }
  });

  it('keeps access tokens short-lived: at most an hour', () => {
    expect(loadConfig({ ...minimal, ACCESS_TOKEN_TTL: '3600s' }).tokens.ttlMs).toBe(3_600_000);
    for (const ACCESS_TOKEN_TTL of ['3601s', '9999s', '2h']) {
      expect(() => loadConfig({ ...minimal, ACCESS_TOKEN_TTL })).toThrow(/ACCESS_TOKEN_TTL must be at most an hour/);
    }
  });

  it('refuses a duration of zero as a configuration problem that names the setting', () => {
    for (const [name, value] of [
      ['DAY_LENGTH', '0s'],
      ['ACCESS_TOKEN_TTL', '0m'],
      ['DETERMINATION_TARGET', '0d'],
      ['WINDOW_REMINDERS', '7d,0d'],
    ]) {
      expect(() => loadConfig({ ...minimal, [name!]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...minimal, [name!]: value })).toThrow(new RegExp(name!));
    }
  });

  it('caps grants at 90 days; configuration may only lower the cap', () => {
    expect(loadConfig({ ...minimal, MAX_GRANT_DAYS: '30' }).partners.maxGrantDays).toBe(30);
    expect(() => loadConfig({ ...minimal, MAX_GRANT_DAYS: '91' })).toThrow(/MAX_GRANT_DAYS/);
  });

  it('in production, publishes a new signing key longer than gateways cache the JWKS before it signs', () => {
    expect(() => loadConfig({ ...production, SIGNING_KEY_PUBLISH_LEAD: '5s' })).toThrow(/SIGNING_KEY_PUBLISH_LEAD must be at least 35s/);
    expect(loadConfig({ ...minimal, SIGNING_KEY_PUBLISH_LEAD: '2s' }).tokens.publishLeadMs).toBe(2_000);
  });

  it('traces only when an OTLP endpoint is given, and refuses one that is not an http(s) URL', () => {
    expect(loadConfig(minimal).tracing).toEqual({ endpoint: undefined });
    expect(loadConfig({ ...minimal, OTEL_EXPORTER_OTLP_ENDPOINT: '' }).tracing).toEqual({ endpoint: undefined });
    expect(loadConfig({ ...minimal, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({ endpoint: 'http://collector:4318' });
    expect(() => loadConfig({ ...minimal, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });

  it('refuses a key that is not 256 bits', () => {
    expect(() => loadConfig({ ...minimal, FIELD_ENCRYPTION_KEYS: 'f1:dG9vIHNob3J0' })).toThrow(/32 bytes/);
  });

  it('in production, reaches Temporal over TLS unless the operator says the network is trusted', () => {
    const { TEMPORAL_ALLOW_PLAINTEXT: _allowed, ...strict } = production;
    expect(() => loadConfig(strict)).toThrow(/Temporal is reached without TLS: set TEMPORAL_TLS=true/);
    expect(loadConfig({ ...strict, TEMPORAL_TLS: 'true' }).temporal.tls).toEqual({});
    expect(loadConfig(production).temporal.tls).toBeUndefined();
    expect(loadConfig(minimal).temporal.tls).toBeUndefined();
  });

  it('reads TLS files that exist, a client certificate only with its key, and none without TEMPORAL_TLS', () => {
    const folder = mkdtempSync(join(tmpdir(), 'temporal-tls-'));
    const [ca, cert, key] = [join(folder, 'ca.pem'), join(folder, 'client.pem'), join(folder, 'client-key.pem')];
    for (const file of [ca, cert, key]) writeFileSync(file, 'PEM');
    const tls = {
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_FILE: ca,
      TEMPORAL_TLS_CERT_FILE: cert,
      TEMPORAL_TLS_KEY_FILE: key,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    };
    expect(loadConfig({ ...minimal, ...tls, TEMPORAL_API_KEY: 'k' }).temporal).toMatchObject({
      tls: { caFile: ca, certFile: cert, keyFile: key, serverName: 'temporal.internal' },
      apiKey: 'k',
    });
    expect(() => loadConfig({ ...minimal, ...tls, TEMPORAL_TLS_KEY_FILE: undefined })).toThrow(/TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE go together/);
    expect(() => loadConfig({ ...minimal, ...tls, TEMPORAL_TLS_CA_FILE: join(folder, 'missing.pem') })).toThrow(
      /TEMPORAL_TLS_CA_FILE names .*missing\.pem, which does not exist/,
    );
    expect(() => loadConfig({ ...minimal, TEMPORAL_TLS_CA_FILE: ca })).toThrow(/TEMPORAL_TLS_\* files are set but TEMPORAL_TLS is not true/);
  });

  it('in production, refuses identity settings in plaintext or on this machine', () => {
    expect(loadConfig(production).oidc.issuer).toBe('https://idp.example.gov/realms/frontier');
    expect(() => loadConfig({ ...production, OIDC_ISSUER: 'http://idp.example.gov/realms/frontier' })).toThrow(
      /OIDC_ISSUER must be an https:\/\/ URL in production/,
    );
    expect(() => loadConfig({ ...production, OIDC_ISSUER: 'https://localhost:8443/realms/frontier' })).toThrow(/OIDC_ISSUER must not be this machine/);
    expect(() => loadConfig({ ...production, OIDC_JWKS_URI: 'https://127.0.0.1/jwks.json' })).toThrow(/OIDC_JWKS_URI must not be this machine/);
    expect(() => loadConfig({ ...production, OIDC_JWKS_URI: 'https://[::1]/jwks.json' })).toThrow(/OIDC_JWKS_URI must not be this machine/);
    expect(() => loadConfig({ ...production, PUBLIC_BASE_URL: 'http://access.example.gov' })).toThrow(/PUBLIC_BASE_URL must be an https:\/\/ URL/);
    expect(() => loadConfig({ ...production, PUBLIC_BASE_URL: undefined })).toThrow(/PUBLIC_BASE_URL must be set in production/);
    // Outside production, the local issuer on loopback over http is what make up runs.
    expect(loadConfig({ ...minimal, OIDC_ISSUER: 'http://127.0.0.1:3099' }).oidc.issuer).toBe('http://127.0.0.1:3099');
  });

  it('reads the accepted access-token types, at+jwt unless configured', () => {
    expect(loadConfig(minimal).oidc.accessTokenTypes).toEqual(['at+jwt']);
    expect(loadConfig({ ...minimal, OIDC_ACCESS_TOKEN_TYPES: 'application/AT+JWT,JWT' }).oidc.accessTokenTypes).toEqual(['at+jwt', 'jwt']);
    expect(() => loadConfig({ ...minimal, OIDC_ACCESS_TOKEN_TYPES: 'at+jwt, JWT' })).toThrow(/OIDC_ACCESS_TOKEN_TYPES/);
  });
});
