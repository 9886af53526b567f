import { NominationSide } from './engagement-state';

/**
 * Every kind of notice this system sends, for every step and every deadline of the process. A notice
 * says what happened and where to look, never what is confidential: no model name, capability text,
 * finding text or rationale. The receiver opens the record with their own credentials.
 */
export enum NoticeKind {
  InquiryReceived = 'INQUIRY_RECEIVED',
  ReviewerAssigned = 'REVIEWER_ASSIGNED',
  ReviewerUnassigned = 'REVIEWER_UNASSIGNED',
  ReviewerRecused = 'REVIEWER_RECUSED',
  RecommendationRecorded = 'RECOMMENDATION_RECORDED',
  DeterminationMade = 'DETERMINATION_MADE',
  DeterminationDue = 'DETERMINATION_DUE',
  DeterminationOverdue = 'DETERMINATION_OVERDUE',
  WindowOpened = 'WINDOW_OPENED',
  WindowClosing = 'WINDOW_CLOSING',
  WindowClosed = 'WINDOW_CLOSED',
  FindingRecorded = 'FINDING_RECORDED',
  FindingAnswered = 'FINDING_ANSWERED',
  FindingDue = 'FINDING_DUE',
  FindingOverdue = 'FINDING_OVERDUE',
  /** A reviewer checked a fix the developer reported: verified, or reopened. */
  FindingFixChecked = 'FINDING_FIX_CHECKED',
  /** A reviewer resolved the developer's dispute: the finding kept (reopened) or withdrawn. */
  FindingDisputeResolved = 'FINDING_DISPUTE_RESOLVED',
  /** A program administrator asked the developer to share its findings with the clearinghouse. */
  FindingsShareRequested = 'FINDINGS_SHARE_REQUESTED',
  /** The developer published a remediation notice: partners with live grants should update. */
  RemediationPublished = 'REMEDIATION_PUBLISHED',
  /** A trusted partner reported a problem it found with early access. */
  PartnerReportReceived = 'PARTNER_REPORT_RECEIVED',
  /** A developer shared a partner's report with the clearinghouse. */
  PartnerReportShared = 'PARTNER_REPORT_SHARED',
  /** A developer shared a finding with the clearinghouse. */
  FindingShared = 'FINDING_SHARED',
  /** The clearinghouse recorded its validation of a shared finding. */
  FindingValidated = 'FINDING_VALIDATED',
  NominationWaiting = 'NOMINATION_WAITING',
  NominationExpiring = 'NOMINATION_EXPIRING',
  NominationExpired = 'NOMINATION_EXPIRED',
  GrantOffered = 'GRANT_OFFERED',
  AcceptanceDue = 'ACCEPTANCE_DUE',
  GrantLapsed = 'GRANT_LAPSED',
  TermsChanged = 'TERMS_CHANGED',
  GrantActive = 'GRANT_ACTIVE',
  GrantRevoked = 'GRANT_REVOKED',
  /** The partner was suspended in the registry: its active grants are suspended with it. */
  GrantSuspended = 'GRANT_SUSPENDED',
  GrantExpired = 'GRANT_EXPIRED',
  EngagementWithdrawn = 'ENGAGEMENT_WITHDRAWN',
  ModelReleased = 'MODEL_RELEASED',
  /** A program administrator asked the organization to open an inquiry (a government request, with a deadline). */
  RequestReceived = 'REQUEST_RECEIVED',
  /** The developer declined a government request, or its deadline passed with no answer. */
  RequestDeclined = 'REQUEST_DECLINED',
  /** The developer asked for a determination to be decided again. */
  ReconsiderationRequested = 'RECONSIDERATION_REQUESTED',
  /** A designation authority asks the reader's organization, by a deadline, before deciding. */
  ConsultationRequested = 'CONSULTATION_REQUESTED',
  /** The organization consulted answered the authority who asked. */
  ConsultationAnswered = 'CONSULTATION_ANSWERED',
  /** An organization's webhook endpoint failed for days and was turned off: about no engagement. */
  WebhookDisabled = 'WEBHOOK_DISABLED',
}

/**
 * Who a notice goes to, by rule. Each rule names only people who may open the record it is about at
 * that moment: the developer's people see their engagement, assigned reviewers theirs, authorities an
 * engagement once it is recommended, a partner's people their own grants.
 */
export enum Audience {
  /** People with the developer role in the engagement's organization. */
  Developer = 'DEVELOPER',
  ProgramAdmins = 'PROGRAM_ADMINS',
  /** Designation authorities; only once the engagement has been recommended. */
  Authorities = 'AUTHORITIES',
  /** The engagement's reviewers whose assignment lasts. */
  Reviewers = 'REVIEWERS',
  /** The people the event itself names (the reviewer assigned, say). */
  Named = 'NAMED',
  /** The reviewer who recorded the finding. */
  FindingRecorder = 'FINDING_RECORDER',
  /** The side that did not nominate: the developer for the government's nominations, program administrators for the developer's. */
  OtherSide = 'OTHER_SIDE',
  /** The partner people of the grant's (or the nomination's) partners. */
  Partners = 'PARTNERS',
  /** The partner people of the nomination's partners who have yet to accept. */
  PartnersYetToAccept = 'PARTNERS_YET_TO_ACCEPT',
  /** The partner people of every partner with an active or suspended grant of the engagement. */
  PartnersWithLiveGrants = 'PARTNERS_WITH_LIVE_GRANTS',
  /** The partner the event names, if it has active grants: its partner people and its registry contacts. */
  SuspendedPartner = 'SUSPENDED_PARTNER',
  /** The developer people of every organization to whose engagements the partner the event names holds an active grant. */
  DevelopersOfPartnerGrants = 'DEVELOPERS_OF_PARTNER_GRANTS',
  /** People with the clearinghouse role: shared findings only, reached from their queue. */
  Clearinghouse = 'CLEARINGHOUSE',
  /** People with the developer role in the organization the event names (a government request's). */
  OrganizationDevelopers = 'ORGANIZATION_DEVELOPERS',
  /** Designation authorities of the organization the event names (the one consulted). */
  OrganizationAuthorities = 'ORGANIZATION_AUTHORITIES',
  /** The people who manage the organization the event names (its webhooks, say): developers, partners or program administrators of it. */
  OrganizationManagers = 'ORGANIZATION_MANAGERS',
}

export interface NoticeDefinition {
  /** What happened, in words safe for any channel. */
  readonly title: string;
  readonly audiences: readonly Audience[];
  /** Deadlines, revocations, terms changes and withdrawals: nobody turns these off. */
  readonly critical: boolean;
}

/** The catalogue: each kind, what it says and to whom. */
export const NOTICES: Readonly<Record<NoticeKind, NoticeDefinition>> = {
  [NoticeKind.InquiryReceived]: { title: 'A designation inquiry was received', audiences: [Audience.Developer, Audience.ProgramAdmins], critical: false },
  [NoticeKind.ReviewerAssigned]: { title: 'You were assigned as a reviewer', audiences: [Audience.Named], critical: false },
  [NoticeKind.ReviewerUnassigned]: { title: 'You were unassigned as a reviewer', audiences: [Audience.Named], critical: false },
  [NoticeKind.ReviewerRecused]: { title: 'Your recusal was recorded', audiences: [Audience.Named], critical: false },
  [NoticeKind.RecommendationRecorded]: { title: 'A recommendation is waiting for a determination', audiences: [Audience.Authorities], critical: false },
  [NoticeKind.DeterminationMade]: { title: 'A determination was made', audiences: [Audience.Developer, Audience.Reviewers], critical: false },
  [NoticeKind.DeterminationDue]: {
    title: 'A determination is due soon',
    audiences: [Audience.Reviewers, Audience.Authorities, Audience.ProgramAdmins],
    critical: true,
  },
  [NoticeKind.DeterminationOverdue]: {
    title: 'A determination is overdue',
    audiences: [Audience.Reviewers, Audience.Authorities, Audience.ProgramAdmins],
    critical: true,
  },
  [NoticeKind.WindowOpened]: { title: 'The pre-release access window opened', audiences: [Audience.Reviewers, Audience.Developer], critical: false },
  [NoticeKind.WindowClosing]: { title: 'The pre-release access window closes soon', audiences: [Audience.Reviewers, Audience.Developer], critical: true },
  [NoticeKind.WindowClosed]: { title: 'The pre-release access window closed', audiences: [Audience.Reviewers, Audience.Developer], critical: true },
  [NoticeKind.FindingRecorded]: { title: 'A finding was recorded', audiences: [Audience.Developer], critical: true },
  [NoticeKind.FindingAnswered]: { title: 'Your finding was answered', audiences: [Audience.FindingRecorder], critical: false },
  [NoticeKind.FindingDue]: { title: 'A finding is due for remediation soon', audiences: [Audience.Developer], critical: true },
  [NoticeKind.FindingOverdue]: { title: 'A finding is past its remediation due date', audiences: [Audience.Developer], critical: true },
  [NoticeKind.FindingFixChecked]: { title: 'A fix you reported was checked', audiences: [Audience.Developer], critical: false },
  [NoticeKind.FindingDisputeResolved]: { title: 'Your dispute of a finding was resolved', audiences: [Audience.Developer], critical: false },
  [NoticeKind.FindingsShareRequested]: {
    title: 'The program office asks you to share findings with the clearinghouse',
    audiences: [Audience.Developer],
    critical: false,
  },
  [NoticeKind.RemediationPublished]: { title: 'An update is available: take the fixed version', audiences: [Audience.PartnersWithLiveGrants], critical: true },
  [NoticeKind.PartnerReportReceived]: { title: 'A trusted partner reported a problem', audiences: [Audience.Developer], critical: false },
  [NoticeKind.PartnerReportShared]: { title: "A partner's report was shared with the clearinghouse", audiences: [Audience.Clearinghouse], critical: false },
  [NoticeKind.FindingShared]: { title: 'A finding was shared with the clearinghouse', audiences: [Audience.Clearinghouse], critical: false },
  [NoticeKind.FindingValidated]: { title: 'The clearinghouse validated a finding you shared', audiences: [Audience.Developer], critical: false },
  [NoticeKind.NominationWaiting]: { title: 'A partner nomination is waiting for your side', audiences: [Audience.OtherSide], critical: false },
  [NoticeKind.NominationExpiring]: { title: 'A partner nomination is declined soon unless answered', audiences: [Audience.OtherSide], critical: true },
  [NoticeKind.AcceptanceDue]: {
    title: 'Accept the terms soon, or the offer of early access lapses',
    audiences: [Audience.PartnersYetToAccept],
    critical: true,
  },
  [NoticeKind.NominationExpired]: { title: 'A partner nomination expired unanswered', audiences: [Audience.Developer, Audience.ProgramAdmins], critical: true },
  [NoticeKind.GrantOffered]: { title: 'Early access is offered: accept the terms to begin', audiences: [Audience.Partners], critical: false },
  [NoticeKind.GrantLapsed]: { title: 'An access grant lapsed unaccepted', audiences: [Audience.Partners, Audience.Developer], critical: true },
  [NoticeKind.TermsChanged]: {
    title: 'The terms changed: access is suspended until you accept them',
    audiences: [Audience.PartnersWithLiveGrants],
    critical: true,
  },
  [NoticeKind.GrantActive]: { title: 'An access grant is active', audiences: [Audience.Partners, Audience.Developer], critical: false },
  [NoticeKind.GrantSuspended]: {
    title: 'Early access is suspended: the partner was suspended in the registry',
    audiences: [Audience.SuspendedPartner, Audience.DevelopersOfPartnerGrants],
    critical: true,
  },
  [NoticeKind.GrantRevoked]: { title: 'An access grant was revoked', audiences: [Audience.Partners, Audience.Developer], critical: true },
  [NoticeKind.GrantExpired]: { title: 'An access grant expired', audiences: [Audience.Partners, Audience.Developer], critical: true },
  [NoticeKind.EngagementWithdrawn]: {
    title: 'The engagement was withdrawn',
    audiences: [Audience.Developer, Audience.Reviewers, Audience.ProgramAdmins, Audience.Authorities, Audience.PartnersWithLiveGrants],
    critical: true,
  },
  [NoticeKind.ModelReleased]: {
    title: 'The model was released',
    audiences: [Audience.Developer, Audience.Reviewers, Audience.ProgramAdmins, Audience.Authorities, Audience.PartnersWithLiveGrants],
    critical: false,
  },
  [NoticeKind.RequestReceived]: {
    title: 'The government asks your organization to open an inquiry',
    audiences: [Audience.OrganizationDevelopers],
    critical: true,
  },
  [NoticeKind.RequestDeclined]: { title: 'A government request was declined', audiences: [Audience.ProgramAdmins], critical: false },
  [NoticeKind.ReconsiderationRequested]: {
    title: 'The developer asked for a determination to be reconsidered',
    audiences: [Audience.Authorities, Audience.ProgramAdmins],
    critical: true,
  },
  [NoticeKind.ConsultationRequested]: {
    title: 'A designation authority consults your organization before deciding',
    audiences: [Audience.OrganizationAuthorities],
    critical: true,
  },
  [NoticeKind.ConsultationAnswered]: { title: 'Your consultation was answered', audiences: [Audience.Named], critical: false },
  [NoticeKind.WebhookDisabled]: {
    title: 'A webhook endpoint of your organization kept failing and was turned off',
    audiences: [Audience.OrganizationManagers],
    critical: true,
  },
};

/** The kinds a person may choose not to be mailed: all but the critical ones. */
export const OPTIONAL_MAIL_KINDS: readonly NoticeKind[] = Object.values(NoticeKind).filter((kind) => !NOTICES[kind].critical);

/** An engagement's short reference, as notices give it: ENG- and the first eight hex digits of its id. */
export function engagementReference(engagementId: string): string {
  return `ENG-${engagementId.slice(0, 8).toUpperCase()}`;
}

/** The side that answers a nomination the other put forward. */
export function answeringSide(nominatedBy: NominationSide): NominationSide {
  return nominatedBy === NominationSide.Developer ? NominationSide.Government : NominationSide.Developer;
}
