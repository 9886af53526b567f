import { Injectable } from '@nestjs/common';

import { FindingChangeContent, recordFindingUpdate } from '#contracts';
import { Actor, DomainErrorCode, DomainRuleError, EngagementStage, FindingCommand, FindingCommandType, hasRole, Role } from '#domain';
import { AuditGroupCommit, EngagementKeys, EngagementRepository, EngagementRoster, FindingEntity, FindingRepository } from '#persistence';
import { mayReadFindings } from '#security';

import { rosterFacts } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { FindingCommandsService } from '../../temporal/finding-commands.service';
import {
  CloseFindingDto,
  CreateFindingDto,
  EditFindingDto,
  FindingAnsweredDto,
  FindingDetailDto,
  FindingListDto,
  FindingRecordedDto,
  FindingResponseDto,
  ListFindingsQuery,
  ResolveDisputeDto,
  ShareFindingDto,
  toFinding,
  toFindingAnswered,
  toFindingDetail,
  toFindingRecorded,
  VerifyFixDto,
} from './dto/finding.dto';

/**
 * Findings from the pre-release window: recorded by attested reviewers, tiered by BOD 26-04, seen by
 * the developer (coordinated disclosure), attested reviewers and auditors, never by partners. Each
 * later change goes through the finding's own workflow (`finding-<id>`).
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly commands: EngagementCommandsService,
    private readonly findingCommands: FindingCommandsService,
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly findings: FindingRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
  ) {}

  async record(ctx: CommandContext, engagementId: string, dto: CreateFindingDto): Promise<FindingRecordedDto> {
    const findingId = ctx.newId('finding');
    await this.commands.sendAs(ctx, engagementId, recordFindingUpdate, { actor: ctx.actor, findingId, ...dto, cweIds: dto.cweIds ?? [] });
    return toFindingRecorded(await this.required(engagementId, findingId));
  }

  async respond(ctx: CommandContext, engagementId: string, findingId: string, dto: FindingResponseDto): Promise<FindingAnsweredDto> {
    const command: FindingCommand = { type: FindingCommandType.Respond, actor: ctx.actor, status: dto.status };
    const finding = await this.change(ctx, engagementId, findingId, command, { note: dto.note });
    return toFindingAnswered(finding, await this.keys.readerFor(engagementId));
  }

  async verifyFix(ctx: CommandContext, engagementId: string, findingId: string, dto: VerifyFixDto): Promise<FindingDetailDto> {
    const command: FindingCommand = { type: FindingCommandType.VerifyFix, actor: ctx.actor, verdict: dto.verdict };
    return this.detailOf(await this.change(ctx, engagementId, findingId, command, { note: dto.note }));
  }

  async resolveDispute(ctx: CommandContext, engagementId: string, findingId: string, dto: ResolveDisputeDto): Promise<FindingDetailDto> {
    const command: FindingCommand = { type: FindingCommandType.ResolveDispute, actor: ctx.actor, resolution: dto.resolution };
    return this.detailOf(await this.change(ctx, engagementId, findingId, command, { note: dto.rationale }));
  }

  async close(ctx: CommandContext, engagementId: string, findingId: string, dto: CloseFindingDto): Promise<FindingDetailDto> {
    return this.detailOf(await this.change(ctx, engagementId, findingId, { type: FindingCommandType.Close, actor: ctx.actor }, { note: dto.note }));
  }

  /** The developer shares a finding with the clearinghouse; only its share counts (participation is voluntary). */
  async share(ctx: CommandContext, engagementId: string, findingId: string, dto: ShareFindingDto): Promise<FindingDetailDto> {
    const command: FindingCommand = { type: FindingCommandType.Share, actor: ctx.actor, ...(dto.tlp ? { tlp: dto.tlp } : {}) };
    return this.detailOf(await this.change(ctx, engagementId, findingId, command, {}));
  }

  async edit(ctx: CommandContext, engagementId: string, findingId: string, dto: EditFindingDto): Promise<FindingDetailDto> {
    const { title, description, cweIds, ...inputs } = dto;
    if (Object.values(dto).every((value) => value === undefined)) {
      throw new RequestException(RequestErrorCode.ValidationFailed, 'name at least one field to correct', {
        errors: [{ field: 'body', message: 'give title, description, cweIds or an SSVC input (inKev, publiclyExposed, automatable, technicalImpact)' }],
      });
    }
    const ssvcGiven = Object.values(inputs).some((value) => value !== undefined);
    const command: FindingCommand = { type: FindingCommandType.Edit, actor: ctx.actor, ...(ssvcGiven ? { inputs } : {}) };
    const content: FindingChangeContent = { title, description, cweIds };
    return this.detailOf(await this.change(ctx, engagementId, findingId, command, content));
  }

  /** The engagement's findings, filtered, for those who may read them; they leave only once the read's audit event is durable. */
  async list(actor: Actor, engagementId: string, query: ListFindingsQuery = {}): Promise<FindingListDto> {
    await this.reader(actor, engagementId);
    const overdue = query.overdue === undefined ? undefined : query.overdue === 'true';
    const findings = await this.findings.listFiltered(engagementId, { status: query.status, tier: query.tier, overdue });
    await this.auditGroup.appendRead(actor, {
      action: 'finding.list_viewed',
      engagementId,
      subjectType: 'engagement',
      subjectId: engagementId,
      details: { findingIds: findings.map((f) => f.id) },
    });
    const cipher = await this.keys.readerFor(engagementId);
    return { items: findings.map((f) => toFinding(f, cipher)) };
  }

  /** One finding with its history, audited like the list. */
  async detail(actor: Actor, engagementId: string, findingId: string): Promise<FindingDetailDto> {
    await this.reader(actor, engagementId);
    const finding = await this.required(engagementId, findingId);
    await this.auditGroup.appendRead(actor, {
      action: 'finding.viewed',
      engagementId,
      subjectType: 'finding',
      subjectId: findingId,
      details: { version: finding.version },
    });
    return this.detailOf(finding);
  }

  /** A change by someone who may read the engagement's findings, through the finding's workflow; the finding as it now stands. */
  private async change(
    ctx: CommandContext,
    engagementId: string,
    findingId: string,
    command: FindingCommand,
    content: FindingChangeContent,
  ): Promise<FindingEntity> {
    const roster = await this.reader(ctx.actor, engagementId);
    const stage = roster.engagement.stage;
    if (stage === EngagementStage.Withdrawn) {
      // Withdrawal ended the government's part: nobody is left to verify, so nothing more is recorded.
      throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the engagement was withdrawn; its findings take no further changes', { stage });
    }
    const finding = await this.required(engagementId, findingId);
    await this.findingCommands.send(finding, roster.engagement.developerOrg, stage, { command, content }, ctx.commandId);
    return this.required(engagementId, findingId);
  }

  /** The engagement's roster, once the caller is shown to be one who may read its findings (else 404, 403, or attestation first). */
  private async reader(actor: Actor, engagementId: string): Promise<EngagementRoster> {
    const { roster } = this.access.check(actor, await this.engagements.findRoster(engagementId));
    if (!mayReadFindings(actor, rosterFacts(roster))) {
      if (hasRole(actor, Role.Reviewer) && roster.reviewers.includes(actor.sub) && !roster.attested.includes(actor.sub)) {
        throw new DomainRuleError(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', {
          stage: roster.engagement.stage,
        });
      }
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'findings are shown to the developer, attested reviewers and auditors');
    }
    return roster;
  }

  private async detailOf(finding: FindingEntity): Promise<FindingDetailDto> {
    return toFindingDetail(finding, await this.findings.history(finding.id), await this.keys.readerFor(finding.engagementId));
  }

  private async required(engagementId: string, findingId: string): Promise<FindingEntity> {
    const finding = await this.findings.find(engagementId, findingId);
    if (!finding) {
      throw new ResourceException('finding');
    }
    return finding;
  }
}
