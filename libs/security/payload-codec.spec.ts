import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { parseKeyring } from '../config/keyring';
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

  it('passes through payloads it did not encrypt', async () => {
    const payload = defaultPayloadConverter.toPayload('plain');
    expect(await codec.decode([payload])).toEqual([payload]);
  });
});
