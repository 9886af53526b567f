import { randomBytes } from 'node:crypto';

import { parseKeyring } from '#config';

import { DISPOSED_TEXT, DisposedCipher, EngagementCipher, EngagementDisposedError, newEngagementKey } from './engagement-cipher';
import { FieldCipher, sealedAt } from './field-cipher';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const at = sealedAt('findings', 'title', 'f1');

describe('an engagement sealed under its own data key', () => {
  const master = new FieldCipher(parseKeyring('KEYS', `k1:${k1}`, 'k1'));
  const wrapped = newEngagementKey(master, 'e1');
  const cipher = EngagementCipher.unwrap(master, 'e1', wrapped);

  it('round-trips, never stores the plaintext, and is not the program key at work', () => {
    const sealed = cipher.seal('jailbreak via tool use', at);
    expect(sealed).toMatch(/^d1\./);
    expect(sealed).not.toContain('jailbreak');
    expect(cipher.open(sealed, at)).toBe('jailbreak via tool use');
    expect(() => master.open(sealed, at)).toThrow();
  });

  it('does not open under another engagement key, nor moved to another row', () => {
    const sealed = cipher.seal('secret', at);
    const other = EngagementCipher.unwrap(master, 'e2', newEngagementKey(master, 'e2'));
    expect(() => other.open(sealed, at)).toThrow();
    expect(() => cipher.open(sealed, sealedAt('findings', 'title', 'f2'))).toThrow();
  });

  it('refuses a tampered or truncated value', () => {
    const sealed = cipher.seal('secret', at);
    const [version, iv, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.open([version, iv, flipped.toString('base64url')].join('.'), at)).toThrow();
    expect(() => cipher.open([version, iv, body!.slice(0, 10)].join('.'), at)).toThrow();
  });

  it('a data key wrapped for one engagement does not unwrap as another one', () => {
    expect(() => EngagementCipher.unwrap(master, 'e2', wrapped)).toThrow();
  });

  it('still opens what was sealed under the program keys before the engagement had its own', () => {
    expect(cipher.open(master.seal('older text', at), at)).toBe('older text');
  });

  it('unwraps its key after the program keys rotate, as long as the old one is kept', () => {
    const rotated = new FieldCipher(parseKeyring('KEYS', `k1:${k1},k2:${k2}`, 'k2'));
    const sealed = cipher.seal('kept across rotation', at);
    expect(EngagementCipher.unwrap(rotated, 'e1', wrapped).open(sealed, at)).toBe('kept across rotation');
  });
});

describe('a disposed engagement', () => {
  const disposed = new DisposedCipher('e1');

  it('reads every confidential field as disposed, and an absent one as absent', () => {
    expect(disposed.open()).toBe(DISPOSED_TEXT);
    expect(disposed.openOptional('d1.x.y', at)).toBe(DISPOSED_TEXT);
    expect(disposed.openOptional(null, at)).toBeUndefined();
  });

  it('says so, where a live engagement’s cipher does not', () => {
    expect(disposed.disposed).toBe(true);
    expect(EngagementCipher.throwaway(new FieldCipher(parseKeyring('KEYS', `k1:${k1}`, 'k1'))).disposed).toBe(false);
  });

  it('seals nothing more', () => {
    expect(() => disposed.seal()).toThrow(EngagementDisposedError);
    expect(disposed.sealOptional(null, at)).toBeNull();
  });
});
