import { Injectable } from '@nestjs/common';

import { Actor, DomainErrorCode, DomainRuleError, EngagementStage, GrantStatus, hasRole, remediationUrgency, Role } from '#domain';
import {
  AuditGroupCommit,
  AuditRepository,
  EngagementKeys,
  EngagementRoster,
  FindingRepository,
  GrantWithContext,
  RemediationRepository,
  UnitOfWork,
} from '#persistence';
import { GrantView, sealedAt } from '#security';

import { grantStatus } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { GrantAccessService } from '../../auth/grant-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException, ResourceException } from '../../errors/api-errors';
import {
  PartnerRemediationNoticeDto,
  PartnerRemediationNoticeListDto,
  PublishRemediationDto,
  RemediationNoticeDto,
  RemediationNoticeListDto,
  toPartnerRemediationNotice,
  toRemediationNotice,
} from './dto/remediation.dto';

/** The grant statuses whose holders hear of remediations: those that still hold (or may again hold) access. */
const LIVE: readonly GrantStatus[] = [GrantStatus.Active, GrantStatus.Suspended];

/**
 * Remediation notices: the developer tells trusted partners which fixed version to take and how urgently
 * (from the most urgent finding it fixes, never naming it); partners with live grants see them on their
 * grant and acknowledge; the developer sees who has. Not a step of the process, so not a workflow command:
 * each is written with its audit event in one transaction, and the notices follow from the audit log.
 */
@Injectable()
export class RemediationService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly grantAccess: GrantAccessService,
    private readonly findings: FindingRepository,
    private readonly remediation: RemediationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
  ) {}

  async publish(ctx: CommandContext, engagementId: string, dto: PublishRemediationDto): Promise<RemediationNoticeDto> {
    const roster = await this.ownDeveloper(ctx.actor, engagementId);
    const stage = roster.engagement.stage;
    if (stage === EngagementStage.Withdrawn) {
      throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the engagement was withdrawn', { stage });
    }
    const findings = await this.findings.listForEngagement(engagementId);
    const fixed = findings.filter((f) => dto.findingIds.includes(f.id));
    const urgency = remediationUrgency(fixed.map((f) => f.tier));
    if (fixed.length !== dto.findingIds.length || urgency === undefined) {
      // A well-formed id that names no finding of this engagement: one the caller cannot point at.
      throw new ResourceException('finding');
    }
    const id = ctx.newId('remediation-notice');
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      await this.remediation.insertNotice(tx, {
        id,
        engagementId,
        fixedVersion: dto.fixedVersion,
        artifactDigest: dto.artifactDigest,
        urgency,
        instructionSealed: (await this.keys.sealerFor(engagementId, tx)).seal(dto.instruction, sealedAt('remediation_notices', 'instruction', id)),
        findingIds: dto.findingIds,
        publishedBy: ctx.actor.sub,
        publishedAt: at,
      });
      await this.audit.append(tx, [
        {
          actorSub: ctx.actor.sub,
          actorRoles: ctx.actor.roles,
          action: 'remediation.published',
          engagementId,
          subjectType: 'remediation_notice',
          subjectId: id,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: {
            noticeId: id,
            urgency,
            fixedVersion: dto.fixedVersion,
            artifactDigest: dto.artifactDigest,
            findingIds: dto.findingIds,
            commandId: ctx.commandId,
          },
        },
      ]);
    });
    return this.developerView(engagementId, id);
  }

  /** The engagement's notices with who has acknowledged them: its developer and auditors. */
  async forEngagement(actor: Actor, engagementId: string): Promise<RemediationNoticeListDto> {
    const { roster } = await this.access.requireVisible(actor, engagementId);
    if (!hasRole(actor, Role.Auditor) && !(hasRole(actor, Role.Developer) && actor.org === roster.engagement.developerOrg)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'remediation notices are shown to the developer and auditors');
    }
    const notices = await this.remediation.notices(engagementId);
    await this.auditGroup.appendRead(actor, {
      action: 'remediation.list_viewed',
      engagementId,
      subjectType: 'engagement',
      subjectId: engagementId,
      details: { noticeIds: notices.map((n) => n.id) },
    });
    const cipher = await this.keys.readerFor(engagementId);
    return { items: await Promise.all(notices.map(async (n) => toRemediationNotice(n, await this.remediation.summary(n), cipher))) };
  }

  /** The notices on a partner's live grant, with its own acknowledgements; never a finding. */
  async forGrant(actor: Actor, grantId: string): Promise<PartnerRemediationNoticeListDto> {
    const grant = await this.liveGrantOfPartner(actor, grantId);
    const notices = await this.remediation.notices(grant.engagementId);
    const acks = await this.remediation.acknowledgementsOf(
      grant.partnerId,
      notices.map((n) => n.id),
    );
    await this.auditGroup.appendRead(actor, {
      action: 'remediation.viewed',
      engagementId: grant.engagementId,
      subjectType: 'grant',
      subjectId: grantId,
      details: { noticeIds: notices.map((n) => n.id) },
    });
    const cipher = await this.keys.readerFor(grant.engagementId);
    return { items: notices.map((n) => toPartnerRemediationNotice(n, acks.get(n.id), cipher)) };
  }

  /** A partner acknowledges a notice on its live grant, once (a repeat answers as before). */
  async acknowledge(ctx: CommandContext, grantId: string, noticeId: string): Promise<PartnerRemediationNoticeDto> {
    const grant = await this.liveGrantOfPartner(ctx.actor, grantId);
    const notice = await this.remediation.notice(grant.engagementId, noticeId);
    if (!notice) {
      throw new ResourceException('remediation notice');
    }
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      const row = { noticeId, partnerId: grant.partnerId, grantId, acknowledgedBy: ctx.actor.sub, acknowledgedAt: at };
      if (await this.remediation.acknowledge(tx, row)) {
        await this.audit.append(tx, [
          {
            actorSub: ctx.actor.sub,
            actorRoles: ctx.actor.roles,
            action: 'remediation.acknowledged',
            engagementId: grant.engagementId,
            subjectType: 'remediation_notice',
            subjectId: noticeId,
            outcome: 'ACCEPTED',
            occurredAt: at,
            details: { noticeId, grantId, partnerId: grant.partnerId, commandId: ctx.commandId },
          },
        ]);
      }
    });
    const acks = await this.remediation.acknowledgementsOf(grant.partnerId, [noticeId]);
    return toPartnerRemediationNotice(notice, acks.get(noticeId), await this.keys.readerFor(grant.engagementId));
  }

  private async developerView(engagementId: string, id: string): Promise<RemediationNoticeDto> {
    const notice = await this.remediation.notice(engagementId, id);
    if (!notice) {
      throw new ResourceException('remediation notice');
    }
    return toRemediationNotice(notice, await this.remediation.summary(notice), await this.keys.readerFor(engagementId));
  }

  private async ownDeveloper(actor: Actor, engagementId: string): Promise<EngagementRoster> {
    const { roster } = await this.access.requireVisible(actor, engagementId);
    if (!(hasRole(actor, Role.Developer) && actor.org === roster.engagement.developerOrg)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the developer publishes remediation notices');
    }
    return roster;
  }

  /** The grant, if the caller is its partner and it is active or suspended (else 403, or 409 naming its status). */
  private async liveGrantOfPartner(actor: Actor, grantId: string): Promise<GrantWithContext> {
    const { grant, view } = await this.grantAccess.requireVisible(actor, grantId);
    if (view !== GrantView.Partner) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, "remediation notices on a grant are its partner's; the developer reads them on the engagement");
    }
    const status = grantStatus(grant);
    if (!LIVE.includes(status)) {
      throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${status}`, { grantStatus: status });
    }
    return grant;
  }
}
