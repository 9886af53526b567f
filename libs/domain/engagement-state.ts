import { Bod2604Inputs, RemediationTier } from './bod-26-04';
import { DesignationOutcome, EngagementStage } from './engagement-stage';
import { EngagementCommandType } from './engagement-transitions';
import { Actor } from './roles';

/**
 * The shapes of an engagement: what its workflow remembers, the commands it decides on, and the
 * events that change it. The rules over them live by area: engagement.ts (the review, the
 * determination and the engagement's end), access-window.ts, nominations.ts and grant.ts.
 */

export enum WindowEndReason {
  /** Its 30-day (or shorter) clock ran out. */
  Expired = 'EXPIRED',
  /** The developer ended it early. */
  EndedEarly = 'ENDED_EARLY',
  Withdrawn = 'WITHDRAWN',
  Released = 'RELEASED',
  Closed = 'CLOSED',
}

export interface AccessWindow {
  readonly openedAt: number;
  readonly closesAt: number;
  /** Reminders before it closes, fixed when it opened. */
  readonly remindBeforeMs?: readonly number[];
  readonly endedAt?: number;
  readonly endReason?: WindowEndReason;
}

/** Which side put a nomination forward; the other side must approve it. */
export enum NominationSide {
  Developer = 'DEVELOPER',
  Government = 'GOVERNMENT',
}

export enum NominationStatus {
  Pending = 'PENDING',
  Approved = 'APPROVED',
  Declined = 'DECLINED',
  /** Not answered by its deadline: declined by the clock. */
  Expired = 'EXPIRED',
  /** The engagement ended first. */
  Cancelled = 'CANCELLED',
}

export interface Nomination {
  readonly id: string;
  readonly side: NominationSide;
  readonly nominatedBy: string;
  readonly deadline: number;
  readonly status: NominationStatus;
  /** Once approved: by when its partners must accept, or their grants lapse. */
  readonly acceptBy?: number;
  /** Its acceptance deadline has passed and the grants still unaccepted have lapsed. */
  readonly acceptanceClosed?: boolean;
  /** An instant no grant of it outlives (say, the public release), shared by all of them. */
  readonly accessEndsAt?: number;
  /** That instant has passed and every grant of it still active has expired. */
  readonly accessEnded?: boolean;
}

export enum FindingResponseStatus {
  Acknowledged = 'ACKNOWLEDGED',
  Fixed = 'FIXED',
  Disputed = 'DISPUTED',
}

export interface Reconsideration {
  readonly requestedAt: number;
  readonly originalOutcome: DesignationOutcome;
  readonly originalDeterminedBy: string;
}

/** A consultation as the workflow keeps it: answered or not. LAPSED is derived (see consultationStatus). */
export enum ConsultationStatus {
  Pending = 'PENDING',
  Answered = 'ANSWERED',
  /** Its deadline passed unanswered, or the engagement was decided (or ended) first. */
  Lapsed = 'LAPSED',
}

/** A designation authority asked another government organization before deciding; the question itself lives in the read model. */
export interface Consultation {
  readonly id: string;
  readonly organization: string;
  readonly askedBy: string;
  readonly answerBy: number;
  readonly status: ConsultationStatus.Pending | ConsultationStatus.Answered;
  readonly concurs?: boolean;
}

export enum AttestationCapacity {
  Reviewer = 'REVIEWER',
  Authority = 'AUTHORITY',
}

/**
 * What the engagement workflow remembers. Confidential text (summaries, rationales, statements,
 * finding descriptions) never lives here: it goes straight to the encrypted read model through an activity.
 */
export interface EngagementState {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly submittedBy: string;
  readonly stage: EngagementStage;
  /** Increases by one with every persisted event; doubles as the activity idempotency key. */
  readonly version: number;
  readonly submittedAt: number;
  readonly determinationDueAt: number;
  /** The reviewers assigned now (an unassigned or recused reviewer is no longer among them). */
  readonly reviewers: readonly string[];
  readonly attested: readonly string[];
  /** Who attested as a designation authority: attesting as a reviewer does not count for deciding. */
  readonly authorityAttested?: readonly string[];
  /** Reviewers and authorities who recused: they never act on the engagement again. */
  readonly recused?: readonly string[];
  readonly benchmarkCount: number;
  readonly recommendedBy?: string;
  readonly recommendation?: DesignationOutcome;
  readonly determinedBy?: string;
  readonly determination?: DesignationOutcome;
  /** When the determination in force was made (absent in runs determined before reconsideration existed). */
  readonly determinedAt?: number;
  /** The developer's one reconsideration: when asked, and the determination it reopened. */
  readonly reconsideration?: Reconsideration;
  readonly overdue: boolean;
  readonly window?: AccessWindow;
  readonly accessDeclinedAt?: number;
  /** Findings recorded during the window, so responses can name only real ones. */
  readonly findingIds?: readonly string[];
  readonly releasedAt?: number;
  /** Every nomination of trusted partners, with its status; the partners themselves live in the read model. */
  readonly nominations?: readonly Nomination[];
  /** The partner terms in force, and every version ever published (a version is never reused). */
  readonly termsVersion?: string;
  readonly termsVersions?: readonly string[];
  /** Consultations on the determination, asked and answered while it is RECOMMENDED. */
  readonly consultations?: readonly Consultation[];
}

export type EngagementCommand =
  | { readonly type: EngagementCommandType.AssignReviewers; readonly actor: Actor; readonly reviewerIds: readonly string[] }
  | { readonly type: EngagementCommandType.UnassignReviewer; readonly actor: Actor; readonly reviewerSub: string }
  | { readonly type: EngagementCommandType.Recuse; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Attest; readonly actor: Actor }
  | { readonly type: EngagementCommandType.RecordBenchmark; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Recommend; readonly actor: Actor; readonly outcome: DesignationOutcome }
  | { readonly type: EngagementCommandType.Determine; readonly actor: Actor; readonly outcome: DesignationOutcome }
  | {
      readonly type: EngagementCommandType.OpenWindow;
      readonly actor: Actor;
      readonly days: number;
      readonly dayMs?: number;
      readonly remindBeforeMs?: readonly number[];
    }
  | { readonly type: EngagementCommandType.EndWindow; readonly actor: Actor }
  | { readonly type: EngagementCommandType.DeclineAccess; readonly actor: Actor }
  | { readonly type: EngagementCommandType.RecordFinding; readonly actor: Actor; readonly findingId: string; readonly inputs: Bod2604Inputs }
  | {
      readonly type: EngagementCommandType.RespondToFinding;
      readonly actor: Actor;
      readonly findingId: string;
      readonly status: FindingResponseStatus;
    }
  | { readonly type: EngagementCommandType.Release; readonly actor: Actor; readonly releasedAt?: number }
  | {
      readonly type: EngagementCommandType.Nominate;
      readonly actor: Actor;
      readonly nominationId: string;
      readonly answerWithinMs: number;
      readonly accessEndsAt?: number;
    }
  | { readonly type: EngagementCommandType.ApproveNomination; readonly actor: Actor; readonly nominationId: string; readonly acceptWithinMs?: number }
  | { readonly type: EngagementCommandType.DeclineNomination; readonly actor: Actor; readonly nominationId: string }
  | { readonly type: EngagementCommandType.PublishTerms; readonly actor: Actor; readonly version: string }
  | { readonly type: EngagementCommandType.RevokeGrants; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Close; readonly actor: Actor }
  | { readonly type: EngagementCommandType.Withdraw; readonly actor: Actor }
  | {
      readonly type: EngagementCommandType.Consult;
      readonly actor: Actor;
      readonly consultationId: string;
      readonly organization: string;
      readonly answerBy: number;
    }
  | { readonly type: EngagementCommandType.RequestReconsideration; readonly actor: Actor }
  | { readonly type: EngagementCommandType.AnswerConsultation; readonly actor: Actor; readonly consultationId: string; readonly concurs: boolean };

/** The commands of one or more types, for the rules of one area. */
export type CommandOf<T extends EngagementCommandType> = Extract<EngagementCommand, { readonly type: T }>;

interface EventBase {
  readonly at: number;
  readonly actorSub: string;
  readonly fromStage: EngagementStage;
  readonly toStage: EngagementStage;
}

export type EngagementEvent =
  | (EventBase & { readonly type: 'REVIEWERS_ASSIGNED'; readonly reviewerIds: readonly string[] })
  | (EventBase & { readonly type: 'REVIEWER_UNASSIGNED'; readonly reviewerSub: string })
  | (EventBase & { readonly type: 'RECUSED'; readonly capacity: AttestationCapacity })
  | (EventBase & { readonly type: 'ATTESTED'; readonly capacity: AttestationCapacity })
  | (EventBase & { readonly type: 'BENCHMARK_RECORDED' })
  | (EventBase & { readonly type: 'RECOMMENDED'; readonly outcome: DesignationOutcome })
  | (EventBase & { readonly type: 'DETERMINED'; readonly outcome: DesignationOutcome })
  | (EventBase & { readonly type: 'WINDOW_OPENED'; readonly closesAt: number; readonly remindBeforeMs?: readonly number[] })
  | (EventBase & { readonly type: 'WINDOW_ENDED'; readonly reason: WindowEndReason.Expired | WindowEndReason.EndedEarly })
  | (EventBase & { readonly type: 'ACCESS_DECLINED' })
  | (EventBase & {
      readonly type: 'FINDING_RECORDED';
      readonly findingId: string;
      readonly tier: RemediationTier;
      readonly remediationDueAt: number | null;
    })
  | (EventBase & { readonly type: 'FINDING_RESPONDED'; readonly findingId: string; readonly status: FindingResponseStatus })
  | (EventBase & { readonly type: 'RELEASED'; readonly releasedAt: number })
  | (EventBase & { readonly type: 'CLOSED' })
  | (EventBase & {
      readonly type: 'PARTNERS_NOMINATED';
      readonly nominationId: string;
      readonly side: NominationSide;
      readonly deadline: number;
      readonly accessEndsAt?: number;
    })
  | (EventBase & { readonly type: 'NOMINATION_APPROVED'; readonly nominationId: string; readonly acceptBy: number })
  | (EventBase & { readonly type: 'NOMINATION_DECLINED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'NOMINATION_EXPIRED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'TERMS_PUBLISHED'; readonly version: string })
  | (EventBase & { readonly type: 'GRANTS_REVOKED' })
  | (EventBase & { readonly type: 'GRANTS_LAPSED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'GRANTS_EXPIRED'; readonly nominationId: string })
  | (EventBase & { readonly type: 'WITHDRAWN' })
  | (EventBase & { readonly type: 'DETERMINATION_OVERDUE' })
  | (EventBase & { readonly type: 'RECONSIDERATION_REQUESTED'; readonly determinationDueAt: number })
  | (EventBase & { readonly type: 'CONSULTATION_REQUESTED'; readonly consultationId: string; readonly organization: string; readonly answerBy: number })
  | (EventBase & {
      readonly type: 'CONSULTATION_ANSWERED';
      readonly consultationId: string;
      readonly organization: string;
      readonly askedBy: string;
      readonly concurs: boolean;
    });

export interface Submission {
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly submittedBy: string;
  readonly submittedAt: number;
  readonly determinationTargetMs: number;
}

export function initialState(submission: Submission): EngagementState {
  return {
    engagementId: submission.engagementId,
    developerOrg: submission.developerOrg,
    submittedBy: submission.submittedBy,
    stage: EngagementStage.InquirySubmitted,
    version: 1,
    submittedAt: submission.submittedAt,
    determinationDueAt: submission.submittedAt + submission.determinationTargetMs,
    reviewers: [],
    attested: [],
    benchmarkCount: 0,
    overdue: false,
  };
}
