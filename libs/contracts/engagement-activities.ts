import type { EngagementEvent, EngagementState, GrantEndReason, Role, TechnicalImpact } from '#domain';

/** Confidential text that travels with an event to the encrypted read model, never into workflow state. */
export interface EventContent {
  readonly statement?: string;
  readonly rationale?: string;
  readonly reason?: string;
  readonly benchmark?: { readonly id: string; readonly reference: string; readonly digest: string; readonly summary: string };
  readonly window?: { readonly accessEndpoint: string; readonly artifactDigest: string };
  readonly finding?: FindingContent;
  readonly note?: string;
  readonly nomination?: {
    readonly partnerIds?: readonly string[];
    readonly filter?: { readonly sector?: string; readonly state?: string };
    readonly durationDays: number;
    readonly accessEndsAt?: number;
    readonly scopes: readonly string[];
  };
  /** For an approval, from workflow code that did not yet put it in the event. */
  readonly acceptBy?: number;
  readonly terms?: { readonly text: string; readonly accessEndpoint?: string };
  readonly revocation?: { readonly sector?: string; readonly reason: string };
  /** A consultation's question (its answer's note travels as `note`). */
  readonly question?: string;
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
  /** The engagement of the model's previous version (absent in inquiries before lineage, and when none is named). */
  readonly previousEngagementId?: string;
}

export interface RecordSubmissionInput {
  readonly state: EngagementState;
  readonly details: SubmissionDetails;
  /** The roles the submitter's token carried, for the audit event. */
  readonly actorRoles?: readonly string[];
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
  { readonly kind: 'user'; readonly sub: string } | { readonly kind: 'role'; readonly role: Role } | { readonly kind: 'org'; readonly org: string };

export enum NotificationKind {
  DeterminationReminder = 'DETERMINATION_REMINDER',
  DeterminationOverdue = 'DETERMINATION_OVERDUE',
  WindowReminder = 'WINDOW_REMINDER',
  WindowClosed = 'WINDOW_CLOSED',
  NominationExpired = 'NOMINATION_EXPIRED',
  /** A nomination's answer deadline is near. */
  NominationReminder = 'NOMINATION_REMINDER',
  /** Approved partners' acceptance deadline is near. */
  AcceptanceReminder = 'ACCEPTANCE_REMINDER',
  /** A finding's remediation is due soon (its own clock, workflow `finding-<id>`). */
  FindingReminder = 'FINDING_REMINDER',
  /** A finding's remediation due date passed with no fix. */
  FindingOverdue = 'FINDING_OVERDUE',
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

export interface GrantFanOut {
  readonly engagementId: string;
  /** Only this sector's grants, for a bulk revocation by sector. */
  readonly sector?: string;
  readonly reason: GrantEndReason;
  /** When the bulk end was stamped (epoch ms): only the grants it ended are told. */
  readonly endedAt?: number;
}

/** Activities the engagement workflow calls. Implemented by Nest providers in `activities/`. */
export interface EngagementActivities {
  recordSubmission(input: RecordSubmissionInput): Promise<void>;
  recordEngagementEvent(input: RecordEventInput): Promise<void>;
  notify(request: NotificationRequest): Promise<void>;
  /** Starts the workflow of every grant of an approved nomination, in pages, resuming from its heartbeat. */
  startGrantWorkflows(input: { readonly nominationId: string }): Promise<number>;
  /** Tells every grant workflow of an engagement (or sector) that its grant has ended. */
  signalGrantsEnded(input: GrantFanOut): Promise<number>;
}
