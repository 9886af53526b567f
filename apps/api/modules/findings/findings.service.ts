import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recordFindingUpdate, respondToFindingUpdate } from '#contracts';
import { Actor, DomainErrorCode, DomainRuleError, EngagementStage, hasRole, Role } from '#domain';
import { AuditGroupCommit, EngagementRepository, FindingEntity, FindingRepository } from '#persistence';
import { FieldCipher, mayReadFindings } from '#security';
import { AuthErrorCode, AuthException, ResourceException } from '../../common/api-errors';
import type { CommandContext } from '../../common/command-context.decorator';
import { EngagementCommands } from '../../temporal/engagement-commands.service';
import { EngagementAccess, rosterFacts } from '../engagements/engagement-access.service';
import { uuidFor } from '../engagements/engagements.service';
import {
  CreateFindingDto,
  FindingAnsweredDto,
  FindingListDto,
  FindingRecordedDto,
  FindingResponseDto,
  toFinding,
  toFindingAnswered,
  toFindingRecorded,
} from './dto/finding.dto';

/**
 * Findings from the pre-release window: recorded by attested reviewers, tiered by BOD 26-04, seen
 * by the developer (coordinated disclosure), attested reviewers and auditors, never by partners.
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly commands: EngagementCommands,
    private readonly access: EngagementAccess,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly audit: AuditGroupCommit,
    private readonly cipher: FieldCipher,
  ) {}

  async record(ctx: CommandContext, engagementId: string, dto: CreateFindingDto): Promise<FindingRecordedDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    const findingId = ctx.idempotent ? uuidFor(ctx.commandId, 'finding') : randomUUID();
    await this.commands.send(
      engagementId,
      recordFindingUpdate,
      { actor: ctx.actor, findingId, ...dto, cweIds: dto.cweIds ?? [] },
      ctx.commandId,
      roster.engagement.stage as EngagementStage,
    );
    return toFindingRecorded(await this.required(engagementId, findingId));
  }

  async respond(ctx: CommandContext, engagementId: string, findingId: string, dto: FindingResponseDto): Promise<FindingAnsweredDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    await this.commands.send(
      engagementId,
      respondToFindingUpdate,
      { actor: ctx.actor, findingId, status: dto.status, note: dto.note },
      ctx.commandId,
      roster.engagement.stage as EngagementStage,
    );
    return toFindingAnswered(await this.required(engagementId, findingId), this.cipher);
  }

  /** The engagement's findings, for those who may read them; they leave only once the read's audit event is durable. */
  async list(actor: Actor, engagementId: string): Promise<FindingListDto> {
    const { roster } = this.access.check(actor, await this.engagements.findRoster(engagementId));
    if (!mayReadFindings(actor, rosterFacts(roster))) {
      if (hasRole(actor, Role.Reviewer) && roster.reviewers.includes(actor.sub) && !roster.attested.includes(actor.sub)) {
        throw new DomainRuleError(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', {
          stage: roster.engagement.stage as EngagementStage,
        });
      }
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'findings are shown to the developer, attested reviewers and auditors');
    }
    const findings = await this.findings.listForEngagement(engagementId);
    await this.audit.appendRead(actor, {
      action: 'finding.list_viewed',
      engagementId,
      subjectType: 'engagement',
      subjectId: engagementId,
      details: { findingIds: findings.map((f) => f.id) },
    });
    return { items: findings.map((f) => toFinding(f, this.cipher)) };
  }

  private async required(engagementId: string, findingId: string): Promise<FindingEntity> {
    const finding = await this.findings.find(engagementId, findingId);
    if (!finding) {
      throw new ResourceException('finding');
    }
    return finding;
  }
}
