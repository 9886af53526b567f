import { randomBytes } from 'node:crypto';

import { defaultPayloadConverter, Payload, SerializationContext } from '@temporalio/common';

import { parseKeyring } from '#config';
import { isUnsealedPayload } from '#contracts';

import { EncryptionCodec } from './payload-codec';

const keyring = () => parseKeyring('P', `p1:${randomBytes(32).toString('base64')}`, 'p1');
const workflow = (workflowId: string): SerializationContext => ({ type: 'workflow', namespace: 'default', workflowId });
const activity = (workflowId: string): SerializationContext => ({ type: 'activity', namespace: 'default', workflowId, activityId: '7', isLocal: false });
const valueOf = (payload: Payload | undefined): unknown => defaultPayloadConverter.fromPayload(payload!);

describe('Temporal payload encryption', () => {
  const ring = keyring();
  const codec = new EncryptionCodec(ring);
  const rationale = defaultPayloadConverter.toPayload({ rationale: 'above the classified threshold' });

  it('encrypts payloads so history holds no plaintext, and decrypts them back in the same workflow', async () => {
    const [encoded] = await codec.encode([rationale], workflow('engagement-a'));
    expect(Buffer.from(encoded!.metadata!['encoding']!).toString()).toBe('binary/encrypted');
    expect(Buffer.from(encoded!.metadata!['encryption-key-id']!).toString()).toBe('p1');
    expect(Buffer.from(encoded!.data!).toString('latin1')).not.toContain('classified');
    expect(valueOf((await codec.decode([encoded!], workflow('engagement-a')))[0])).toEqual({ rationale: 'above the classified threshold' });
    // An activity's payloads belong to its workflow.
    expect(valueOf((await codec.decode([encoded!], activity('engagement-a')))[0])).toEqual({ rationale: 'above the classified threshold' });
  });

  it('a payload sealed for one workflow does not open in another: it becomes the refused marker', async () => {
    const [encoded] = await codec.encode([rationale], workflow('engagement-a'));
    expect(isUnsealedPayload(valueOf((await codec.decode([encoded!], workflow('engagement-b')))[0]))).toBe(true);
    expect(isUnsealedPayload(valueOf((await codec.decode([encoded!]))[0]))).toBe(true);
  });

  it('turns a payload it did not seal into the marker workflows refuse, whatever it claims', async () => {
    const forged = defaultPayloadConverter.toPayload({ actor: { sub: 'mallory', org: 'nsa', roles: ['designation-authority'] } });
    const value = valueOf((await codec.decode([forged], workflow('engagement-a')))[0]);
    expect(isUnsealedPayload(value)).toBe(true);
    expect(JSON.stringify(value)).not.toContain('mallory');
  });

  it('a tampered payload, or one cut short, is refused as the marker rather than wedging the workflow', async () => {
    const [encoded] = await codec.encode([rationale], workflow('engagement-a'));
    const bytes = Buffer.from(encoded!.data!);
    const flipped = Buffer.from(bytes);
    flipped[20] = flipped[20]! ^ 1;
    for (const data of [flipped, bytes.subarray(0, bytes.length - 4), bytes.subarray(0, 10)]) {
      expect(isUnsealedPayload(valueOf((await codec.decode([{ ...encoded!, data }], workflow('engagement-a')))[0]))).toBe(true);
    }
  });

  it('a payload sealed under another key opens nowhere, nor does one under a key id this process does not hold: both are the refused marker', async () => {
    const [elsewhere] = await new EncryptionCodec(keyring()).encode([rationale], workflow('engagement-a'));
    expect(isUnsealedPayload(valueOf((await codec.decode([elsewhere!], workflow('engagement-a')))[0]))).toBe(true);
    const unknownKey = { ...elsewhere!, metadata: { ...elsewhere!.metadata, 'encryption-key-id': Buffer.from('p9') } };
    expect(isUnsealedPayload(valueOf((await codec.decode([unknownKey], workflow('engagement-a')))[0]))).toBe(true);
  });

  it('payloads sealed before they were bound to a workflow open only for a codec told to accept them (replaying old histories)', async () => {
    const [unbound] = await codec.encode([rationale]);
    expect(isUnsealedPayload(valueOf((await codec.decode([unbound!], workflow('engagement-a')))[0]))).toBe(true);
    const replaying = new EncryptionCodec(ring, { acceptUnbound: true });
    expect(valueOf((await replaying.decode([unbound!], workflow('engagement-a')))[0])).toEqual({ rationale: 'above the classified threshold' });
  });
});
