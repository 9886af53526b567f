import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { Actor, EngagementStage, hasRole, Role } from '#domain';
import { AuditGroupCommit, EngagementKeys, EngagementRepository, FindingRepository } from '#persistence';
import { engagementScope, EngagementView } from '#security';

import { rosterView } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { isUtcTimestamp, UUID_PATTERN } from '../../common/dto-decorators';
import { decodeCursor, FEED_LOOKBACK_MS, feedCursor, feedSince, keysetPage } from '../../common/pagination';
import {
  CONFIDENTIAL_FIELDS,
  EngagementDetailDto,
  EngagementListDto,
  PreviousEngagementDto,
  toEngagementDetail,
  toEngagementSummary,
  toPreviousEngagement,
} from './dto/engagement.response';
import { EngagementChangesDto, EngagementChangesQuery } from './dto/engagement-changes';
import { ListEngagementsQuery } from './dto/list-engagements.query';

const CHANGES_LIMIT = 200;

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
    private readonly keys: EngagementKeys,
    private readonly findings: FindingRepository,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, query: ListEngagementsQuery): Promise<EngagementListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isListCursor) : undefined;
    const rows = await this.engagements.list(
      engagementScope(actor),
      query.limit + 1,
      after ? { submittedAt: new Date(after.t), id: after.id } : undefined,
      query.stage,
    );
    // Those who follow findings (never an authority or partner by that role alone) see how many are overdue.
    const followsFindings = [Role.Developer, Role.Reviewer, Role.Auditor, Role.ProgramAdmin].some((role) => hasRole(actor, role));
    const overdue = followsFindings ? await this.findings.overdueCounts(rows.map((row) => row.id)) : undefined;
    return keysetPage(
      rows,
      query.limit,
      (row) => toEngagementSummary(row, overdue && (overdue.get(row.id) ?? 0)),
      (last) => ({ t: last.submittedAt.toISOString(), id: last.id }),
    );
  }

  /**
   * The live feed: ids, versions and stages of what the caller may see that changed since the cursor.
   * Metadata only, the same the list shows, so it is not audited; a client fetches (and so audits) the
   * content only when a version it holds changed.
   */
  async changes(actor: Actor, query: EngagementChangesQuery): Promise<EngagementChangesDto> {
    const since = query.since ? feedSince(query.since) : undefined;
    const { rows, now } = await this.engagements.changedSince(engagementScope(actor), since, CHANGES_LIMIT);
    const last = rows.at(-1);
    // A full page resumes where it stopped; otherwise the next answer starts from now.
    const next = rows.length === CHANGES_LIMIT && last ? new Date(last.updatedAt.getTime() + FEED_LOOKBACK_MS) : now;
    return {
      items: rows.map((row) => ({ id: row.id, version: row.version, stage: row.stage as EngagementStage })),
      cursor: feedCursor(next),
    };
  }

  /**
   * The detail as the caller may see it. A view with confidential fields leaves only once its
   * audit event (naming the fields and the version read) is durable; if it cannot be written, the
   * read fails.
   */
  async detail(actor: Actor, id: string): Promise<EngagementDetailDto> {
    const { roster, view } = this.access.check(actor, await this.engagements.findDetail(id));
    if (view === EngagementView.Full || view === EngagementView.Developer) {
      await this.auditGroup.appendRead(actor, {
        action: 'engagement.viewed',
        engagementId: id,
        subjectType: 'engagement',
        subjectId: id,
        details: { fields: [...CONFIDENTIAL_FIELDS[view]], view: view === EngagementView.Full ? 'FULL' : 'DEVELOPER', version: roster.engagement.version },
      });
    }
    const previous = await this.previousOf(actor, roster.engagement.previousEngagementId);
    return {
      ...toEngagementDetail(roster, view, this.keys.readerFrom(id, roster.key), this.config.retention, roster.names),
      ...(previous ? { previousEngagement: previous } : {}),
    };
  }

  /**
   * Model lineage: the previous version's engagement, only for a caller who may see it too (on both
   * rosters, say), and its determination only where they may read it there.
   */
  private async previousOf(actor: Actor, id: string | null): Promise<PreviousEngagementDto | undefined> {
    const previous = id === null ? null : await this.engagements.findRoster(id);
    const view = previous === null ? EngagementView.None : rosterView(actor, previous);
    return previous === null || view === EngagementView.None ? undefined : toPreviousEngagement(previous.engagement, view !== EngagementView.Metadata);
  }
}
