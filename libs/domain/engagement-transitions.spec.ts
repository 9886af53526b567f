import { ALL_STAGES, DesignationOutcome, EngagementStage as S, isTerminal } from './engagement-stage';
import { ALL_COMMAND_TYPES, EngagementCommandType as C, isLegal, legalCommands, targetStage } from './engagement-transitions';

/** The transition table as the issue states it, written out independently of the implementation. */
/** Partner commands: legal from designation until the end, and they leave the stage as it is. */
const PARTNERS = { [S.Designated]: S.Designated, [S.PreReleaseAccess]: S.PreReleaseAccess, [S.PostWindow]: S.PostWindow, [S.Released]: S.Released };

/** Roster commands (unassigning, recusing): legal from the review until the end, and they leave the stage as it is. */
const ROSTER = {
  [S.UnderReview]: S.UnderReview,
  [S.Reconsideration]: S.Reconsideration,
  [S.Recommended]: S.Recommended,
  [S.Designated]: S.Designated,
  [S.PreReleaseAccess]: S.PreReleaseAccess,
  [S.PostWindow]: S.PostWindow,
  [S.Released]: S.Released,
};

const EXPECTED: Record<C, Partial<Record<S, S | { covered: S; notCovered: S }>>> = {
  [C.AssignReviewers]: {
    [S.InquirySubmitted]: S.UnderReview,
    [S.UnderReview]: S.UnderReview,
    [S.Designated]: S.Designated,
    [S.PreReleaseAccess]: S.PreReleaseAccess,
  },
  [C.UnassignReviewer]: ROSTER,
  [C.Recuse]: ROSTER,
  [C.Attest]: {
    [S.UnderReview]: S.UnderReview,
    [S.Recommended]: S.Recommended,
    [S.Reconsideration]: S.Reconsideration,
    [S.Designated]: S.Designated,
    [S.PreReleaseAccess]: S.PreReleaseAccess,
  },
  [C.RecordBenchmark]: { [S.UnderReview]: S.UnderReview },
  [C.Recommend]: { [S.UnderReview]: S.Recommended },
  [C.Determine]: {
    [S.Recommended]: { covered: S.Designated, notCovered: S.ClosedNotCovered },
    [S.Reconsideration]: { covered: S.Designated, notCovered: S.ClosedNotCovered },
  },
  [C.RequestReconsideration]: { [S.Designated]: S.Reconsideration, [S.ClosedNotCovered]: S.Reconsideration },
  [C.OpenWindow]: { [S.Designated]: S.PreReleaseAccess },
  [C.EndWindow]: { [S.PreReleaseAccess]: S.PostWindow },
  [C.DeclineAccess]: { [S.Designated]: S.PostWindow },
  [C.RecordFinding]: { [S.PreReleaseAccess]: S.PreReleaseAccess, [S.PostWindow]: S.PostWindow, [S.Released]: S.Released },
  [C.RespondToFinding]: { [S.PreReleaseAccess]: S.PreReleaseAccess, [S.PostWindow]: S.PostWindow, [S.Released]: S.Released },
  [C.Release]: {
    [S.InquirySubmitted]: S.Released,
    [S.UnderReview]: S.Released,
    [S.Recommended]: S.Released,
    [S.Reconsideration]: S.Released,
    [S.Designated]: S.Released,
    [S.PreReleaseAccess]: S.Released,
    [S.PostWindow]: S.Released,
  },
  [C.Close]: { [S.Designated]: S.Closed, [S.PreReleaseAccess]: S.Closed, [S.PostWindow]: S.Closed, [S.Released]: S.Closed },
  [C.Nominate]: PARTNERS,
  [C.ApproveNomination]: PARTNERS,
  [C.DeclineNomination]: PARTNERS,
  [C.PublishTerms]: PARTNERS,
  [C.RevokeGrants]: PARTNERS,
  [C.Consult]: { [S.Recommended]: S.Recommended, [S.Reconsideration]: S.Reconsideration },
  [C.AnswerConsultation]: { [S.Recommended]: S.Recommended, [S.Reconsideration]: S.Reconsideration },
  [C.Withdraw]: {
    [S.InquirySubmitted]: S.Withdrawn,
    [S.UnderReview]: S.Withdrawn,
    [S.Recommended]: S.Withdrawn,
    [S.Reconsideration]: S.Withdrawn,
    [S.Designated]: S.Withdrawn,
    [S.PreReleaseAccess]: S.Withdrawn,
    [S.PostWindow]: S.Withdrawn,
    [S.Released]: S.Withdrawn,
  },
};

const pairs = ALL_COMMAND_TYPES.flatMap((command) => ALL_STAGES.map((stage) => [command, stage] as const));
const legal = pairs.filter(([command, stage]) => EXPECTED[command][stage] !== undefined);
const illegal = pairs.filter(([command, stage]) => EXPECTED[command][stage] === undefined);

describe('engagement transition table', () => {
  it('covers every command in every stage', () => {
    expect(pairs).toHaveLength(ALL_COMMAND_TYPES.length * ALL_STAGES.length);
    expect(legal.length + illegal.length).toBe(pairs.length);
  });

  it.each(legal)('%s is legal in %s and leads where it should', (command, stage) => {
    const expected = EXPECTED[command][stage]!;
    expect(isLegal(stage, command)).toBe(true);
    if (typeof expected === 'string') {
      expect(targetStage(stage, command)).toBe(expected);
    } else {
      expect(targetStage(stage, command, DesignationOutcome.Covered)).toBe(expected.covered);
      expect(targetStage(stage, command, DesignationOutcome.NotCovered)).toBe(expected.notCovered);
    }
  });

  it.each(illegal)('%s is illegal in %s', (command, stage) => {
    expect(isLegal(stage, command)).toBe(false);
    expect(targetStage(stage, command, DesignationOutcome.Covered)).toBeUndefined();
  });

  it('release is never refused while the engagement is open, except once it is recorded', () => {
    for (const stage of ALL_STAGES.filter((s) => !isTerminal(s) && s !== S.Released)) {
      expect(targetStage(stage, C.Release)).toBe(S.Released);
    }
  });

  it('no command lengthens a window: nothing leads back into PRE_RELEASE_ACCESS once it is left', () => {
    for (const command of ALL_COMMAND_TYPES) {
      for (const stage of ALL_STAGES.filter((s) => s !== S.PreReleaseAccess && s !== S.Designated)) {
        expect(targetStage(stage, command, DesignationOutcome.Covered)).not.toBe(S.PreReleaseAccess);
      }
    }
  });

  it('terminal stages accept nothing (but the one reconsideration of a not-covered determination); every other stage accepts withdrawal', () => {
    for (const stage of ALL_STAGES) {
      if (isTerminal(stage)) {
        expect(legalCommands(stage)).toEqual(stage === S.ClosedNotCovered ? [C.RequestReconsideration] : []);
      } else {
        expect(legalCommands(stage)).toContain(C.Withdraw);
      }
    }
    expect(ALL_STAGES.filter(isTerminal).sort()).toEqual([S.ClosedNotCovered, S.Withdrawn, S.Closed].sort());
  });
});
