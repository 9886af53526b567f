import type { Schemas } from './api/client';

export type Stage = Schemas['EngagementStage'];
export type Role = Schemas['Role'];

/** Who may read engagements (and so follow them live); a partner sees only its own grants. */
export const ENGAGEMENT_READERS: readonly Role[] = ['developer', 'reviewer', 'designation-authority', 'program-admin', 'auditor'];

export function readsEngagements(roles: readonly Role[]): boolean {
  return roles.some((role) => ENGAGEMENT_READERS.includes(role));
}

/** Stages as people say them. */
export const STAGE_LABELS: Record<Stage, string> = {
  INQUIRY_SUBMITTED: 'Inquiry submitted',
  UNDER_REVIEW: 'Under review',
  RECOMMENDED: 'Recommended',
  RECONSIDERATION: 'Reconsideration',
  DESIGNATED: 'Designated',
  PRE_RELEASE_ACCESS: 'Pre-release access',
  POST_WINDOW: 'Window ended',
  RELEASED: 'Released',
  CLOSED_NOT_COVERED: 'Closed: not covered',
  WITHDRAWN: 'Withdrawn',
  CLOSED: 'Closed',
};

export const ROLE_LABELS: Record<Role, string> = {
  developer: 'AI developer',
  reviewer: 'Reviewer',
  'designation-authority': 'Designation authority',
  'program-admin': 'Program administrator',
  partner: 'Trusted partner',
  auditor: 'Auditor',
  clearinghouse: 'Clearinghouse',
  oversight: 'Oversight',
  gateway: 'Gateway',
};

/** A timeline event's code (`REVIEWERS_ASSIGNED`) as a sentence case phrase ("Reviewers assigned"). */
export function eventLabel(event: string): string {
  const words = event.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const SECTOR_LABELS: Record<Schemas['PartnerSector'], string> = {
  RURAL_HOSPITAL: 'Rural hospital',
  COMMUNITY_BANK: 'Community bank',
  ELECTRIC_UTILITY: 'Electric utility',
  WATER_UTILITY: 'Water utility',
  STATE_LOCAL_GOVERNMENT: 'State or local government',
  OTHER_CRITICAL_INFRASTRUCTURE: 'Other critical infrastructure',
  SECURITY_PROVIDER: 'Security provider',
};

export const GRANT_STATUS_LABELS: Record<Schemas['GrantStatus'], string> = {
  PENDING_ACCEPTANCE: 'Waiting for acceptance',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended: new terms to accept',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
  LAPSED: 'Lapsed: not accepted in time',
};

export const REQUEST_STATUS_LABELS: Record<Schemas['InquiryRequestStatus'], string> = {
  OPEN: 'Waiting for an answer',
  ACCEPTED: 'Accepted: the inquiry was submitted',
  DECLINED: 'Declined',
};

export const CONSULTATION_STATUS_LABELS: Record<Schemas['ConsultationStatus'], string> = {
  PENDING: 'Waiting for an answer',
  ANSWERED: 'Answered',
  LAPSED: 'Lapsed unanswered',
};

export const DISPOSAL_REASON_LABELS: Record<Schemas['DisposalReason'], string> = {
  RETENTION_SCHEDULE: 'the retention schedule ran out',
  DEVELOPER_REQUEST: 'the developer asked, after withdrawing',
};

export const NOMINATION_STATUS_LABELS: Record<Schemas['NominationStatus'], string> = {
  PENDING: 'Waiting for an answer',
  APPROVED: 'Approved',
  DECLINED: 'Declined',
  EXPIRED: 'Expired unanswered',
  CANCELLED: 'Cancelled',
};

export const SIDE_LABELS: Record<Schemas['NominationSide'], string> = { DEVELOPER: 'The developer', GOVERNMENT: 'The government' };

export const STATES: readonly string[] =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI FM MH PW'.split(
    ' ',
  );

/** Options for a select of every value of a label table. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
