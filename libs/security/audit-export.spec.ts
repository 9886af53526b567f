import { randomBytes } from 'node:crypto';

import { parseKeyring } from '#config';

import { hashAuditEvent } from './audit-chain';
import { chainOf } from './audit-chain.fixture';
import { CheckpointSigner } from './audit-checkpoint';
import { AUDIT_EXPORT_FORMAT, AUDIT_EXPORT_MARKING, auditExportLine, AuditExportVerification, AuditExportVerifier } from './audit-export';

const signer = new CheckpointSigner(parseKeyring('T', `k1:${randomBytes(32).toString('base64')}`, 'k1'));
const stranger = new CheckpointSigner(parseKeyring('T', `k1:${randomBytes(32).toString('base64')}`, 'k1'));

/** An export of events `from`..`to` of a 20-event chain, with a checkpoint after every fifth event. */
function exportOf(from = 1, to = 20, checkpointSigner = signer): string[] {
  const events = chainOf(20).slice(from - 1, to);
  const lines = [
    auditExportLine({
      kind: 'header',
      format: AUDIT_EXPORT_FORMAT,
      marking: AUDIT_EXPORT_MARKING,
      exportedAt: '2026-12-02T00:00:00.000Z',
      from: null,
      to: null,
      headSeq: 20,
      checkpointKeys: signer.publicKeys(),
    }),
  ];
  let checkpoints = 0;
  for (const event of events) {
    lines.push(auditExportLine({ kind: 'event', ...event }));
    if (event.seq % 5 === 0) {
      lines.push(auditExportLine({ kind: 'checkpoint', ...checkpointSigner.sign({ seq: event.seq, hash: event.hash, at: '2026-12-02T00:00:00.000Z' }) }));
      checkpoints += 1;
    }
  }
  const last = events[events.length - 1];
  lines.push(auditExportLine({ kind: 'end', events: events.length, checkpoints, lastSeq: last?.seq ?? null, lastHash: last?.hash ?? null }));
  return lines.map((line) => line.trimEnd());
}

function check(lines: readonly string[], trusted?: ReturnType<CheckpointSigner['publicKeys']>): AuditExportVerification {
  const verifier = new AuditExportVerifier(trusted);
  lines.forEach((line) => verifier.feed(line));
  return verifier.result();
}

/** Line 1 is the header; event n of a from-genesis export is on line n + 1 + the checkpoints before it. */
const lineOfEvent = (lines: readonly string[], seq: number): number =>
  lines.findIndex((line) => line.includes(`"seq":${seq},`) && line.includes('"kind":"event"')) + 1;

describe('an audit export, checked by an outside party', () => {
  it('holds as written: every event, from the genesis hash, anchored by its checkpoints', () => {
    expect(check(exportOf())).toEqual({ ok: true, events: 20, firstSeq: 1, lastSeq: 20, fromGenesis: true, checkpoints: 4, anchoredThrough: 20 });
  });

  it('holds for a stretch that begins mid-chain, and says it does not start at the genesis', () => {
    expect(check(exportOf(7, 13))).toEqual({ ok: true, events: 7, firstSeq: 7, lastSeq: 13, fromGenesis: false, checkpoints: 1, anchoredThrough: 10 });
  });

  it('holds when empty: a header and an end line', () => {
    expect(check(exportOf(1, 0))).toMatchObject({ ok: true, events: 0, firstSeq: null, lastSeq: null });
  });

  it('names the line and the event of an edited event', () => {
    const lines = exportOf();
    const at = lineOfEvent(lines, 12);
    const edited = JSON.parse(lines[at - 1]!) as { id: string; details: Record<string, unknown> };
    edited.details = { ...edited.details, version: 999 };
    lines[at - 1] = JSON.stringify(edited);
    expect(check(lines)).toMatchObject({ ok: false, fault: 'CHAIN', firstBrokenLine: at, firstBrokenEventId: edited.id });
  });

  it('names an edited event even when re-hashed to the end, by the checkpoint after it', () => {
    const lines = exportOf();
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    let prevHash = '';
    for (const event of events.filter((e) => e['kind'] === 'event')) {
      const seq = event['seq'] as number;
      if (seq === 12) event['outcome'] = 'FORGED';
      if (seq >= 12) {
        event['prevHash'] = seq === 12 ? event['prevHash'] : prevHash;
        const { kind: _kind, hash: _hash, ...body } = event;
        event['hash'] = hashAuditEvent(body as unknown as Parameters<typeof hashAuditEvent>[0]);
      }
      prevHash = event['hash'] as string;
    }
    const rewritten = events.map((event) => JSON.stringify(event));
    const checkpointAt15 = rewritten.findIndex((line) => line.includes('"kind":"checkpoint"') && line.includes('"seq":15,')) + 1;
    expect(check(rewritten)).toMatchObject({ ok: false, fault: 'CHECKPOINT', firstBrokenLine: checkpointAt15, anchoredThrough: 10 });
  });

  it('names a removed event, a reordered pair and a line that is not JSON', () => {
    const removed = exportOf();
    const at = lineOfEvent(removed, 8);
    removed.splice(at - 1, 1);
    expect(check(removed)).toMatchObject({ ok: false, fault: 'CHAIN', firstBrokenLine: at });

    const swapped = exportOf();
    const a = lineOfEvent(swapped, 3);
    [swapped[a - 1], swapped[a]] = [swapped[a]!, swapped[a - 1]!];
    expect(check(swapped)).toMatchObject({ ok: false, fault: 'CHAIN', firstBrokenLine: a });

    const garbled = exportOf();
    garbled[4] = garbled[4]!.slice(0, 30);
    expect(check(garbled)).toMatchObject({ ok: false, fault: 'MALFORMED', firstBrokenLine: 5 });
  });

  it('names an export cut short, and one whose last events were cut with the end line rewritten', () => {
    const cut = exportOf().slice(0, 10);
    expect(check(cut)).toMatchObject({ ok: false, fault: 'TRUNCATED', firstBrokenLine: 11 });

    const lines = exportOf();
    const end = lines.pop()!;
    lines.splice(lines.length - 2, 2);
    lines.push(end);
    expect(check(lines)).toMatchObject({ ok: false, fault: 'COUNT', firstBrokenLine: lines.length });
  });

  it('refuses checkpoints signed by another key, and holds them to the published keys when given', () => {
    expect(check(exportOf(1, 20, stranger))).toMatchObject({ ok: false, fault: 'CHECKPOINT', anchoredThrough: null });
    // A forger who signs with their own key and puts it in the header is caught by the published keys.
    const forged = exportOf(1, 20, stranger);
    const header = JSON.parse(forged[0]!) as Record<string, unknown>;
    forged[0] = JSON.stringify({ ...header, checkpointKeys: stranger.publicKeys() });
    expect(check(forged)).toMatchObject({ ok: true });
    expect(check(forged, signer.publicKeys())).toMatchObject({ ok: false, fault: 'CHECKPOINT', firstBrokenLine: lineOfEvent(forged, 5) + 1 });
  });

  it('requires the header first and nothing after the end line', () => {
    expect(check(exportOf().slice(1))).toMatchObject({ ok: false, fault: 'MALFORMED', firstBrokenLine: 1 });
    expect(check([...exportOf(), exportOf()[1]!])).toMatchObject({ ok: false, fault: 'MALFORMED' });
  });
});
