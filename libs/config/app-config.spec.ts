import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

const key = randomBytes(32).toString('base64');
const minimal = {
  DATABASE_URL: 'postgres://app:pw@db:5432/frontier',
  OIDC_ISSUER: 'https://idp.example.gov/realms/frontier',
  FIELD_ENCRYPTION_KEYS: `f1:${key}`,
  FIELD_ENCRYPTION_ACTIVE_KEY: 'f1',
  PAYLOAD_ENCRYPTION_KEYS: `p1:${key}`,
  PAYLOAD_ENCRYPTION_ACTIVE_KEY: 'p1',
};

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
    const production = { ...minimal, NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://access.example.gov' };
    expect(loadConfig(production).dayMs).toBe(86_400_000);
    expect(() => loadConfig({ ...production, DAY_LENGTH: '30s' })).toThrow(/DAY_LENGTH must be 24h in production/);
  });

  it('refuses a key that is not 256 bits', () => {
    expect(() => loadConfig({ ...minimal, FIELD_ENCRYPTION_KEYS: 'f1:dG9vIHNob3J0' })).toThrow(/32 bytes/);
  });
});
