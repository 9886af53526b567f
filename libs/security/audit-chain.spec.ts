import { canonicalJson, ChainVerifier, hashAuditEvent } from './audit-chain';
import { chainOf as chain } from './audit-chain.fixture';

describe('canonical JSON', () => {
  it('does not depend on key order, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('writes undefined as JSON (and jsonb) would: keys left out, array items null', () => {
    const withUndefined = { a: 1, gone: undefined, list: [1, undefined] } as unknown as Parameters<typeof canonicalJson>[0];
    expect(canonicalJson(withUndefined)).toBe(canonicalJson(JSON.parse(JSON.stringify(withUndefined)) as Parameters<typeof canonicalJson>[0]));
  });
});

describe('the hash chain', () => {
  it('an untouched chain verifies, also fed in batches', () => {
    const events = chain(10);
    const verifier = new ChainVerifier();
    expect(verifier.feed(events.slice(0, 4))).toBe(true);
    expect(verifier.feed(events.slice(4))).toBe(true);
    expect(verifier.result()).toEqual({ ok: true, checked: 10 });
  });

  it('names an edited event', () => {
    const events = chain(6);
    events[3] = { ...events[3]!, outcome: 'REFUSED' };
    const verifier = new ChainVerifier();
    verifier.feed(events);
    expect(verifier.result()).toEqual({ ok: false, checked: 4, firstBrokenEventId: events[3]?.id });
  });

  it('an edit that also recomputes the hash is caught at the next link', () => {
    const events = chain(6);
    const forged = { ...events[2]!, actorSub: 'insider' };
    events[2] = { ...forged, hash: hashAuditEvent(forged) };
    const verifier = new ChainVerifier();
    verifier.feed(events);
    expect(verifier.result().firstBrokenEventId).toBe(events[3]!.id);
  });

  it('names the event after a deleted one, and catches reordering', () => {
    const deleted = chain(5).filter((e) => e.seq !== 3);
    const v1 = new ChainVerifier();
    v1.feed(deleted);
    expect(v1.result().firstBrokenEventId).toBe(deleted[2]!.id);

    const events = chain(5);
    const swapped = [events[0]!, events[2]!, events[1]!, events[3]!, events[4]!];
    const v2 = new ChainVerifier();
    v2.feed(swapped);
    expect(v2.result().firstBrokenEventId).toBe(events[2]!.id);
  });

  it('the first event must link to the genesis hash', () => {
    const events = chain(2);
    const v = new ChainVerifier();
    v.feed([{ ...events[0]!, prevHash: 'f'.repeat(64) }]);
    expect(v.result().ok).toBe(false);
  });
});
