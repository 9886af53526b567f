import { randomBytes } from 'node:crypto';

import { parseKeyring } from '#config';

import { FieldCipher, sealedAt } from './field-cipher';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');
const aad = sealedAt('engagements', 'capability_summary', 'e1');

describe('field encryption (AES-256-GCM)', () => {
  const cipher = new FieldCipher(parseKeyring('KEYS', `k1:${k1}`, 'k1'));

  it('round-trips and never stores the plaintext', () => {
    const sealed = cipher.seal('exploit development at scale', aad);
    expect(sealed).toMatch(/^v1\.k1\./);
    expect(sealed).not.toContain('exploit');
    expect(cipher.open(sealed, aad)).toBe('exploit development at scale');
    expect(cipher.seal('same', aad)).not.toBe(cipher.seal('same', aad));
  });

  it('a sealed value moved to another row or column does not open', () => {
    const sealed = cipher.seal('secret', aad);
    expect(() => cipher.open(sealed, sealedAt('engagements', 'capability_summary', 'e2'))).toThrow();
    expect(() => cipher.open(sealed, sealedAt('engagements', 'contact_email', 'e1'))).toThrow();
  });

  it('a tampered value does not open', () => {
    const sealed = cipher.seal('secret', aad);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    expect(() => cipher.open([...parts.slice(0, 3), body.toString('base64url')].join('.'), aad)).toThrow();
  });

  it('a value whose tag was cut short, or whose IV is not 12 bytes, does not open', () => {
    const sealed = cipher.seal('secret', aad);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    expect(() => cipher.open([...parts.slice(0, 3), body.subarray(0, body.length - 4).toString('base64url')].join('.'), aad)).toThrow();
    expect(() => cipher.open([parts[0], parts[1], Buffer.alloc(8).toString('base64url'), parts[3]].join('.'), aad)).toThrow('not a sealed value');
  });

  it('after rotation, new values use the new key and old values stay readable', () => {
    const old = cipher.seal('written under k1', aad);
    const rotated = new FieldCipher(parseKeyring('KEYS', `k1:${k1},k2:${k2}`, 'k2'));
    const fresh = rotated.seal('written under k2', aad);
    expect(FieldCipher.keyIdOf(fresh)).toBe('k2');
    expect(rotated.open(old, aad)).toBe('written under k1');
    expect(rotated.open(fresh, aad)).toBe('written under k2');
    expect(() => cipher.open(fresh, aad)).toThrow(/no encryption key "k2"/);
  });
});

describe('keyrings', () => {
  it.each([
    ['k1:short', 'k1', /32 bytes/],
    [`k1:${k1}`, 'k9', /active key "k9"/],
    [`bad id:${k1}`, 'bad id', /each entry/],
    [`k1:${k1},k1:${k2}`, 'k1', /appears twice/],
  ])('%s with active %s is refused', (text, active, message) => {
    expect(() => parseKeyring('KEYS', text, active)).toThrow(message);
  });
});
