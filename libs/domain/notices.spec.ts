import { AuditFact, noticesFor } from './notice-facts';
import { Audience, NoticeKind, NOTICES } from './notices';

const ENGAGEMENT = '3f2a9c1b-0000-4000-8000-000000000001';
const fact = (action: string, details: Record<string, unknown> = {}, extra: Partial<AuditFact> = {}): AuditFact => ({
  seq: 42,
  action,
  engagementId: ENGAGEMENT,
  subjectId: ENGAGEMENT,
  actorSub: 'someone',
  details,
  ...extra,
});
const kinds = (f: AuditFact) => noticesFor(f).map((notice) => notice.kind);

describe('notices made from the audit log', () => {
  it.each([
    ['engagement.submitted', NoticeKind.InquiryReceived, {}],
    ['engagement.recommended', NoticeKind.RecommendationRecorded, {}],
    ['engagement.determined', NoticeKind.DeterminationMade, {}],
    ['engagement.window_opened', NoticeKind.WindowOpened, { closesAt: '2027-01-31T00:00:00.000Z' }],
    ['engagement.finding_recorded', NoticeKind.FindingRecorded, { findingId: 'f1', remediationDueAt: '2027-01-03T00:00:00.000Z' }],
    ['engagement.finding_responded', NoticeKind.FindingAnswered, { findingId: 'f1' }],
    ['engagement.partners_nominated', NoticeKind.NominationWaiting, { nominationId: 'n1', deadline: '2027-01-10T00:00:00.000Z' }],
    ['engagement.nomination_approved', NoticeKind.GrantOffered, { nominationId: 'n1', acceptBy: '2027-01-12T00:00:00.000Z' }],
    ['engagement.terms_published', NoticeKind.TermsChanged, { version: 'v2' }],
    ['engagement.withdrawn', NoticeKind.EngagementWithdrawn, {}],
    ['engagement.released', NoticeKind.ModelReleased, {}],
    ['grant.accepted', NoticeKind.GrantActive, {}],
    ['grant.revoked', NoticeKind.GrantRevoked, {}],
    ['grant.expired', NoticeKind.GrantExpired, {}],
    ['grant.lapsed', NoticeKind.GrantLapsed, {}],
    ['finding.responded', NoticeKind.FindingAnswered, {}],
    ['finding.fix_verified', NoticeKind.FindingFixChecked, {}],
    ['finding.reopened', NoticeKind.FindingFixChecked, {}],
    ['finding.dispute_kept', NoticeKind.FindingDisputeResolved, {}],
    ['finding.withdrawn', NoticeKind.FindingDisputeResolved, {}],
    ['finding.overdue', NoticeKind.FindingOverdue, { remediationDueAt: '2027-01-03T00:00:00.000Z' }],
    ['finding.shared', NoticeKind.FindingShared, {}],
    ['engagement.findings_share_requested', NoticeKind.FindingsShareRequested, {}],
    ['remediation.published', NoticeKind.RemediationPublished, {}],
    ['partner.report_submitted', NoticeKind.PartnerReportReceived, {}],
    ['partner_report.shared', NoticeKind.PartnerReportShared, {}],
    ['finding.validated', NoticeKind.FindingValidated, {}],
  ])('%s is told as %s', (action, kind, details) => {
    expect(kinds(fact(action, details))).toEqual([kind]);
  });

  it('carries the deadline and the record it is about, from the event', () => {
    expect(noticesFor(fact('engagement.finding_recorded', { findingId: 'f1', remediationDueAt: '2027-01-03T00:00:00.000Z' }))).toEqual([
      {
        key: `42:${NoticeKind.FindingRecorded}`,
        kind: NoticeKind.FindingRecorded,
        engagementId: ENGAGEMENT,
        subjectId: 'f1',
        dueAt: Date.parse('2027-01-03T00:00:00.000Z'),
      },
    ]);
    expect(noticesFor(fact('grant.revoked', {}, { subjectId: 'g1' }))[0]).toEqual(expect.objectContaining({ subjectId: 'g1' }));
    expect(noticesFor(fact('finding.overdue', { remediationDueAt: '2027-01-03T00:00:00.000Z' }, { subjectId: 'f2' }))[0]).toEqual(
      expect.objectContaining({ kind: NoticeKind.FindingOverdue, subjectId: 'f2', dueAt: Date.parse('2027-01-03T00:00:00.000Z') }),
    );
    // An edit, a closure or a read of a finding is no notice.
    expect(kinds(fact('finding.edited'))).toEqual([]);
    expect(kinds(fact('finding.closed'))).toEqual([]);
    expect(kinds(fact('finding.viewed'))).toEqual([]);
  });

  it('names the reviewer an assignment, unassignment or recusal concerns', () => {
    expect(noticesFor(fact('engagement.reviewers_assigned', { reviewerIds: ['r1', 'r2'] }))[0]?.named).toEqual(['r1', 'r2']);
    expect(noticesFor(fact('engagement.reviewer_unassigned', { reviewerSub: 'r1' }))[0]).toEqual(
      expect.objectContaining({ kind: NoticeKind.ReviewerUnassigned, named: ['r1'] }),
    );
    expect(noticesFor(fact('engagement.recused', { capacity: 'REVIEWER' }, { actorSub: 'r3' }))[0]).toEqual(
      expect.objectContaining({ kind: NoticeKind.ReviewerRecused, named: ['r3'] }),
    );
    // An authority's recusal is not a reviewer's.
    expect(kinds(fact('engagement.recused', { capacity: 'AUTHORITY' }))).toEqual([]);
  });

  it('turns the clocks’ reminders into deadline notices, and the window’s close into one notice, not two', () => {
    const sent = (kind: string, dueAt: string, scheduledAt: string, subjectId = 'key') =>
      kinds(fact('notification.sent', { kind, dueAt, scheduledAt }, { subjectId }));
    expect(sent('DETERMINATION_REMINDER', '2027-01-31T00:00:00.000Z', '2027-01-24T00:00:00.000Z')).toEqual([NoticeKind.DeterminationDue]);
    expect(sent('DETERMINATION_OVERDUE', '2027-01-31T00:00:00.000Z', '2027-01-31T00:00:00.000Z')).toEqual([NoticeKind.DeterminationOverdue]);
    expect(sent('WINDOW_REMINDER', '2027-01-31T00:00:00.000Z', '2027-01-30T00:00:00.000Z')).toEqual([NoticeKind.WindowClosing]);
    expect(sent('WINDOW_REMINDER', '2027-01-31T00:00:00.000Z', '2027-01-31T00:00:00.000Z')).toEqual([]);
    expect(sent('WINDOW_CLOSED', '2027-01-31T00:00:00.000Z', '2027-01-31T00:00:00.000Z')).toEqual([NoticeKind.WindowClosed]);
    const expired = noticesFor(fact('notification.sent', { kind: 'NOMINATION_EXPIRED' }, { subjectId: `${ENGAGEMENT}:nomination:n9:EXPIRED` }));
    expect(expired).toEqual([expect.objectContaining({ kind: NoticeKind.NominationExpired, subjectId: 'n9' })]);
    const expiring = noticesFor(fact('notification.sent', { kind: 'NOMINATION_REMINDER' }, { subjectId: `${ENGAGEMENT}:nomination:n9:REMINDER:259200000` }));
    expect(expiring).toEqual([expect.objectContaining({ kind: NoticeKind.NominationExpiring, subjectId: 'n9' })]);
    const accept = noticesFor(fact('notification.sent', { kind: 'ACCEPTANCE_REMINDER' }, { subjectId: `${ENGAGEMENT}:acceptance:n9:REMINDER:259200000` }));
    expect(accept).toEqual([expect.objectContaining({ kind: NoticeKind.AcceptanceDue, subjectId: 'n9' })]);
    const dueAt = '2027-01-15T00:00:00.000Z';
    const findingDue = noticesFor(fact('notification.sent', { kind: 'FINDING_REMINDER', dueAt }, { subjectId: `${ENGAGEMENT}:finding:f7:reminder:1` }));
    expect(findingDue).toEqual([expect.objectContaining({ kind: NoticeKind.FindingDue, subjectId: 'f7', dueAt: Date.parse(dueAt) })]);
    const overdue = noticesFor(fact('notification.sent', { kind: 'FINDING_OVERDUE', dueAt }, { subjectId: `${ENGAGEMENT}:finding:f7:overdue` }));
    expect(overdue).toEqual([expect.objectContaining({ kind: NoticeKind.FindingOverdue, subjectId: 'f7' })]);
    expect(NOTICES[NoticeKind.FindingOverdue]).toEqual(expect.objectContaining({ audiences: [Audience.Developer], critical: true }));
  });

  it('tells of a partner suspended in the registry (once, from VERIFIED), about the partner, not an engagement', () => {
    const suspended = noticesFor(fact('partner.status_changed', { from: 'VERIFIED', to: 'SUSPENDED', by: 'update' }, { engagementId: null, subjectId: 'p-1' }));
    expect(suspended).toEqual([expect.objectContaining({ kind: NoticeKind.GrantSuspended, engagementId: null, organization: 'p-1' })]);
    expect(NOTICES[NoticeKind.GrantSuspended].audiences).toEqual([Audience.SuspendedPartner, Audience.DevelopersOfPartnerGrants]);
    // Re-verified, or a pending partner suspended (it held no grants): nothing to tell.
    expect(noticesFor(fact('partner.status_changed', { from: 'SUSPENDED', to: 'VERIFIED' }, { engagementId: null, subjectId: 'p-1' }))).toEqual([]);
    expect(noticesFor(fact('partner.status_changed', { from: 'PENDING', to: 'SUSPENDED' }, { engagementId: null, subjectId: 'p-1' }))).toEqual([]);
  });

  it('makes nothing of reads, token traffic, registry edits or events about no engagement', () => {
    for (const action of [
      'engagement.viewed',
      'access_token.introspected',
      'access_token.issued',
      'engagement.attested',
      'audit.trail_viewed',
      'partner.viewed',
    ]) {
      expect(kinds(fact(action))).toEqual([]);
    }
    expect(kinds(fact('engagement.submitted', {}, { engagementId: null }))).toEqual([]);
  });

  it('keys each notice by the event and the kind, so it is made once however often the event is read', () => {
    expect(noticesFor(fact('engagement.submitted'))[0]?.key).toBe(noticesFor(fact('engagement.submitted'))[0]?.key);
    expect(noticesFor(fact('engagement.submitted', {}, { seq: 43 }))[0]?.key).not.toBe(noticesFor(fact('engagement.submitted'))[0]?.key);
  });

  it('lets nobody turn off deadlines, revocations, terms changes or withdrawals', () => {
    const critical = Object.entries(NOTICES)
      .filter(([, definition]) => definition.critical)
      .map(([kind]) => kind);
    expect(critical).toEqual(
      expect.arrayContaining([
        NoticeKind.DeterminationDue,
        NoticeKind.DeterminationOverdue,
        NoticeKind.WindowClosing,
        NoticeKind.NominationExpiring,
        NoticeKind.AcceptanceDue,
        NoticeKind.GrantRevoked,
        NoticeKind.TermsChanged,
        NoticeKind.EngagementWithdrawn,
      ]),
    );
    expect(NOTICES[NoticeKind.InquiryReceived].critical).toBe(false);
  });
});

describe('notices of a government request', () => {
  const request = (action: string) =>
    noticesFor(fact(action, { org: 'acme-ai', respondBy: '2027-01-15T12:00:00.000Z' }, { engagementId: null, subjectId: 'r1' }));

  it("tell the organization asked, at the request's page, with its deadline", () => {
    expect(request('request.opened')).toEqual([
      {
        key: '42:REQUEST_RECEIVED',
        kind: NoticeKind.RequestReceived,
        engagementId: null,
        organization: 'acme-ai',
        subjectId: 'r1',
        page: '/requests/r1',
        dueAt: Date.parse('2027-01-15T12:00:00Z'),
      },
    ]);
    expect(NOTICES[NoticeKind.RequestReceived]).toMatchObject({ audiences: [Audience.OrganizationDevelopers], critical: true });
  });

  it('tell program administrators of a decline, by the developer or by the deadline', () => {
    for (const action of ['request.declined', 'request.expired']) {
      expect(request(action).map((n) => [n.kind, n.page])).toEqual([[NoticeKind.RequestDeclined, '/requests/r1']]);
    }
    expect(NOTICES[NoticeKind.RequestDeclined].audiences).toEqual([Audience.ProgramAdmins]);
  });

  it('a consultation tells the organization consulted, at its page, and its answer tells whoever asked', () => {
    const fact = (action: string, details: Record<string, unknown>) =>
      noticesFor({ seq: 9, action, engagementId: 'e1', subjectId: 'e1', actorSub: 'auth', details });
    expect(fact('engagement.consultation_requested', { consultationId: 'c1', organization: 'doe', answerBy: '2026-12-10T00:00:00.000Z' })).toEqual([
      {
        key: '9:CONSULTATION_REQUESTED',
        kind: NoticeKind.ConsultationRequested,
        engagementId: 'e1',
        organization: 'doe',
        subjectId: 'c1',
        page: '/consultations/c1',
        dueAt: Date.parse('2026-12-10T00:00:00.000Z'),
      },
    ]);
    expect(NOTICES[NoticeKind.ConsultationRequested].audiences).toEqual([Audience.OrganizationAuthorities]);
    expect(fact('engagement.consultation_answered', { consultationId: 'c1', organization: 'doe', askedBy: 'auth', concurs: true })).toEqual([
      { key: '9:CONSULTATION_ANSWERED', kind: NoticeKind.ConsultationAnswered, engagementId: 'e1', named: ['auth'], subjectId: 'c1' },
    ]);
  });
});
