import { createPublicKey, KeyObject, verify } from 'node:crypto';

import { AuditEventBody, ChainVerifier, GENESIS_HASH } from './audit-chain';
import { checkpointMessage, CheckpointPublicKey, SignedCheckpoint } from './audit-checkpoint';

/**
 * An audit export is NDJSON: a header line, then each event of a contiguous stretch of the chain in
 * sequence order, each signed checkpoint that falls inside it right after the event it anchors, and an
 * end line that counts what came before it. Everything an outside party needs to check it is in it, or
 * (the checkpoint keys) published beside it.
 */
export const AUDIT_EXPORT_FORMAT = 'frontier-access.audit-export.v1';
/** Every export carries the handling marking of what it holds. */
export const AUDIT_EXPORT_MARKING = 'CUI//PROPIN';

export interface AuditExportHeader {
  readonly kind: 'header';
  readonly format: typeof AUDIT_EXPORT_FORMAT;
  readonly marking: typeof AUDIT_EXPORT_MARKING;
  readonly exportedAt: string;
  /** The bounds asked for; the stretch runs from the first event at or after `from` to the last before `to`. */
  readonly from: string | null;
  readonly to: string | null;
  /** The chain's head when the export began. */
  readonly headSeq: number;
  /** The keys the checkpoint lines are signed with (also published at GET /v1/audit/checkpoints). */
  readonly checkpointKeys: readonly CheckpointPublicKey[];
}

export type AuditExportEvent = AuditEventBody & { readonly kind: 'event'; readonly hash: string };
export type AuditExportCheckpoint = SignedCheckpoint & { readonly kind: 'checkpoint' };

export interface AuditExportEnd {
  readonly kind: 'end';
  readonly events: number;
  readonly checkpoints: number;
  /** The last event's seq and hash, or null for an empty export. */
  readonly lastSeq: number | null;
  readonly lastHash: string | null;
}

export type AuditExportLine = AuditExportHeader | AuditExportEvent | AuditExportCheckpoint | AuditExportEnd;

/** Serialises one line, newline included. */
export function auditExportLine(line: AuditExportLine): string {
  return `${JSON.stringify(line)}\n`;
}

export type AuditExportFault =
  /** Not JSON, or not a line this format has (or a header that is not first). */
  | 'MALFORMED'
  /** An event out of sequence, linked to the wrong predecessor, or whose hash does not hold. */
  | 'CHAIN'
  /** A checkpoint whose signature does not hold, or whose event differs from it. */
  | 'CHECKPOINT'
  /** The end line disagrees with what came before it. */
  | 'COUNT'
  /** The file stops before its end line: cut short. */
  | 'TRUNCATED';

export interface AuditExportVerification {
  readonly ok: boolean;
  readonly events: number;
  readonly firstSeq: number | null;
  readonly lastSeq: number | null;
  /** Whether the stretch starts at the chain's first event (so its first link is to the genesis hash). */
  readonly fromGenesis: boolean;
  /** Checkpoints in the file whose signature and event both hold. */
  readonly checkpoints: number;
  /** The last seq a holding checkpoint anchors: everything up to it is as it was when the checkpoint was signed. */
  readonly anchoredThrough: number | null;
  readonly fault?: AuditExportFault;
  /** The first line that does not hold (1-based), and the event it is or follows. */
  readonly firstBrokenLine?: number;
  readonly firstBrokenEventId?: string;
  readonly reason?: string;
}

type JsonObject = { readonly [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEvent(value: JsonObject): value is JsonObject & AuditExportEvent {
  return (
    Number.isSafeInteger(value['seq']) &&
    ['id', 'occurredAt', 'actorSub', 'action', 'subjectType', 'subjectId', 'outcome', 'prevHash', 'hash'].every((key) => typeof value[key] === 'string') &&
    Array.isArray(value['actorRoles']) &&
    (value['engagementId'] === null || typeof value['engagementId'] === 'string') &&
    isObject(value['details'])
  );
}

function isCheckpoint(value: JsonObject): value is JsonObject & AuditExportCheckpoint {
  return Number.isSafeInteger(value['seq']) && ['hash', 'at', 'kid', 'signature'].every((key) => typeof value[key] === 'string');
}

function publicKeys(keys: readonly CheckpointPublicKey[]): Map<string, KeyObject> {
  return new Map(keys.map((key) => [key.kid, createPublicKey({ key: { ...key.jwk }, format: 'jwk' })]));
}

/**
 * Checks an audit export line by line, holding nothing but the last event (so a file of any length is
 * checked in constant memory), and names the first line that does not hold. The checkpoint keys are the
 * header's unless `trustedKeys` (those the program publishes) are given, which an outside party should.
 */
export class AuditExportVerifier {
  private line = 0;
  private header?: AuditExportHeader;
  private keys?: Map<string, KeyObject>;
  private chain?: ChainVerifier;
  private firstSeq: number | null = null;
  private last?: AuditExportEvent;
  private events = 0;
  private checkpoints = 0;
  private anchoredThrough: number | null = null;
  private ended = false;
  private failure?: Pick<AuditExportVerification, 'fault' | 'firstBrokenLine' | 'firstBrokenEventId' | 'reason'>;

  constructor(private readonly trustedKeys?: readonly CheckpointPublicKey[]) {}

  /** Feeds the next line (without its newline); false once the export is known not to hold. */
  feed(text: string): boolean {
    if (this.failure) {
      return false;
    }
    this.line += 1;
    if (text.trim() === '') {
      return true;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.fail('MALFORMED', 'not JSON');
    }
    if (!isObject(value)) {
      return this.fail('MALFORMED', 'not a JSON object');
    }
    if (this.ended) {
      return this.fail('MALFORMED', 'a line after the end line');
    }
    if (!this.header) {
      return this.readHeader(value);
    }
    switch (value['kind']) {
      case 'event':
        return this.readEvent(value);
      case 'checkpoint':
        return this.readCheckpoint(value);
      case 'end':
        return this.readEnd(value);
      default:
        return this.fail('MALFORMED', `unknown line kind ${JSON.stringify(value['kind'])}`);
    }
  }

  result(): AuditExportVerification {
    const failure =
      this.failure ?? (this.ended ? undefined : { fault: 'TRUNCATED' as const, firstBrokenLine: this.line + 1, reason: 'the file stops before its end line' });
    return {
      ok: failure === undefined,
      events: this.events,
      firstSeq: this.firstSeq,
      lastSeq: this.last?.seq ?? null,
      fromGenesis: this.firstSeq === 1,
      checkpoints: this.checkpoints,
      anchoredThrough: this.anchoredThrough,
      ...(failure ? { ...failure, ...(failure.firstBrokenEventId || !this.last ? {} : { firstBrokenEventId: this.last.id }) } : {}),
    };
  }

  private readHeader(value: JsonObject): boolean {
    if (value['kind'] !== 'header' || value['format'] !== AUDIT_EXPORT_FORMAT) {
      return this.fail('MALFORMED', `the first line must be the ${AUDIT_EXPORT_FORMAT} header`);
    }
    this.header = value as unknown as AuditExportHeader;
    try {
      this.keys = publicKeys(this.trustedKeys ?? (Array.isArray(value['checkpointKeys']) ? (value['checkpointKeys'] as CheckpointPublicKey[]) : []));
    } catch {
      return this.fail('MALFORMED', 'a checkpoint key is not an Ed25519 JWK');
    }
    return true;
  }

  private readEvent(value: JsonObject): boolean {
    if (!isEvent(value)) {
      return this.fail('MALFORMED', 'an event line lacks a field of the audit event');
    }
    if (!this.chain) {
      // The stretch may begin anywhere; only the chain's first event must link to the genesis hash.
      if (value.seq === 1 && value.prevHash !== GENESIS_HASH) {
        return this.fail('CHAIN', 'the first event does not link to the genesis hash', value.id);
      }
      this.chain = new ChainVerifier({ seq: value.seq, prevHash: value.prevHash });
      this.firstSeq = value.seq;
    }
    const { kind: _kind, ...event } = value;
    if (!this.chain.feed([event])) {
      return this.fail('CHAIN', 'out of sequence, linked to another predecessor, or its hash does not hold', value.id);
    }
    this.events += 1;
    this.last = value;
    return true;
  }

  private readCheckpoint(value: JsonObject): boolean {
    if (!isCheckpoint(value)) {
      return this.fail('MALFORMED', 'a checkpoint line lacks a field of the signed checkpoint');
    }
    if (!this.signedByKey(value)) {
      return this.fail('CHECKPOINT', `the checkpoint at seq ${value.seq} is not signed by a checkpoint key (kid ${value.kid})`);
    }
    if (this.last?.seq !== value.seq || this.last.hash !== value.hash) {
      return this.fail('CHECKPOINT', `the checkpoint at seq ${value.seq} does not match the event before it`);
    }
    this.checkpoints += 1;
    this.anchoredThrough = value.seq;
    return true;
  }

  private signedByKey(checkpoint: AuditExportCheckpoint): boolean {
    const key = this.keys?.get(checkpoint.kid);
    try {
      return key !== undefined && verify(null, checkpointMessage(checkpoint, checkpoint.kid), key, Buffer.from(checkpoint.signature, 'base64url'));
    } catch {
      return false;
    }
  }

  private readEnd(value: JsonObject): boolean {
    this.ended = true;
    const holds =
      value['events'] === this.events &&
      value['checkpoints'] === this.checkpoints &&
      value['lastSeq'] === (this.last?.seq ?? null) &&
      value['lastHash'] === (this.last?.hash ?? null);
    return holds || this.fail('COUNT', 'the end line does not count the lines before it: some were removed or added');
  }

  private fail(fault: AuditExportFault, reason: string, eventId?: string): false {
    this.failure = { fault, firstBrokenLine: this.line, reason, ...(eventId ? { firstBrokenEventId: eventId } : {}) };
    return false;
  }
}
