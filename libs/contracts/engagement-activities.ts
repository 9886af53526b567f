import type { EngagementEvent, EngagementState, Role, TechnicalImpact } from '../domain';

/** Confidential text that travels with an event to the encrypted read model, never into workflow state. */
export interface EventContent {
  readonly statement?: string;
  readonly rationale?: string;
  readonly reason?: string;
  readonly benchmark?: { readonly id: string; readonly reference: string; readonly digest: string; readonly summary: string };
  readonly window?: { readonly accessEndpoint: string; readonly artifactDigest: string };
  readonly finding?: FindingContent;
  readonly note?: string;
}

export interface FindingContent {
  readonly title: string;
  readonly description: string;
  readonly cweIds: readonly string[];
  readonly inKev: boolean;
  readonly publiclyExposed: boolean;
  readonly automatable: boolean;
  readonly technicalImpact: TechnicalImpact;
}

export interface SubmissionDetails {
  readonly modelName: string;
  readonly modelVersion: string;
  readonly capabilitySummary: string;
  readonly contactEmail: string;
  readonly plannedReleaseDate?: string;
}

export interface RecordSubmissionInput {
  readonly state: EngagementState;
  readonly details: SubmissionDetails;
  /** Why this command was sent: the request's idempotency key or update id. */
  readonly commandId: string;
}

export interface RecordEventInput {
  /** The state after the event; `state.version` is the idempotency key of the write. */
  readonly state: EngagementState;
  readonly event: EngagementEvent;
  /** The roles of whoever sent the command (none for the clock), for the audit trail. */
  readonly actorRoles: readonly string[];
  readonly content: EventContent;
  readonly commandId: string;
}

export type Recipient =
  | { readonly kind: 'user'; readonly sub: string }
  | { readonly kind: 'role'; readonly role: Role }
  | { readonly kind: 'org'; readonly org: string };

export enum NotificationKind {
  DeterminationReminder = 'DETERMINATION_REMINDER',
  DeterminationOverdue = 'DETERMINATION_OVERDUE',
  WindowReminder = 'WINDOW_REMINDER',
  WindowClosed = 'WINDOW_CLOSED',
}

export interface NotificationRequest {
  /** Unique per notification, so a retried activity never sends twice. */
  readonly key: string;
  readonly kind: NotificationKind;
  readonly engagementId: string;
  readonly recipients: readonly Recipient[];
  readonly subject: string;
  /** When the thing the notification is about falls due (ISO 8601, UTC). */
  readonly dueAt: string;
  /** The clock point that sent it (ISO 8601, UTC), in workflow time. */
  readonly scheduledAt: string;
}

/** Activities the engagement workflow calls. Implemented by Nest providers in `activities/`. */
export interface EngagementActivities {
  recordSubmission(input: RecordSubmissionInput): Promise<void>;
  recordEngagementEvent(input: RecordEventInput): Promise<void>;
  notify(request: NotificationRequest): Promise<void>;
}
