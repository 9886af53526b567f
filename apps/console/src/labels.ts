import type { Schemas } from './api/client';

export type Stage = Schemas['EngagementStage'];
export type Role = Schemas['Role'];

/** Stages as people say them. */
export const STAGE_LABELS: Record<Stage, string> = {
  INQUIRY_SUBMITTED: 'Inquiry submitted',
  UNDER_REVIEW: 'Under review',
  RECOMMENDED: 'Recommended',
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
  gateway: 'Gateway',
};

/** A timeline event's code (`REVIEWERS_ASSIGNED`) as a sentence case phrase ("Reviewers assigned"). */
export function eventLabel(event: string): string {
  const words = event.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
