import { DomainErrorCode, DomainRuleError } from './domain-error';
import { decide, evolve } from './engagement';
import { CURRENT_RULES, DecisionRules } from './engagement-rules';
import { DesignationOutcome, EngagementStage as S } from './engagement-stage';
import { AttestationCapacity, EngagementCommand, EngagementState, initialState, NominationSide } from './engagement-state';
import { EngagementCommandType as C } from './engagement-transitions';
import { sideOf } from './nominations';
import { Actor, Role } from './roles';

const DAY = 86_400_000;
const admin: Actor = { sub: 'adm', org: 'program-office', roles: [Role.ProgramAdmin] };
const reviewer: Actor = { sub: 'rev', org: 'nsa', roles: [Role.Reviewer] };
const second: Actor = { sub: 'rev2', org: 'cisa', roles: [Role.Reviewer, Role.DesignationAuthority] };
const authority: Actor = { sub: 'auth', org: 'nsa', roles: [Role.DesignationAuthority] };
/** Someone of the developer's own organization who also claims every government role. */
const insider: Actor = { sub: 'mallory', org: 'acme-ai', roles: [Role.Developer, Role.Reviewer, Role.DesignationAuthority, Role.ProgramAdmin] };

const OLD_RULES: DecisionRules = { ...CURRENT_RULES, organizationSeparation: false };

const submitted = initialState({ engagementId: 'e1', developerOrg: 'acme-ai', submittedBy: 'dev', submittedAt: 1_000, determinationTargetMs: 30 * DAY });

function apply(state: EngagementState, ...commands: EngagementCommand[]): EngagementState {
  return commands.reduce((s, command) => evolve(s, decide(s, command, 2_000)), state);
}

function refusal(state: EngagementState, command: EngagementCommand, rules?: DecisionRules): DomainRuleError {
  try {
    decide(state, command, 2_000, rules);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRuleError);
    return error as DomainRuleError;
  }
  throw new Error(`${command.type} was allowed`);
}

const underReview = apply(
  submitted,
  { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev', 'rev2'] },
  { type: C.Attest, actor: reviewer },
  { type: C.Attest, actor: second },
);
const recommended = apply(
  underReview,
  { type: C.RecordBenchmark, actor: reviewer },
  { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.Covered },
);

describe('nobody decides their own organization’s case', () => {
  it("someone of the developer's organization does no government work on its engagement, whatever roles they claim", () => {
    const withInsider = apply(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev', 'mallory'] });
    expect(refusal(submitted, { type: C.AssignReviewers, actor: insider, reviewerIds: ['rev'] }).code).toBe(DomainErrorCode.OwnOrganization);
    expect(refusal(withInsider, { type: C.Attest, actor: insider }).code).toBe(DomainErrorCode.OwnOrganization);
    expect(refusal(recommended, { type: C.Attest, actor: { ...insider, roles: [Role.DesignationAuthority] } }).code).toBe(DomainErrorCode.OwnOrganization);
    expect(refusal(recommended, { type: C.Determine, actor: insider, outcome: DesignationOutcome.NotCovered }).code).toBe(DomainErrorCode.OwnOrganization);
  });

  it('the verified case of the review: a developer holding the authority role attests and decides its own model NOT_COVERED — refused', () => {
    const selfDecider: Actor = { sub: 'boss', org: 'acme-ai', roles: [Role.Developer, Role.DesignationAuthority] };
    expect(refusal(recommended, { type: C.Attest, actor: selfDecider }).code).toBe(DomainErrorCode.OwnOrganization);
    // Under the rules runs began with, the same commands went through: that is what the patch keeps for old histories.
    const attestedOld = evolve(recommended, decide(recommended, { type: C.Attest, actor: selfDecider }, 2_000, OLD_RULES));
    expect(decide(attestedOld, { type: C.Determine, actor: selfDecider, outcome: DesignationOutcome.NotCovered }, 2_000, OLD_RULES).type).toBe('DETERMINED');
  });

  it('acts for the government in a nomination only from outside the developer organization', () => {
    expect(sideOf(insider, 'acme-ai')).toBe(NominationSide.Developer);
    expect(sideOf({ ...insider, roles: [Role.ProgramAdmin] }, 'acme-ai')).toBeUndefined();
    expect(sideOf({ ...insider, roles: [Role.ProgramAdmin] }, 'acme-ai', OLD_RULES)).toBe(NominationSide.Government);
    expect(sideOf(admin, 'acme-ai')).toBe(NominationSide.Government);
  });
});

describe('an attestation counts in the capacity it was made in', () => {
  it('an assigned reviewer who also holds the authority role attested as a reviewer, and does not decide', () => {
    const byReviewer = recommended;
    expect(byReviewer.attested).toContain('rev2');
    expect(byReviewer.authorityAttested ?? []).not.toContain('rev2');
    // The second assigned reviewer cannot attest again as an authority, and may not decide.
    expect(refusal(byReviewer, { type: C.Attest, actor: second }).code).toBe(DomainErrorCode.AlreadyAttested);
    expect(refusal(byReviewer, { type: C.Determine, actor: second, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.TwoPersonRule);
    // Before the rule, that very decision went through.
    expect(decide(byReviewer, { type: C.Determine, actor: second, outcome: DesignationOutcome.Covered }, 2_000, OLD_RULES).type).toBe('DETERMINED');
  });

  it('an authority who is not a reviewer attests as an authority, and then decides', () => {
    const attested = apply(recommended, { type: C.Attest, actor: authority });
    expect(attested.authorityAttested).toEqual(['auth']);
    expect(decide(attested, { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered }, 2_000).toStage).toBe(S.Designated);
  });

  it('an authority who has not attested as one does not decide', () => {
    const unattested = recommended;
    expect(refusal(unattested, { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.AttestationRequired);
  });
});

describe('recusal and unassignment', () => {
  it('a reviewer recuses: off the roster at once, and never assigned again', () => {
    const event = decide(underReview, { type: C.Recuse, actor: reviewer }, 3_000);
    expect(event).toEqual(expect.objectContaining({ type: 'RECUSED', capacity: AttestationCapacity.Reviewer, actorSub: 'rev', toStage: S.UnderReview }));
    const after = evolve(underReview, event);
    expect(after.reviewers).toEqual(['rev2']);
    expect(after.recused).toEqual(['rev']);
    expect(refusal(after, { type: C.RecordBenchmark, actor: reviewer }).code).toBe(DomainErrorCode.Recused);
    expect(refusal(after, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] }).code).toBe(DomainErrorCode.Recused);
    expect(refusal(after, { type: C.Recuse, actor: reviewer }).code).toBe(DomainErrorCode.NotOnRoster);
  });

  it('an authority recuses once there is a recommendation, and then neither attests nor decides', () => {
    expect(refusal(underReview, { type: C.Recuse, actor: authority }).code).toBe(DomainErrorCode.NotOnRoster);
    const recused = apply(recommended, { type: C.Recuse, actor: authority });
    expect(recused.recused).toEqual(['auth']);
    expect(refusal(recused, { type: C.Attest, actor: authority }).code).toBe(DomainErrorCode.Recused);
    const attestedThenRecused = apply(recommended, { type: C.Attest, actor: authority }, { type: C.Recuse, actor: authority });
    expect(refusal(attestedThenRecused, { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.Recused);
  });

  it('a program administrator unassigns a reviewer, who then acts no more; only an assigned reviewer can be unassigned', () => {
    expect(refusal(underReview, { type: C.UnassignReviewer, actor: reviewer, reviewerSub: 'rev' }).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(underReview, { type: C.UnassignReviewer, actor: admin, reviewerSub: 'nobody' }).code).toBe(DomainErrorCode.NotOnRoster);
    const after = apply(underReview, { type: C.UnassignReviewer, actor: admin, reviewerSub: 'rev' });
    expect(after.reviewers).toEqual(['rev2']);
    expect(refusal(after, { type: C.RecordBenchmark, actor: reviewer }).code).toBe(DomainErrorCode.NotOnRoster);
  });
});
