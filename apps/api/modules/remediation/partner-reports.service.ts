import { Injectable } from '@nestjs/common';

import { Actor, DomainErrorCode, DomainRuleError, EngagementStage, GrantStatus, hasRole, Role } from '#domain';
import { AuditGroupCommit, AuditRepository, EngagementKeys, EngagementRepository, PartnerReportEntity, RemediationRepository, UnitOfWork } from '#persistence';
import { GrantView, mayReadFindings, sealedAt } from '#security';

import { grantStatus, rosterFacts } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { GrantAccessService } from '../../auth/grant-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException, ResourceException } from '../../errors/api-errors';
import {
  PartnerReportDto,
  PartnerReportListDto,
  PartnerReportReceiptDto,
  PartnerReportReceiptListDto,
  ReportProblemDto,
  SharedPartnerReportListDto,
  toPartnerReport,
  toPartnerReportReceipt,
  toSharedPartnerReport,
} from './dto/remediation.dto';

/** How many shared reports the clearinghouse's list shows, newest first. */
const SHARED_LIMIT = 200;

/**
 * What trusted partners report (DOMAIN.md): a partner with an active grant reports a problem it found. It
 * reaches the developer (and those who read the engagement's findings), sealed like a finding, and the
 * clearinghouse only if the developer shares it. The partner sees its own reports and nothing of findings.
 */
@Injectable()
export class PartnerReportsService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly grantAccess: GrantAccessService,
    private readonly engagements: EngagementRepository,
    private readonly remediation: RemediationRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
    private readonly keys: EngagementKeys,
  ) {}

  async report(ctx: CommandContext, grantId: string, dto: ReportProblemDto): Promise<PartnerReportReceiptDto> {
    const { grant, view } = await this.grantAccess.requireVisible(ctx.actor, grantId);
    if (view !== GrantView.Partner) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the partner holding the grant reports on it');
    }
    const status = grantStatus(grant);
    if (status !== GrantStatus.Active) {
      throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `reports come from an active grant; this one is ${status}`, { grantStatus: status });
    }
    const id = ctx.newId('partner-report');
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      const cipher = await this.keys.sealerFor(grant.engagementId, tx);
      await this.remediation.insertReport(tx, {
        id,
        engagementId: grant.engagementId,
        grantId,
        partnerId: grant.partnerId,
        titleSealed: cipher.seal(dto.title, sealedAt('partner_reports', 'title', id)),
        descriptionSealed: cipher.seal(dto.description, sealedAt('partner_reports', 'description', id)),
        severity: dto.severity,
        reportedBy: ctx.actor.sub,
        reportedAt: at,
      });
      await this.audit.append(tx, [
        {
          actorSub: ctx.actor.sub,
          actorRoles: ctx.actor.roles,
          action: 'partner.report_submitted',
          engagementId: grant.engagementId,
          subjectType: 'partner_report',
          subjectId: id,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: { reportId: id, grantId, partnerId: grant.partnerId, severity: dto.severity, commandId: ctx.commandId },
        },
      ]);
    });
    return toPartnerReportReceipt(await this.required(grant.engagementId, id), await this.keys.readerFor(grant.engagementId));
  }

  /** A partner's own reports on its grant. */
  async ofGrant(actor: Actor, grantId: string): Promise<PartnerReportReceiptListDto> {
    const { view } = await this.grantAccess.requireVisible(actor, grantId);
    if (view !== GrantView.Partner) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, "a grant's reports are listed to its partner; the developer reads them on the engagement");
    }
    const reports = await this.remediation.reportsOfGrant(grantId);
    const ciphers = await this.keys.readersFor(reports.map((r) => r.engagementId));
    return { items: reports.map((r) => toPartnerReportReceipt(r, ciphers(r.engagementId))) };
  }

  /** The engagement's partner reports, for those who read its findings; audited before they leave. */
  async ofEngagement(actor: Actor, engagementId: string): Promise<PartnerReportListDto> {
    const { roster } = await this.access.requireVisible(actor, engagementId);
    if (!mayReadFindings(actor, rosterFacts(roster))) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'partner reports are shown to the developer, attested reviewers and auditors');
    }
    const reports = await this.remediation.reportsOfEngagement(engagementId);
    await this.auditGroup.appendRead(actor, {
      action: 'partner_report.list_viewed',
      engagementId,
      subjectType: 'engagement',
      subjectId: engagementId,
      details: { reportIds: reports.map((r) => r.id) },
    });
    const cipher = await this.keys.readerFor(engagementId);
    return { items: reports.map((r) => toPartnerReport(r, cipher)) };
  }

  /** The developer shares a report with the clearinghouse, once. */
  async share(ctx: CommandContext, engagementId: string, reportId: string): Promise<PartnerReportDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    if (!(hasRole(ctx.actor, Role.Developer) && ctx.actor.org === roster.engagement.developerOrg)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the developer shares with the clearinghouse');
    }
    const stage = roster.engagement.stage;
    if (stage === EngagementStage.Withdrawn) {
      throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the engagement was withdrawn', { stage });
    }
    await this.required(engagementId, reportId);
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      if (!(await this.remediation.share(tx, reportId, ctx.actor.sub, at))) {
        throw new DomainRuleError(DomainErrorCode.AlreadyShared, 'this report is already shared with the clearinghouse', { stage });
      }
      await this.audit.append(tx, [
        {
          actorSub: ctx.actor.sub,
          actorRoles: ctx.actor.roles,
          action: 'partner_report.shared',
          engagementId,
          subjectType: 'partner_report',
          subjectId: reportId,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: { reportId, commandId: ctx.commandId },
        },
      ]);
    });
    return toPartnerReport(await this.required(engagementId, reportId), await this.keys.readerFor(engagementId));
  }

  /** Reports developers shared with the clearinghouse, newest first; never the partner that made them. */
  async shared(actor: Actor): Promise<SharedPartnerReportListDto> {
    const reports = await this.remediation.sharedReports(SHARED_LIMIT);
    const engagements = await this.engagements.byIds(reports.map((r) => r.engagementId));
    const ciphers = await this.keys.readersFor(reports.map((r) => r.engagementId));
    await this.auditGroup.appendRead(actor, {
      action: 'clearinghouse.reports_viewed',
      engagementId: null,
      subjectType: 'clearinghouse',
      subjectId: actor.org,
      details: { reportIds: reports.map((r) => r.id) },
    });
    return {
      items: reports.flatMap((r) => {
        const engagement = engagements.get(r.engagementId);
        return engagement ? [toSharedPartnerReport(r, engagement, ciphers(r.engagementId))] : [];
      }),
    };
  }

  private async required(engagementId: string, id: string): Promise<PartnerReportEntity> {
    const report = await this.remediation.report(engagementId, id);
    if (!report) {
      throw new ResourceException('partner report');
    }
    return report;
  }
}
