import { DomainErrorCode } from './domain-error';
import { decide } from './engagement';
import { DesignationOutcome, EngagementStage as S } from './engagement-stage';
import { EngagementCommand } from './engagement-state';
import { EngagementCommandType as C } from './engagement-transitions';
import { RECONSIDERATION_PERIOD_MS } from './reconsideration';
import { applyAt, recommendedAt, refusalAt, SPEC_DAY, specCast } from './spec-support';

const DAY = SPEC_DAY;
const T0 = 10 * DAY;
const { developer, otherDeveloper, authority, secondAuthority: second } = specCast;
const apply = applyAt;
const refusal = refusalAt;

const decidedAs = (outcome: DesignationOutcome) => applyAt(recommendedAt(T0, outcome), T0, { type: C.Determine, actor: authority, outcome });
const ask: EngagementCommand = { type: C.RequestReconsideration, actor: developer };

describe('reconsideration of a determination', () => {
  it('reopens a not-covered determination for a new decision, with a new target, keeping the first', () => {
    const closed = decidedAs(DesignationOutcome.NotCovered);
    expect(closed).toMatchObject({ stage: S.ClosedNotCovered, determinedAt: T0 });
    const reopened = apply(closed, T0 + 5 * DAY, ask);
    expect(reopened).toMatchObject({
      stage: S.Reconsideration,
      overdue: false,
      determinationDueAt: T0 + 5 * DAY + 30 * DAY,
      reconsideration: { requestedAt: T0 + 5 * DAY, originalOutcome: DesignationOutcome.NotCovered, originalDeterminedBy: 'auth' },
    });
    expect(reopened.determination).toBeUndefined();
  });

  it('a different authority, attested as one in the reconsideration, decides it; the first decider may not', () => {
    const reopened = apply(decidedAs(DesignationOutcome.Covered), T0 + DAY, ask);
    expect(refusal(reopened, { type: C.Determine, actor: authority, outcome: DesignationOutcome.NotCovered }, T0 + DAY).code).toBe(
      DomainErrorCode.TwoPersonRule,
    );
    expect(refusal(reopened, { type: C.Determine, actor: second, outcome: DesignationOutcome.NotCovered }, T0 + DAY).code).toBe(
      DomainErrorCode.AttestationRequired,
    );
    const decided = apply(
      reopened,
      T0 + 2 * DAY,
      { type: C.Attest, actor: second },
      { type: C.Determine, actor: second, outcome: DesignationOutcome.NotCovered },
    );
    expect(decided).toMatchObject({ stage: S.ClosedNotCovered, determination: DesignationOutcome.NotCovered, determinedBy: 'auth2' });
  });

  it('is asked once, by the developer organization, within 30 days of the determination', () => {
    const closed = decidedAs(DesignationOutcome.NotCovered);
    expect(decide(closed, ask, T0 + RECONSIDERATION_PERIOD_MS).type).toBe('RECONSIDERATION_REQUESTED');
    expect(refusal(closed, ask, T0 + RECONSIDERATION_PERIOD_MS + 1).code).toBe(DomainErrorCode.ReconsiderationPeriodPassed);
    expect(refusal(closed, { type: C.RequestReconsideration, actor: otherDeveloper }, T0).code).toBe(DomainErrorCode.NotOnRoster);
    expect(refusal(closed, { type: C.RequestReconsideration, actor: authority }, T0).code).toBe(DomainErrorCode.RoleRequired);
    const decidedAgain = apply(
      closed,
      T0 + DAY,
      ask,
      { type: C.Attest, actor: second },
      { type: C.Determine, actor: second, outcome: DesignationOutcome.NotCovered },
    );
    expect(refusal(decidedAgain, ask, T0 + DAY).code).toBe(DomainErrorCode.ReconsiderationUsed);
  });

  it('is not asked once partners were nominated on the designation, nor once a window opened', () => {
    const designated = decidedAs(DesignationOutcome.Covered);
    const nominated = apply(designated, T0, { type: C.Nominate, actor: developer, nominationId: 'n1', answerWithinMs: 14 * DAY });
    expect(refusal(nominated, ask, T0).code).toBe(DomainErrorCode.ReconsiderationAfterNomination);
    const inWindow = apply(designated, T0, { type: C.OpenWindow, actor: developer, days: 30 });
    expect(refusal(inWindow, ask, T0).code).toBe(DomainErrorCode.IllegalTransition);
  });

  it('a determination made before the rule existed (no date kept) is not reconsidered', () => {
    const { determinedAt: _at, ...old } = decidedAs(DesignationOutcome.NotCovered);
    expect(refusal(old, ask, T0).code).toBe(DomainErrorCode.ReconsiderationPeriodPassed);
  });
});
