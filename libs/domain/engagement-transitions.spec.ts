import { DesignationOutcome, EngagementStage as S, isTerminal, ALL_STAGES } from './engagement-stage';
import { ALL_COMMAND_TYPES, EngagementCommandType as C, isLegal, legalCommands, targetStage } from './engagement-transitions';

/** The transition table as the issue states it, written out independently of the implementation. */
const EXPECTED: Record<C, Partial<Record<S, S | { covered: S; notCovered: S }>>> = {
  [C.AssignReviewers]: { [S.InquirySubmitted]: S.UnderReview, [S.UnderReview]: S.UnderReview },
  [C.Attest]: { [S.UnderReview]: S.UnderReview, [S.Recommended]: S.Recommended },
  [C.RecordBenchmark]: { [S.UnderReview]: S.UnderReview },
  [C.Recommend]: { [S.UnderReview]: S.Recommended },
  [C.Determine]: { [S.Recommended]: { covered: S.Designated, notCovered: S.ClosedNotCovered } },
  [C.Withdraw]: { [S.InquirySubmitted]: S.Withdrawn, [S.UnderReview]: S.Withdrawn, [S.Recommended]: S.Withdrawn, [S.Designated]: S.Withdrawn },
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

  it('terminal stages accept nothing; every other stage accepts withdrawal', () => {
    for (const stage of ALL_STAGES) {
      if (isTerminal(stage)) {
        expect(legalCommands(stage)).toEqual([]);
      } else {
        expect(legalCommands(stage)).toContain(C.Withdraw);
      }
    }
    expect(ALL_STAGES.filter(isTerminal).sort()).toEqual([S.ClosedNotCovered, S.Withdrawn].sort());
  });
});
