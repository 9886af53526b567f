/** Where an engagement is in the Sec. 3 process. Stored as text, so adding a stage needs no migration. */
export enum EngagementStage {
  InquirySubmitted = 'INQUIRY_SUBMITTED',
  UnderReview = 'UNDER_REVIEW',
  Recommended = 'RECOMMENDED',
  /** The developer asked, once, for a determination to be reconsidered: a different authority decides it again. */
  Reconsideration = 'RECONSIDERATION',
  Designated = 'DESIGNATED',
  PreReleaseAccess = 'PRE_RELEASE_ACCESS',
  PostWindow = 'POST_WINDOW',
  Released = 'RELEASED',
  ClosedNotCovered = 'CLOSED_NOT_COVERED',
  Withdrawn = 'WITHDRAWN',
  Closed = 'CLOSED',
}

export const ALL_STAGES: readonly EngagementStage[] = Object.values(EngagementStage);

const TERMINAL: ReadonlySet<EngagementStage> = new Set([EngagementStage.ClosedNotCovered, EngagementStage.Withdrawn, EngagementStage.Closed]);

export function isTerminal(stage: EngagementStage): boolean {
  return TERMINAL.has(stage);
}

/** The determination clock runs until a determination is made or the developer leaves. */
export function determinationClockRunning(stage: EngagementStage): boolean {
  return (
    stage === EngagementStage.InquirySubmitted ||
    stage === EngagementStage.UnderReview ||
    stage === EngagementStage.Recommended ||
    stage === EngagementStage.Reconsideration
  );
}

export enum DesignationOutcome {
  Covered = 'COVERED',
  NotCovered = 'NOT_COVERED',
}

/** What the read model says of an engagement that rules can be checked against without its workflow. */
export interface EngagementRecord {
  readonly stage: EngagementStage;
  readonly developerOrg: string;
}
