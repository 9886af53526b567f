import { Injectable } from '@nestjs/common';

import { recordFindingUpdate, respondToFindingUpdate } from '#contracts';
import { Actor, DomainErrorCode, DomainRuleError, hasRole, Role } from '#domain';
import { AuditGroupCommit, EngagementRepository, FindingEntity, FindingRepository } from '#persistence';
import { FieldCipher, mayReadFindings } from '#security';

import { rosterFacts } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException, ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
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
    private readonly commands: EngagementCommandsService,
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly cipher: FieldCipher,
  ) {}

  async record(ctx: CommandContext, engagementId: string, dto: CreateFindingDto): Promise<FindingRecordedDto> {
    const findingId = ctx.newId('finding');
    await this.commands.sendAs(ctx, engagementId, recordFindingUpdate, { actor: ctx.actor, findingId, ...dto, cweIds: dto.cweIds ?? [] });
    return toFindingRecorded(await this.required(engagementId, findingId));
  }

  async respond(ctx: CommandContext, engagementId: string, findingId: string, dto: FindingResponseDto): Promise<FindingAnsweredDto> {
    await this.commands.sendAs(ctx, engagementId, respondToFindingUpdate, { actor: ctx.actor, findingId, status: dto.status, note: dto.note });
    return toFindingAnswered(await this.required(engagementId, findingId), this.cipher);
  }

  /** The engagement's findings, for those who may read them; they leave only once the read's audit event is durable. */
  async list(actor: Actor, engagementId: string): Promise<FindingListDto> {
    const { roster } = this.access.check(actor, await this.engagements.findRoster(engagementId));
    if (!mayReadFindings(actor, rosterFacts(roster))) {
      if (hasRole(actor, Role.Reviewer) && roster.reviewers.includes(actor.sub) && !roster.attested.includes(actor.sub)) {
        throw new DomainRuleError(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', {
          stage: roster.engagement.stage,
        });
      }
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'findings are shown to the developer, attested reviewers and auditors');
    }
    const findings = await this.findings.listForEngagement(engagementId);
    await this.auditGroup.appendRead(actor, {
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
