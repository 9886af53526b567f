import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import { parseKeyring } from '#config';
import { CheckpointSigner } from '#security';

import { AuditCheckpointLog } from './audit-checkpoint-log';
import { verifyAuditTrail } from './audit-verification';
import type { AuditRepository } from './repositories/audit.repository';

const signer = new CheckpointSigner(parseKeyring('T', `k1:${randomBytes(32).toString('base64')}`, 'k1'));
const stranger = new CheckpointSigner(parseKeyring('T', `k1:${randomBytes(32).toString('base64')}`, 'k1'));
const hash = (seq: number) => `${seq}`.padStart(64, 'a');

/** The chain as the database holds it: seq → hash, every event linked (its own checks are AuditRepository's, tested on PostgreSQL). */
function chain(hashes: Map<number, string>): AuditRepository {
  return {
    verify: (anchors: ReadonlyMap<number, string>) =>
      Promise.resolve({ ok: true, checked: hashes.size, unmatchedAnchors: [...anchors].filter(([seq, h]) => hashes.get(seq) !== h).map(([seq]) => seq) }),
  } as unknown as AuditRepository;
}

async function log(...lines: string[]): Promise<AuditCheckpointLog> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'checkpoints-')), 'checkpoints.jsonl');
  const checkpoints = new AuditCheckpointLog(file);
  lines.forEach((line) => appendFileSync(file, `${line}\n`));
  return checkpoints;
}

const at = '2026-12-01T00:00:00.000Z';
const line = (seq: number, by = signer, h = hash(seq)) => JSON.stringify(by.sign({ seq, hash: h, at }));
const intact = new Map(Array.from({ length: 30 }, (_, i) => [i + 1, hash(i + 1)]));

describe('holding the audit chain to its signed checkpoints', () => {
  it('an intact chain passes through every checkpoint and is anchored through the last', async () => {
    const result = await verifyAuditTrail(chain(intact), await log(line(10), line(20), line(30)), signer);
    expect(result).toEqual({ ok: true, checked: 30, checkpoints: 3, anchoredThrough: 30 });
  });

  it('a chain rewritten from event 15 on is named by the first checkpoint after it, with the events behind it', async () => {
    const rewritten = new Map([...intact].map(([seq, h]) => [seq, seq >= 15 ? `${h.slice(1)}b` : h]));
    const result = await verifyAuditTrail(chain(rewritten), await log(line(10), line(20), line(30)), signer);
    expect(result).toMatchObject({
      ok: false,
      checkpoints: 1,
      anchoredThrough: 10,
      firstBrokenCheckpoint: { seq: 20, at, fault: 'CHAIN_DIFFERS', events: { fromSeq: 11, toSeq: 20 } },
    });
  });

  it('a checkpoint not signed by our keys, or altered, is named; so is a line that is not a checkpoint', async () => {
    const forged = await verifyAuditTrail(chain(intact), await log(line(10), line(20, stranger)), signer);
    expect(forged.firstBrokenCheckpoint).toMatchObject({ seq: 20, fault: 'BAD_SIGNATURE', events: { fromSeq: 11, toSeq: 20 } });
    const altered = JSON.stringify({ ...(JSON.parse(line(20)) as object), hash: hash(21) });
    expect((await verifyAuditTrail(chain(intact), await log(line(10), altered), signer)).firstBrokenCheckpoint).toMatchObject({ fault: 'BAD_SIGNATURE' });
    const garbled = await verifyAuditTrail(chain(intact), await log(line(10), '{"seq": "ten"'), signer);
    expect(garbled).toMatchObject({ ok: false, firstBrokenCheckpoint: { fault: 'UNREADABLE' } });
  });

  it('a checkpoint past the chain (events cut from its end) is named', async () => {
    const short = new Map([...intact].filter(([seq]) => seq <= 25));
    const result = await verifyAuditTrail(chain(short), await log(line(10), line(30)), signer);
    expect(result.firstBrokenCheckpoint).toMatchObject({ seq: 30, fault: 'CHAIN_DIFFERS', events: { fromSeq: 11, toSeq: 30 } });
  });

  it('no checkpoint yet: the chain alone decides', async () => {
    expect(await verifyAuditTrail(chain(intact), await log(), signer)).toEqual({ ok: true, checked: 30, checkpoints: 0, anchoredThrough: 0 });
  });
});
