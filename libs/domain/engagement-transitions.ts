import { DesignationOutcome, EngagementStage } from './engagement-stage';

/** Every command the engagement accepts. */
export enum EngagementCommandType {
  AssignReviewers = 'ASSIGN_REVIEWERS',
  UnassignReviewer = 'UNASSIGN_REVIEWER',
  Recuse = 'RECUSE',
  Attest = 'ATTEST',
  RecordBenchmark = 'RECORD_BENCHMARK',
  Recommend = 'RECOMMEND',
  Determine = 'DETERMINE',
  OpenWindow = 'OPEN_WINDOW',
  EndWindow = 'END_WINDOW',
  DeclineAccess = 'DECLINE_ACCESS',
  RecordFinding = 'RECORD_FINDING',
  RespondToFinding = 'RESPOND_TO_FINDING',
  Release = 'RELEASE',
  Close = 'CLOSE',
  Nominate = 'NOMINATE',
  ApproveNomination = 'APPROVE_NOMINATION',
  DeclineNomination = 'DECLINE_NOMINATION',
  PublishTerms = 'PUBLISH_TERMS',
  RevokeGrants = 'REVOKE_GRANTS',
  Withdraw = 'WITHDRAW',
  Consult = 'CONSULT',
  RequestReconsideration = 'REQUEST_RECONSIDERATION',
  AnswerConsultation = 'ANSWER_CONSULTATION',
}

export const ALL_COMMAND_TYPES: readonly EngagementCommandType[] = Object.values(EngagementCommandType);

const S = EngagementStage;

const to = (stage: EngagementStage) => () => stage;
/** A determination: designated if covered, else closed. */
const decided = (outcome?: DesignationOutcome) => (outcome === DesignationOutcome.Covered ? S.Designated : S.ClosedNotCovered);
/** The same, read as "the command leaves the stage as it is". */
const stay = to;

/** Trusted partners are chosen from designation until the engagement ends. */
const PARTNER_STAGES = {
  [S.Designated]: stay(S.Designated),
  [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
  [S.PostWindow]: stay(S.PostWindow),
  [S.Released]: stay(S.Released),
};

/** Reviewers and authorities are on an engagement's roster from its review until it ends. */
const ROSTER_STAGES = {
  [S.UnderReview]: stay(S.UnderReview),
  [S.Recommended]: stay(S.Recommended),
  [S.Reconsideration]: stay(S.Reconsideration),
  [S.Designated]: stay(S.Designated),
  [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
  [S.PostWindow]: stay(S.PostWindow),
  [S.Released]: stay(S.Released),
};

/**
 * The transition table: for each command, the stages it is legal in and where it leads.
 * `outcome` only matters for a determination. Release is never refused while the engagement is
 * open: nothing in the process gates the developer's own release.
 */
const TABLE: Record<EngagementCommandType, Partial<Record<EngagementStage, (outcome?: DesignationOutcome) => EngagementStage>>> = {
  [EngagementCommandType.AssignReviewers]: {
    [S.InquirySubmitted]: to(S.UnderReview),
    [S.UnderReview]: stay(S.UnderReview),
    [S.Designated]: stay(S.Designated),
    [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
  },
  [EngagementCommandType.UnassignReviewer]: ROSTER_STAGES,
  [EngagementCommandType.Recuse]: ROSTER_STAGES,
  [EngagementCommandType.Attest]: {
    [S.UnderReview]: stay(S.UnderReview),
    [S.Recommended]: stay(S.Recommended),
    [S.Reconsideration]: stay(S.Reconsideration),
    [S.Designated]: stay(S.Designated),
    [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
  },
  [EngagementCommandType.RecordBenchmark]: {
    [S.UnderReview]: stay(S.UnderReview),
  },
  [EngagementCommandType.Recommend]: {
    [S.UnderReview]: to(S.Recommended),
  },
  [EngagementCommandType.Determine]: {
    [S.Recommended]: decided,
    [S.Reconsideration]: decided,
  },
  // Once, within RECONSIDERATION_PERIOD of the determination, before any window or partner.
  [EngagementCommandType.RequestReconsideration]: {
    [S.Designated]: to(S.Reconsideration),
    [S.ClosedNotCovered]: to(S.Reconsideration),
  },
  [EngagementCommandType.OpenWindow]: {
    [S.Designated]: to(S.PreReleaseAccess),
  },
  [EngagementCommandType.EndWindow]: {
    [S.PreReleaseAccess]: to(S.PostWindow),
  },
  [EngagementCommandType.DeclineAccess]: {
    [S.Designated]: to(S.PostWindow),
  },
  [EngagementCommandType.RecordFinding]: {
    [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
    // Within FINDINGS_GRACE of the window's end, for results obtained while it was open.
    [S.PostWindow]: stay(S.PostWindow),
    [S.Released]: stay(S.Released),
  },
  [EngagementCommandType.RespondToFinding]: {
    [S.PreReleaseAccess]: stay(S.PreReleaseAccess),
    [S.PostWindow]: stay(S.PostWindow),
    [S.Released]: stay(S.Released),
  },
  [EngagementCommandType.Release]: {
    [S.InquirySubmitted]: to(S.Released),
    [S.UnderReview]: to(S.Released),
    [S.Recommended]: to(S.Released),
    [S.Reconsideration]: to(S.Released),
    [S.Designated]: to(S.Released),
    [S.PreReleaseAccess]: to(S.Released),
    [S.PostWindow]: to(S.Released),
  },
  [EngagementCommandType.Close]: {
    [S.Designated]: to(S.Closed),
    [S.PreReleaseAccess]: to(S.Closed),
    [S.PostWindow]: to(S.Closed),
    [S.Released]: to(S.Closed),
  },
  // Trusted partners: from designation until the engagement closes.
  [EngagementCommandType.Nominate]: PARTNER_STAGES,
  [EngagementCommandType.ApproveNomination]: PARTNER_STAGES,
  [EngagementCommandType.DeclineNomination]: PARTNER_STAGES,
  [EngagementCommandType.PublishTerms]: PARTNER_STAGES,
  [EngagementCommandType.RevokeGrants]: PARTNER_STAGES,
  // Consultation on a determination: while it waits to be decided.
  [EngagementCommandType.Consult]: { [S.Recommended]: stay(S.Recommended), [S.Reconsideration]: stay(S.Reconsideration) },
  [EngagementCommandType.AnswerConsultation]: { [S.Recommended]: stay(S.Recommended), [S.Reconsideration]: stay(S.Reconsideration) },
  [EngagementCommandType.Withdraw]: {
    [S.InquirySubmitted]: to(S.Withdrawn),
    [S.UnderReview]: to(S.Withdrawn),
    [S.Recommended]: to(S.Withdrawn),
    [S.Reconsideration]: to(S.Withdrawn),
    [S.Designated]: to(S.Withdrawn),
    [S.PreReleaseAccess]: to(S.Withdrawn),
    [S.PostWindow]: to(S.Withdrawn),
    [S.Released]: to(S.Withdrawn),
  },
};

export function isLegal(stage: EngagementStage, command: EngagementCommandType): boolean {
  return TABLE[command][stage] !== undefined;
}

/** The stage a command leads to, or `undefined` when the command is illegal in `stage`. */
export function targetStage(stage: EngagementStage, command: EngagementCommandType, outcome?: DesignationOutcome): EngagementStage | undefined {
  const rule = TABLE[command][stage];
  return rule ? rule(outcome) : undefined;
}

export function legalCommands(stage: EngagementStage): EngagementCommandType[] {
  return ALL_COMMAND_TYPES.filter((command) => isLegal(stage, command));
}
