import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { AuditCheckpointLog, AuditGroupCommit, AuditRepository, UnitOfWork, verifyAuditTrail } from '#persistence';
import { CheckpointSigner } from '#security';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import { decodeCursor, encodeCursor, PageQuery } from '../../common/pagination';
import { periodDates } from '../../common/period';
import { AuditEventListDto, AuditVerificationDto, toAuditEvent } from './dto/audit.response';
import { AuditSearchQuery } from './dto/audit-search.query';

function isSeqCursor(value: unknown): value is { s: number } {
  return Number.isSafeInteger((value as { s?: unknown } | null)?.s);
}

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly access: EngagementAccessService,
    private readonly unitOfWork: UnitOfWork,
    private readonly log: AuditCheckpointLog,
    private readonly signer: CheckpointSigner,
  ) {}

  /**
   * A page of the engagement's trail. Reading it is itself audited (who read which events), and
   * the page leaves only once that event is durable: the trail says who has seen the trail.
   */
  async forEngagement(actor: Actor, engagementId: string, page: PageQuery): Promise<AuditEventListDto> {
    await this.access.requireVisible(actor, engagementId);
    const after = page.cursor ? decodeCursor(page.cursor, isSeqCursor).s : 0;
    const rows = await this.audit.listForEngagement(engagementId, after, page.limit + 1);
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    await this.auditGroup.appendRead(actor, {
      action: 'audit.trail_viewed',
      engagementId,
      subjectType: 'audit-trail',
      subjectId: engagementId,
      details: { afterSeq: after, events: items.length, ...(items[0] && last ? { firstSeq: items[0].seq, lastSeq: last.seq } : {}) },
    });
    return {
      items: items.map(toAuditEvent),
      nextCursor: rows.length > page.limit && last ? encodeCursor({ s: last.seq }) : null,
    };
  }

  /**
   * The trail across the program, events about no engagement included (registry edits, key rotations,
   * unknown tokens introspected): for auditors, and itself audited (which filters, which events) first.
   */
  async search(actor: Actor, query: AuditSearchQuery): Promise<AuditEventListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isSeqCursor).s : 0;
    const filter = {
      engagementId: query.engagementId,
      actorSub: query.actor,
      action: query.action,
      subjectType: query.subjectType,
      ...periodDates(query),
    };
    const rows = await this.audit.search(filter, after, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    await this.auditGroup.appendRead(actor, {
      action: 'audit.searched',
      engagementId: null,
      subjectType: 'audit-trail',
      subjectId: 'audit_events',
      details: {
        filter: Object.fromEntries(
          Object.entries({
            engagementId: query.engagementId,
            actor: query.actor,
            action: query.action,
            subjectType: query.subjectType,
            from: query.from,
            to: query.to,
          }).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
        afterSeq: after,
        events: items.length,
        ...(items[0] && last ? { firstSeq: items[0].seq, lastSeq: last.seq } : {}),
      },
    });
    return {
      items: items.map(toAuditEvent),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ s: last.seq }) : null,
    };
  }

  /** Verifies the whole chain and holds it to its signed checkpoints, then records that it was verified and with what result. */
  async verify(actor: Actor): Promise<AuditVerificationDto> {
    const result = await verifyAuditTrail(this.audit, this.log, this.signer);
    await this.unitOfWork.run((tx) =>
      this.audit.append(tx, [
        {
          actorSub: actor.sub,
          actorRoles: actor.roles,
          action: 'audit.verified',
          engagementId: null,
          subjectType: 'audit-chain',
          subjectId: 'audit_events',
          outcome: result.ok ? 'INTACT' : 'BROKEN',
          details: {
            checked: result.checked,
            checkpoints: result.checkpoints,
            anchoredThrough: result.anchoredThrough,
            ...(result.firstBrokenEventId ? { firstBrokenEventId: result.firstBrokenEventId } : {}),
            ...(result.firstBrokenCheckpoint ? { firstBrokenCheckpointSeq: result.firstBrokenCheckpoint.seq, fault: result.firstBrokenCheckpoint.fault } : {}),
          },
        },
      ]),
    );
    return result;
  }
}
