import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { AuditCheckpointLog, AuditGroupCommit, AuditRepository } from '#persistence';
import { AUDIT_EXPORT_FORMAT, AUDIT_EXPORT_MARKING, auditExportLine, CheckpointSigner, SignedCheckpoint } from '#security';

import { givenPeriod, periodDates } from '../../common/period';
import { AuditExportQuery } from './dto/audit-export.query';

/**
 * The audit trail as NDJSON an outside party can check with `npm run audit:verify -- --file`: a header,
 * each event with its hash and link, each signed checkpoint right after the event it anchors, and an end
 * line that counts them. It is written a batch at a time as the reader takes it, never built whole.
 */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly log: AuditCheckpointLog,
    private readonly signer: CheckpointSigner,
  ) {}

  /** Settles what the export covers and audits that it was taken (before any of it leaves); the lines follow as they are read. */
  async export(actor: Actor, query: AuditExportQuery): Promise<AsyncIterable<string>> {
    const { from, to } = periodDates(query);
    const stretch = await this.audit.exportStretch(from, to);
    await this.auditGroup.appendRead(actor, {
      action: 'audit.exported',
      engagementId: null,
      subjectType: 'audit-trail',
      subjectId: 'audit_events',
      details: {
        ...givenPeriod(query),
        headSeq: stretch.headSeq,
        events: Math.max(0, stretch.lastSeq - stretch.firstSeq + 1),
        ...(stretch.lastSeq >= stretch.firstSeq ? { firstSeq: stretch.firstSeq, lastSeq: stretch.lastSeq } : {}),
      },
    });
    const { checkpoints } = await this.log.read();
    const anchors = checkpoints.filter((checkpoint) => checkpoint.seq >= stretch.firstSeq && checkpoint.seq <= stretch.lastSeq).sort((a, b) => a.seq - b.seq);
    return this.lines(query, stretch, anchors);
  }

  private async *lines(
    query: AuditExportQuery,
    stretch: { readonly headSeq: number; readonly firstSeq: number; readonly lastSeq: number },
    anchors: readonly SignedCheckpoint[],
  ): AsyncGenerator<string> {
    yield auditExportLine({
      kind: 'header',
      format: AUDIT_EXPORT_FORMAT,
      marking: AUDIT_EXPORT_MARKING,
      exportedAt: new Date().toISOString(),
      from: query.from ?? null,
      to: query.to ?? null,
      headSeq: stretch.headSeq,
      checkpointKeys: this.signer.publicKeys(),
    });
    let events = 0;
    let written = 0;
    let last: { seq: number; hash: string } | undefined;
    const bySeq = new Map(anchors.map((anchor) => [anchor.seq, anchor]));
    for await (const batch of this.audit.exportText(stretch.firstSeq, stretch.lastSeq, [...bySeq.keys()])) {
      events += batch.events;
      last = { seq: batch.lastSeq, hash: batch.lastHash };
      // Each batch ends at a checkpoint's seq where there is one: the checkpoint goes right after its event.
      yield* batch.pieces;
      const anchor = bySeq.get(batch.lastSeq);
      if (anchor) {
        written += 1;
        yield auditExportLine({ kind: 'checkpoint', seq: anchor.seq, hash: anchor.hash, at: anchor.at, kid: anchor.kid, signature: anchor.signature });
      }
    }
    yield auditExportLine({ kind: 'end', events, checkpoints: written, lastSeq: last?.seq ?? null, lastHash: last?.hash ?? null });
  }
}
