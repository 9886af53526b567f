import type { CheckpointSigner } from '#security';

import { AuditCheckpointLog } from './audit-checkpoint-log';
import { AuditRepository } from './repositories/audit.repository';

export type CheckpointFault = 'UNREADABLE' | 'BAD_SIGNATURE' | 'CHAIN_DIFFERS';

/** The whole verdict on the audit trail: the chain itself, and the chain held to its signed checkpoints. */
export interface AuditVerification {
  readonly ok: boolean;
  /** Events walked. */
  readonly checked: number;
  /** The first event whose link or hash does not hold. */
  readonly firstBrokenEventId?: string;
  /** Checkpoints the chain passes through. */
  readonly checkpoints: number;
  /** The sequence number through which the chain is anchored by a checkpoint that holds. */
  readonly anchoredThrough: number;
  /**
   * The first checkpoint that no longer holds, and the events behind it (since the checkpoint before):
   * where a rewrite, even one re-hashed through the head, must have happened.
   */
  readonly firstBrokenCheckpoint?: {
    readonly seq: number;
    readonly at: string;
    readonly fault: CheckpointFault;
    readonly events: { readonly fromSeq: number; readonly toSeq: number };
  };
}

/** Verifies the chain end to end and against every checkpoint in the log. */
export async function verifyAuditTrail(audit: AuditRepository, log: AuditCheckpointLog, signer: CheckpointSigner): Promise<AuditVerification> {
  const { checkpoints, unreadable } = await log.read();
  const authentic = checkpoints.filter((checkpoint) => signer.verify(checkpoint));
  const chain = await audit.verify(new Map(authentic.map((checkpoint) => [checkpoint.seq, checkpoint.hash])));
  const unmatched = new Set(chain.unmatchedAnchors);
  let anchoredThrough = 0;
  let holding = 0;
  let broken: AuditVerification['firstBrokenCheckpoint'];
  for (const checkpoint of [...checkpoints].sort((a, b) => a.seq - b.seq)) {
    const fault: CheckpointFault | undefined = !authentic.includes(checkpoint) ? 'BAD_SIGNATURE' : unmatched.has(checkpoint.seq) ? 'CHAIN_DIFFERS' : undefined;
    if (fault === undefined) {
      holding += 1;
      anchoredThrough = broken ? anchoredThrough : checkpoint.seq;
      continue;
    }
    broken ??= { seq: checkpoint.seq, at: checkpoint.at, fault, events: { fromSeq: anchoredThrough + 1, toSeq: checkpoint.seq } };
  }
  if (!broken && unreadable.length > 0) {
    broken = { seq: 0, at: '', fault: 'UNREADABLE', events: { fromSeq: anchoredThrough + 1, toSeq: anchoredThrough } };
  }
  return {
    ok: chain.ok && broken === undefined,
    checked: chain.checked,
    ...(chain.firstBrokenEventId ? { firstBrokenEventId: chain.firstBrokenEventId } : {}),
    checkpoints: holding,
    anchoredThrough,
    ...(broken ? { firstBrokenCheckpoint: broken } : {}),
  };
}
