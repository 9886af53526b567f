import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { AuditGroupCommit, EngagementRepository, PeopleRepository } from '#persistence';
import { engagementScope, EngagementView, FieldCipher } from '#security';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import { isUtcTimestamp, UUID_PATTERN } from '../../common/dto-decorators';
import { decodeCursor, keysetPage } from '../../common/pagination';
import { CONFIDENTIAL_FIELDS, EngagementDetailDto, EngagementListDto, toEngagementDetail, toEngagementSummary } from './dto/engagement.response';
import { ListEngagementsQuery } from './dto/list-engagements.query';

interface ListCursor {
  readonly t: string;
  readonly id: string;
}

function isListCursor(value: unknown): value is ListCursor {
  const v = value as Partial<ListCursor> | null;
  return isUtcTimestamp(v?.t) && typeof v?.id === 'string' && UUID_PATTERN.test(v.id);
}

/** Reads come from the read model, never from Temporal; a read of confidential content is audited first. */
@Injectable()
export class EngagementQueriesService {
  constructor(
    private readonly engagements: EngagementRepository,
    private readonly access: EngagementAccessService,
    private readonly auditGroup: AuditGroupCommit,
    private readonly cipher: FieldCipher,
    private readonly people: PeopleRepository,
  ) {}

  async list(actor: Actor, query: ListEngagementsQuery): Promise<EngagementListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isListCursor) : undefined;
    const rows = await this.engagements.list(
      engagementScope(actor),
      query.limit + 1,
      after ? { submittedAt: new Date(after.t), id: after.id } : undefined,
      query.stage,
    );
    return keysetPage(rows, query.limit, toEngagementSummary, (last) => ({ t: last.submittedAt.toISOString(), id: last.id }));
  }

  /**
   * The detail as the caller may see it. A view with confidential fields leaves only once its
   * audit event (naming the fields and the version read) is durable; if it cannot be written, the
   * read fails.
   */
  async detail(actor: Actor, id: string): Promise<EngagementDetailDto> {
    const { roster, view } = this.access.check(actor, await this.engagements.findAggregate(id));
    if (view === EngagementView.Full || view === EngagementView.Developer) {
      await this.auditGroup.appendRead(actor, {
        action: 'engagement.viewed',
        engagementId: id,
        subjectType: 'engagement',
        subjectId: id,
        details: { fields: [...CONFIDENTIAL_FIELDS[view]], view: view === EngagementView.Full ? 'FULL' : 'DEVELOPER', version: roster.engagement.version },
      });
    }
    const names = await this.people.namesOf([...roster.timeline.map((t) => t.actorSub), ...roster.reviewerRows.map((r) => r.reviewerSub)]);
    return toEngagementDetail(roster, view, this.cipher, names);
  }
}
