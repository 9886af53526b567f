import { createHash } from 'node:crypto';

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The fields of an audit event that its hash covers: everything but the hash itself. */
export interface AuditEventBody {
  readonly id: string;
  readonly seq: number;
  readonly occurredAt: string;
  readonly actorSub: string;
  readonly actorRoles: readonly string[];
  readonly action: string;
  readonly engagementId: string | null;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly outcome: string;
  readonly details: { readonly [key: string]: JsonValue };
  readonly prevHash: string;
}

/**
 * JSON with object keys sorted at every depth, so the same event always hashes the same way. As in
 * JSON (and so in jsonb), a key whose value is undefined is left out and an undefined array item is null.
 */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditEvent(body: AuditEventBody): string {
  const content: JsonValue = {
    id: body.id,
    seq: body.seq,
    occurredAt: body.occurredAt,
    actorSub: body.actorSub,
    actorRoles: [...body.actorRoles],
    action: body.action,
    engagementId: body.engagementId,
    subjectType: body.subjectType,
    subjectId: body.subjectId,
    outcome: body.outcome,
    details: body.details as JsonValue,
    prevHash: body.prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface ChainCheck {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenEventId?: string;
}

/**
 * Walks events in sequence order, continuing from `previous` (the last event of the prior batch),
 * and names the first whose link or hash does not hold.
 */
export class ChainVerifier {
  private expectedPrev: string;
  private expectedSeq: number;
  private count = 0;
  private broken?: string;

  /** From the chain's start, or (for a stretch of it) from the given event's position and link. */
  constructor(start: { readonly seq: number; readonly prevHash: string } = { seq: 1, prevHash: GENESIS_HASH }) {
    this.expectedSeq = start.seq;
    this.expectedPrev = start.prevHash;
  }

  /** Feeds the next batch; returns false once the chain is known to be broken. */
  feed(events: readonly (AuditEventBody & { readonly hash: string })[]): boolean {
    for (const event of events) {
      if (this.broken) {
        return false;
      }
      this.count += 1;
      if (event.seq !== this.expectedSeq || event.prevHash !== this.expectedPrev || hashAuditEvent(event) !== event.hash) {
        this.broken = event.id;
        return false;
      }
      this.expectedPrev = event.hash;
      this.expectedSeq += 1;
    }
    return true;
  }

  result(): ChainCheck {
    return this.broken ? { ok: false, checked: this.count, firstBrokenEventId: this.broken } : { ok: true, checked: this.count };
  }
}
