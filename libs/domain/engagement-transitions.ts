import { DesignationOutcome, EngagementStage } from './engagement-stage';

/** Every command the engagement accepts. */
export enum EngagementCommandType {
  AssignReviewers = 'ASSIGN_REVIEWERS',
  Attest = 'ATTEST',
  RecordBenchmark = 'RECORD_BENCHMARK',
  Recommend = 'RECOMMEND',
  Determine = 'DETERMINE',
  Withdraw = 'WITHDRAW',
}

export const ALL_COMMAND_TYPES: readonly EngagementCommandType[] = Object.values(EngagementCommandType);

const S = EngagementStage;

/**
 * The transition table: for each command, the stages it is legal in and where it leads.
 * `outcome` only matters for a determination.
 */
const TABLE: Record<EngagementCommandType, Partial<Record<EngagementStage, (outcome?: DesignationOutcome) => EngagementStage>>> = {
  [EngagementCommandType.AssignReviewers]: {
    [S.InquirySubmitted]: () => S.UnderReview,
    [S.UnderReview]: () => S.UnderReview,
  },
  [EngagementCommandType.Attest]: {
    [S.UnderReview]: () => S.UnderReview,
    [S.Recommended]: () => S.Recommended,
  },
  [EngagementCommandType.RecordBenchmark]: {
    [S.UnderReview]: () => S.UnderReview,
  },
  [EngagementCommandType.Recommend]: {
    [S.UnderReview]: () => S.Recommended,
  },
  [EngagementCommandType.Determine]: {
    [S.Recommended]: (outcome) => (outcome === DesignationOutcome.Covered ? S.Designated : S.ClosedNotCovered),
  },
  [EngagementCommandType.Withdraw]: {
    [S.InquirySubmitted]: () => S.Withdrawn,
    [S.UnderReview]: () => S.Withdrawn,
    [S.Recommended]: () => S.Withdrawn,
    [S.Designated]: () => S.Withdrawn,
  },
};

export function isLegal(stage: EngagementStage, command: EngagementCommandType): boolean {
  return TABLE[command][stage] !== undefined;
}

/** The stage a command leads to, or `undefined` when the command is illegal in `stage`. */
export function targetStage(
  stage: EngagementStage,
  command: EngagementCommandType,
  outcome?: DesignationOutcome,
): EngagementStage | undefined {
  const rule = TABLE[command][stage];
  return rule ? rule(outcome) : undefined;
}

export function legalCommands(stage: EngagementStage): EngagementCommandType[] {
  return ALL_COMMAND_TYPES.filter((command) => isLegal(stage, command));
}
