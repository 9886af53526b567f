import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { parseKeyring } from '../config/keyring';
import { isUnsealedPayload } from '../contracts/sealed-payloads';
import { EncryptionCodec } from './payload-codec';

describe('Temporal payload encryption', () => {
  const codec = new EncryptionCodec(parseKeyring('P', `p1:${randomBytes(32).toString('base64')}`, 'p1'));

  it('encrypts payloads so history holds no plaintext, and decrypts them back', async () => {
    const payload = defaultPayloadConverter.toPayload({ rationale: 'above the classified threshold' });
    const [encoded] = await codec.encode([payload]);
    expect(Buffer.from(encoded!.metadata!['encoding']!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(encoded!.metadata!['encryption-key-id']!).toString()).toBe('p1');
    expect(Buffer.from(encoded!.data!).toString('latin1')).not.toContain('classified');
    const [decoded] = await codec.decode([encoded!]);
    expect(defaultPayloadConverter.fromPayload(decoded!)).toEqual({ rationale: 'above the classified threshold' });
  });

  it('turns a payload it did not seal into the marker workflows refuse, whatever it claims', async () => {
    const forged = defaultPayloadConverter.toPayload({ actor: { sub: 'mallory', org: 'nsa', roles: ['designation-authority'] } });
    const [decoded] = await codec.decode([forged]);
    const value = defaultPayloadConverter.fromPayload(decoded!);
    expect(isUnsealedPayload(value)).toBe(true);
    expect(JSON.stringify(value)).not.toContain('mallory');
  });

  it('does not open a sealed payload under another key, or one whose tag was cut short', async () => {
    const [encoded] = await codec.encode([defaultPayloadConverter.toPayload('secret')]);
    const other = new EncryptionCodec(parseKeyring('P', `p1:${randomBytes(32).toString('base64')}`, 'p1'));
    await expect(other.decode([encoded!])).rejects.toThrow();
    const truncated = { ...encoded!, data: Buffer.from(encoded!.data!).subarray(0, encoded!.data!.length - 4) };
    await expect(codec.decode([truncated])).rejects.toThrow();
  });
});
