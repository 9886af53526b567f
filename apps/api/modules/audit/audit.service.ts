import { Injectable } from '@nestjs/common';
import { Actor } from '../../../../libs/domain';
import { AuditRepository, UnitOfWork } from '../../../../libs/persistence';
import { decodeCursor, encodeCursor, PageQuery } from '../../common/pagination';
import { EngagementAccess } from '../engagements/engagement-access.service';
import { AuditEventListDto, AuditVerificationDto, toAuditEvent } from './dto/audit.response';

function isSeqCursor(value: unknown): value is { s: number } {
  return Number.isSafeInteger((value as { s?: unknown } | null)?.s);
}

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly access: EngagementAccess,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async forEngagement(actor: Actor, engagementId: string, page: PageQuery): Promise<AuditEventListDto> {
    await this.access.requireVisible(actor, engagementId);
    const after = page.cursor ? decodeCursor(page.cursor, isSeqCursor).s : 0;
    const rows = await this.audit.listForEngagement(engagementId, after, page.limit + 1);
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toAuditEvent),
      nextCursor: rows.length > page.limit && last ? encodeCursor({ s: last.seq }) : null,
    };
  }

  /** Verifies the whole chain, then records that it was verified and with what result. */
  async verify(actor: Actor): Promise<AuditVerificationDto> {
    const result = await this.audit.verify();
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
          details: { checked: result.checked, ...(result.firstBrokenEventId ? { firstBrokenEventId: result.firstBrokenEventId } : {}) },
        },
      ]),
    );
    return result;
  }
}
