import { AttestationCapacity } from './engagement-state';
import { NoticeKind } from './notices';

/**
 * Which notices an audit event gives rise to (the catalogue of kinds and audiences is notices.ts): the
 * notice maker follows the audit log and derives each notice here, once, from what the event records.
 */

/** What the audit log says happened: the facts a notice is made from. */
export interface AuditFact {
  readonly seq: number;
  readonly action: string;
  readonly engagementId: string | null;
  readonly subjectId: string;
  readonly actorSub: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A notice to send: its kind, what it is about, and the people the event names (for Audience.Named). */
export interface Notice {
  /** Stable: the audit event's sequence number and the kind, so a notice is made once however often it is derived. */
  readonly key: string;
  readonly kind: NoticeKind;
  /** Null for a notice about the organization itself (a webhook turned off), not an engagement. */
  readonly engagementId: string | null;
  /** The organization an organization-wide notice is about (Audience.OrganizationManagers). */
  readonly organization?: string;
  /** The page a notice about no engagement is opened at (a government request's, say). */
  readonly page?: string;
  /** The finding, nomination or grant it is about, if not the engagement itself. */
  readonly subjectId?: string;
  readonly named?: readonly string[];
  /** The deadline it is about (epoch ms), if any. */
  readonly dueAt?: number;
}

/** The notification kinds the engagement's clocks record (libs/contracts NotificationKind), by their value. */
const CLOCK_NOTICES: Readonly<Record<string, NoticeKind>> = {
  DETERMINATION_REMINDER: NoticeKind.DeterminationDue,
  DETERMINATION_OVERDUE: NoticeKind.DeterminationOverdue,
  WINDOW_REMINDER: NoticeKind.WindowClosing,
  WINDOW_CLOSED: NoticeKind.WindowClosed,
  NOMINATION_EXPIRED: NoticeKind.NominationExpired,
  NOMINATION_REMINDER: NoticeKind.NominationExpiring,
  ACCEPTANCE_REMINDER: NoticeKind.AcceptanceDue,
  FINDING_REMINDER: NoticeKind.FindingDue,
  FINDING_OVERDUE: NoticeKind.FindingOverdue,
};

/** Engagement events (`engagement.<type>`) that are notices of their own. */
const ENGAGEMENT_NOTICES: Readonly<Record<string, NoticeKind>> = {
  'engagement.submitted': NoticeKind.InquiryReceived,
  'engagement.recommended': NoticeKind.RecommendationRecorded,
  'engagement.determined': NoticeKind.DeterminationMade,
  'engagement.reconsideration_requested': NoticeKind.ReconsiderationRequested,
  'engagement.window_opened': NoticeKind.WindowOpened,
  'engagement.finding_recorded': NoticeKind.FindingRecorded,
  'engagement.finding_responded': NoticeKind.FindingAnswered,
  'engagement.partners_nominated': NoticeKind.NominationWaiting,
  'engagement.nomination_approved': NoticeKind.GrantOffered,
  'engagement.terms_published': NoticeKind.TermsChanged,
  'engagement.withdrawn': NoticeKind.EngagementWithdrawn,
  'engagement.released': NoticeKind.ModelReleased,
  'engagement.findings_share_requested': NoticeKind.FindingsShareRequested,
  'remediation.published': NoticeKind.RemediationPublished,
  'partner.report_submitted': NoticeKind.PartnerReportReceived,
  'partner_report.shared': NoticeKind.PartnerReportShared,
};

/** Changes in a finding's life (`finding.<event>`, from its own workflow), about the finding. */
const FINDING_NOTICES: Readonly<Record<string, NoticeKind>> = {
  'finding.responded': NoticeKind.FindingAnswered,
  'finding.fix_verified': NoticeKind.FindingFixChecked,
  'finding.reopened': NoticeKind.FindingFixChecked,
  'finding.dispute_kept': NoticeKind.FindingDisputeResolved,
  'finding.withdrawn': NoticeKind.FindingDisputeResolved,
  'finding.overdue': NoticeKind.FindingOverdue,
  'finding.shared': NoticeKind.FindingShared,
  'finding.validated': NoticeKind.FindingValidated,
};

/** A government request's life (`request.<event>`), while it is about no engagement: its accepting is the inquiry's own notice. */
const REQUEST_NOTICES: Readonly<Record<string, NoticeKind>> = {
  'request.opened': NoticeKind.RequestReceived,
  'request.declined': NoticeKind.RequestDeclined,
  'request.expired': NoticeKind.RequestDeclined,
};

/** Grant events, one per grant. */
const GRANT_NOTICES: Readonly<Record<string, NoticeKind>> = {
  'grant.accepted': NoticeKind.GrantActive,
  'grant.revoked': NoticeKind.GrantRevoked,
  'grant.expired': NoticeKind.GrantExpired,
  'grant.lapsed': NoticeKind.GrantLapsed,
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const instant = (value: unknown): number | undefined => {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
};

/** The notices an audit event gives rise to: none for most (reads, registry edits, token traffic). */
export function noticesFor(fact: AuditFact): Notice[] {
  const engagementId = fact.engagementId;
  if (engagementId === null) {
    return organizationNotices(fact);
  }
  const notice = (kind: NoticeKind, extra: Partial<Notice> = {}): Notice => ({ key: `${fact.seq}:${kind}`, kind, engagementId, ...extra });
  const details = fact.details;
  switch (fact.action) {
    case 'engagement.reviewers_assigned': {
      const named = Array.isArray(details['reviewerIds']) ? details['reviewerIds'].filter((sub): sub is string => typeof sub === 'string') : [];
      return [notice(NoticeKind.ReviewerAssigned, { named })];
    }
    case 'engagement.reviewer_unassigned': {
      const sub = text(details['reviewerSub']);
      return sub ? [notice(NoticeKind.ReviewerUnassigned, { named: [sub] })] : [];
    }
    case 'engagement.consultation_requested': {
      const consultationId = text(details['consultationId']);
      return consultationId === undefined
        ? []
        : [
            notice(NoticeKind.ConsultationRequested, {
              organization: text(details['organization']),
              subjectId: consultationId,
              page: `/consultations/${consultationId}`,
              dueAt: instant(details['answerBy']),
            }),
          ];
    }
    case 'engagement.consultation_answered': {
      const askedBy = text(details['askedBy']);
      return askedBy === undefined ? [] : [notice(NoticeKind.ConsultationAnswered, { named: [askedBy], subjectId: text(details['consultationId']) })];
    }
    case 'engagement.recused':
      return details['capacity'] === AttestationCapacity.Reviewer ? [notice(NoticeKind.ReviewerRecused, { named: [fact.actorSub] })] : [];
    case 'notification.sent': {
      const kind = CLOCK_NOTICES[String(details['kind'])];
      const dueAt = instant(details['dueAt']);
      // The window's clock fires at its close too; the window-closed notice says that, once.
      if (kind === undefined || (kind === NoticeKind.WindowClosing && dueAt !== undefined && instant(details['scheduledAt']) === dueAt)) {
        return [];
      }
      return [notice(kind, { dueAt, subjectId: clockSubjectOf(fact.subjectId) })];
    }
  }
  const engagementKind = ENGAGEMENT_NOTICES[fact.action];
  if (engagementKind !== undefined) {
    return [notice(engagementKind, subjectOf(engagementKind, details))];
  }
  const findingKind = FINDING_NOTICES[fact.action];
  if (findingKind !== undefined) {
    return [notice(findingKind, { subjectId: fact.subjectId, dueAt: instant(details['remediationDueAt']) })];
  }
  const grantKind = GRANT_NOTICES[fact.action];
  return grantKind === undefined ? [] : [notice(grantKind, { subjectId: fact.subjectId })];
}

/** Notices about an organization rather than an engagement: its webhook turned off, a partner suspended in the registry. */
function organizationNotices(fact: AuditFact): Notice[] {
  const about = (kind: NoticeKind, organization: string): Notice[] => [
    { key: `${fact.seq}:${kind}`, kind, engagementId: null, organization, subjectId: fact.subjectId },
  ];
  const organization = text(fact.details['org']);
  if (fact.action === 'webhook.disabled' && organization !== undefined) {
    return about(NoticeKind.WebhookDisabled, organization);
  }
  const request = REQUEST_NOTICES[fact.action];
  if (request !== undefined && organization !== undefined) {
    return [
      {
        key: `${fact.seq}:${request}`,
        kind: request,
        engagementId: null,
        organization,
        subjectId: fact.subjectId,
        page: `/requests/${fact.subjectId}`,
        dueAt: instant(fact.details['respondBy']),
      },
    ];
  }
  if (fact.action === 'partner.status_changed' && fact.details['to'] === 'SUSPENDED' && fact.details['from'] === 'VERIFIED') {
    return about(NoticeKind.GrantSuspended, fact.subjectId);
  }
  return [];
}

/** What an engagement event's notice is about, and its deadline, from the event's audit details. */
function subjectOf(kind: NoticeKind, details: Readonly<Record<string, unknown>>): Partial<Notice> {
  switch (kind) {
    case NoticeKind.InquiryReceived:
    case NoticeKind.ReconsiderationRequested:
      return { dueAt: instant(details['determinationDueAt']) };
    case NoticeKind.WindowOpened:
      return { dueAt: instant(details['closesAt']) };
    case NoticeKind.FindingRecorded:
      return { subjectId: text(details['findingId']), dueAt: instant(details['remediationDueAt']) };
    case NoticeKind.FindingAnswered:
      return { subjectId: text(details['findingId']) };
    case NoticeKind.NominationWaiting:
      return { subjectId: text(details['nominationId']), dueAt: instant(details['deadline']) };
    case NoticeKind.GrantOffered:
      return { subjectId: text(details['nominationId']), dueAt: instant(details['acceptBy']) };
    default:
      return {};
  }
}

/** What a clock's notice is about, from its key: `<engagement>:nomination|acceptance:<id>:...` names a nomination, `<engagement>:finding:<id>:...` a finding. */
function clockSubjectOf(key: string): string | undefined {
  const parts = key.split(':');
  return parts[1] === 'nomination' || parts[1] === 'acceptance' || parts[1] === 'finding' ? parts[2] : undefined;
}
