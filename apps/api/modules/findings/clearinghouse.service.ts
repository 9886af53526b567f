import { Injectable } from '@nestjs/common';

import { Actor, DomainErrorCode, DomainRuleError, EngagementStage, FindingCommandType, hasRole, Role } from '#domain';
import { AuditGroupCommit, EngagementKeys, EngagementRepository, FindingEntity, FindingRepository, urgencyOf } from '#persistence';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { UUID_PATTERN } from '../../common/dto-decorators';
import { decodeCursor, keysetPage } from '../../common/pagination';
import { AuthErrorCode, AuthException, ResourceException } from '../../errors/api-errors';
import { FindingCommandsService } from '../../temporal/finding-commands.service';
import { ClearinghouseQuery, SharedFindingDto, SharedFindingListDto, toSharedFinding, ValidateFindingDto } from './dto/clearinghouse.dto';

interface QueueCursor {
  readonly u: number;
  readonly t: string;
  readonly id: string;
}

function isQueueCursor(value: unknown): value is QueueCursor {
  const v = value as Partial<QueueCursor> | null;
  return typeof v?.u === 'number' && typeof v.t === 'string' && !Number.isNaN(Date.parse(v.t)) && typeof v.id === 'string' && UUID_PATTERN.test(v.id);
}

/**
 * The clearinghouse's side of a finding (EO 14409 Sec. 2): it sees only what developers shared with it,
 * across engagements and never the rest of them, validates each (deconflicting duplicates) and follows its
 * remediation. Program administrators may ask a developer to share; only the developer's share counts.
 */
@Injectable()
export class ClearinghouseService {
  constructor(
    private readonly findingCommands: FindingCommandsService,
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
  ) {}

  /** The queue: shared findings, most urgent tier first and newest within it; read only once its audit event is durable. */
  async queue(actor: Actor, query: ClearinghouseQuery): Promise<SharedFindingListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isQueueCursor) : undefined;
    const rows = await this.findings.listShared(
      { status: query.status, validation: query.validation },
      query.limit + 1,
      after && { urgency: after.u, sharedAt: new Date(after.t), id: after.id },
    );
    const page = rows.slice(0, query.limit);
    const engagements = await this.engagements.byIds(page.map((f) => f.engagementId));
    const ciphers = await this.keys.readersFor(page.map((f) => f.engagementId));
    await this.auditGroup.appendRead(actor, {
      action: 'clearinghouse.queue_viewed',
      engagementId: null,
      subjectType: 'clearinghouse',
      subjectId: actor.org,
      details: { findingIds: page.map((f) => f.id) },
    });
    return keysetPage(
      rows,
      query.limit,
      (f) => toSharedFinding(f, this.engagementOf(engagements, f), ciphers(f.engagementId)),
      (last) => ({ u: urgencyOf(last.tier), t: (last.sharedAt ?? new Date(0)).toISOString(), id: last.id }),
    );
  }

  /** Records what the clearinghouse made of a shared finding, through the finding's workflow. */
  async validate(ctx: CommandContext, engagementId: string, findingId: string, dto: ValidateFindingDto): Promise<SharedFindingDto> {
    const finding = await this.shared(engagementId, findingId);
    if (dto.duplicateOf !== undefined && (dto.duplicateOf === findingId || !(await this.findings.findSharedById(dto.duplicateOf)))) {
      throw new DomainRuleError(DomainErrorCode.DuplicateOfRequired, 'duplicateOf must name another finding shared with the clearinghouse');
    }
    const engagement = this.engagementOf(await this.engagements.byIds([engagementId]), finding);
    await this.findingCommands.send(
      finding,
      engagement.developerOrg,
      engagement.stage,
      {
        command: { type: FindingCommandType.Validate, actor: ctx.actor, outcome: dto.outcome, ...(dto.duplicateOf ? { duplicateOf: dto.duplicateOf } : {}) },
        content: { note: dto.note },
      },
      ctx.commandId,
    );
    return toSharedFinding(await this.shared(engagementId, findingId), engagement, await this.keys.readerFor(engagementId));
  }

  /**
   * A program administrator asks the developer to share its findings with the clearinghouse: a notice to
   * the developer, audited; nothing is shared until the developer shares (participation is voluntary).
   */
  async requestSharing(ctx: CommandContext, engagementId: string): Promise<void> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    if (!hasRole(ctx.actor, Role.ProgramAdmin)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only program administrators ask a developer to share');
    }
    const stage = roster.engagement.stage;
    if (stage === EngagementStage.Withdrawn) {
      throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the engagement was withdrawn', { stage });
    }
    await this.auditGroup.append({
      actorSub: ctx.actor.sub,
      actorRoles: ctx.actor.roles,
      action: 'engagement.findings_share_requested',
      engagementId,
      subjectType: 'engagement',
      subjectId: engagementId,
      outcome: 'ACCEPTED',
      details: { commandId: ctx.commandId },
    });
  }

  /** The finding if it is shared (and its engagement not withdrawn); otherwise it does not exist for the clearinghouse. */
  private async shared(engagementId: string, findingId: string): Promise<FindingEntity> {
    const finding = await this.findings.findShared(engagementId, findingId);
    if (!finding) {
      throw new ResourceException('finding');
    }
    return finding;
  }

  private engagementOf<E>(engagements: Map<string, E>, finding: FindingEntity): E {
    const engagement = engagements.get(finding.engagementId);
    if (!engagement) {
      throw new Error(`finding ${finding.id} names an engagement the record does not hold`);
    }
    return engagement;
  }
}
