import { InitialSchema1795317310640 } from './1795317310640-initial-schema.migration';
import { AppRoleAndAuditGuards1795317310641 } from './1795317310641-app-role-and-audit-guards.migration';
import { AccessWindow1795319589809 } from './1795319589809-access-window.migration';
import { ReceiptCommandsAndMonotonicChainHead1795319589810 } from './1795319589810-receipt-commands-and-monotonic-chain-head.migration';
import { TrustedPartners1795321321248 } from './1795321321248-trusted-partners.migration';
import { StagedSigningKeys1795321321249 } from './1795321321249-staged-signing-keys.migration';
import { OrganizationsAndRecusals1795400000000 } from './1795400000000-organizations-and-recusals.migration';
import { AuditAppendsAtTheHead1795400000001 } from './1795400000001-audit-appends-at-the-head.migration';
import { SealedEndpointsTermsAndNotes1795400000002 } from './1795400000002-sealed-endpoints-terms-and-notes.migration';
import { BrowserSessions1795400000003 } from './1795400000003-browser-sessions.migration';
import { PeopleDirectory1795400000004 } from './1795400000004-people-directory.migration';
import { GatewayClients1795400000005 } from './1795400000005-gateway-clients.migration';
import { Notices1795400000006 } from './1795400000006-notices.migration';
import { MailOutbox1795400000007 } from './1795400000007-mail-outbox.migration';
import { NoticePreferences1795400000008 } from './1795400000008-notice-preferences.migration';
import { Webhooks1795400000009 } from './1795400000009-webhooks.migration';
import { FindingLifecycle1795400000010 } from './1795400000010-finding-lifecycle.migration';
import { RemediationNoticesAndPartnerReports1795400000011 } from './1795400000011-remediation-notices-and-partner-reports.migration';
import { AuditSearch1795400000012 } from './1795400000012-audit-search.migration';
import { InquiryRequests1795400000013 } from './1795400000013-inquiry-requests.migration';
import { ModelLineage1795400000014 } from './1795400000014-model-lineage.migration';
import { Consultations1795400000015 } from './1795400000015-consultations.migration';
import { Reconsideration1795400000016 } from './1795400000016-reconsideration.migration';
import { EngagementKeys1795400000017 } from './1795400000017-engagement-keys.migration';
import { RevocationFeed1795400000018 } from './1795400000018-revocation-feed.migration';
import { AccessStateNotices1795400000019 } from './1795400000019-access-state-notices.migration';

/** In order. Migrations never change once landed; add a new one instead. */
export const MIGRATIONS = [
  InitialSchema1795317310640,
  AppRoleAndAuditGuards1795317310641,
  AccessWindow1795319589809,
  ReceiptCommandsAndMonotonicChainHead1795319589810,
  TrustedPartners1795321321248,
  StagedSigningKeys1795321321249,
  OrganizationsAndRecusals1795400000000,
  AuditAppendsAtTheHead1795400000001,
  SealedEndpointsTermsAndNotes1795400000002,
  BrowserSessions1795400000003,
  PeopleDirectory1795400000004,
  GatewayClients1795400000005,
  Notices1795400000006,
  MailOutbox1795400000007,
  NoticePreferences1795400000008,
  Webhooks1795400000009,
  FindingLifecycle1795400000010,
  RemediationNoticesAndPartnerReports1795400000011,
  AuditSearch1795400000012,
  InquiryRequests1795400000013,
  ModelLineage1795400000014,
  Consultations1795400000015,
  Reconsideration1795400000016,
  EngagementKeys1795400000017,
  RevocationFeed1795400000018,
  AccessStateNotices1795400000019,
];
