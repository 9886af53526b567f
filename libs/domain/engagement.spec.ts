import { MAX_WINDOW_DAYS, reviewerAccessOpen, windowExpiredEvent } from './access-window';
import { RemediationTier, TechnicalImpact } from './bod-26-04';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { decide, evolve, overdueEvent } from './engagement';
import { DEFAULT_FINDINGS_GRACE_MS } from './engagement-rules';
import { ALL_STAGES, DesignationOutcome, EngagementStage as S, isTerminal } from './engagement-stage';
import {
  AttestationCapacity,
  EngagementCommand,
  EngagementEvent,
  EngagementState,
  FindingResponseStatus,
  initialState,
  WindowEndReason,
} from './engagement-state';
import { ALL_COMMAND_TYPES, EngagementCommandType as C, isLegal } from './engagement-transitions';
import { Actor, Role } from './roles';

const DAY = 86_400_000;
const developer: Actor = { sub: 'dev', org: 'acme', roles: [Role.Developer] };
const otherDeveloper: Actor = { sub: 'eve', org: 'rival', roles: [Role.Developer] };
const admin: Actor = { sub: 'adm', org: 'gov', roles: [Role.ProgramAdmin] };
const reviewer: Actor = { sub: 'rev', org: 'nsa', roles: [Role.Reviewer] };
const authority: Actor = { sub: 'auth', org: 'nsa', roles: [Role.DesignationAuthority] };
const dual: Actor = { sub: 'dual', org: 'nsa', roles: [Role.Reviewer, Role.DesignationAuthority] };

const submitted = initialState({ engagementId: 'e1', developerOrg: 'acme', submittedBy: 'dev', submittedAt: 1_000, determinationTargetMs: 30 * DAY });

function refusal(state: EngagementState, command: EngagementCommand, now = 2_000): DomainRuleError {
  try {
    decide(state, command, now);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRuleError);
    return error as DomainRuleError;
  }
  throw new Error(`${command.type} was allowed in ${state.stage}`);
}

function apply(state: EngagementState, ...commands: EngagementCommand[]): EngagementState {
  return commands.reduce((s, command) => evolve(s, decide(s, command, 2_000)), state);
}

const underReview = apply(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev', 'dual'] }, { type: C.Attest, actor: reviewer });
const withBenchmark = apply(underReview, { type: C.RecordBenchmark, actor: reviewer });
const recommended = apply(withBenchmark, { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.Covered });

const designated = apply(recommended, { type: C.Attest, actor: authority }, { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered });
const inWindow = apply(designated, { type: C.OpenWindow, actor: developer, days: 30 });
const kev = { inKev: true, publiclyExposed: true, automatable: false, technicalImpact: TechnicalImpact.Total };

/** A state in every stage, reached through legal commands only. */
const IN_STAGE: Record<S, EngagementState> = {
  [S.InquirySubmitted]: submitted,
  [S.UnderReview]: underReview,
  [S.Recommended]: apply(recommended, { type: C.Attest, actor: authority }),
  [S.Designated]: designated,
  [S.Reconsideration]: apply(designated, { type: C.RequestReconsideration, actor: developer }),
  [S.PreReleaseAccess]: inWindow,
  [S.PostWindow]: apply(inWindow, { type: C.EndWindow, actor: developer }),
  [S.Released]: apply(inWindow, { type: C.Release, actor: developer }),
  [S.ClosedNotCovered]: apply(
    recommended,
    { type: C.Attest, actor: authority },
    { type: C.Determine, actor: authority, outcome: DesignationOutcome.NotCovered },
  ),
  [S.Withdrawn]: apply(submitted, { type: C.Withdraw, actor: developer }),
  [S.Closed]: apply(designated, { type: C.Close, actor: developer }),
};

/** A command each actor would be allowed to send if the stage permitted it. */
const ATTEMPT: Record<C, EngagementCommand> = {
  [C.AssignReviewers]: { type: C.AssignReviewers, actor: admin, reviewerIds: ['new-reviewer'] },
  [C.UnassignReviewer]: { type: C.UnassignReviewer, actor: admin, reviewerSub: 'rev' },
  [C.Recuse]: { type: C.Recuse, actor: reviewer },
  [C.Attest]: { type: C.Attest, actor: { ...reviewer, sub: 'dual', roles: [Role.Reviewer] } },
  [C.RecordBenchmark]: { type: C.RecordBenchmark, actor: reviewer },
  [C.Recommend]: { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.Covered },
  [C.Determine]: { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered },
  [C.OpenWindow]: { type: C.OpenWindow, actor: developer, days: 30 },
  [C.EndWindow]: { type: C.EndWindow, actor: developer },
  [C.DeclineAccess]: { type: C.DeclineAccess, actor: developer },
  [C.RecordFinding]: { type: C.RecordFinding, actor: reviewer, findingId: 'f1', inputs: kev },
  [C.RespondToFinding]: { type: C.RespondToFinding, actor: developer, findingId: 'f1', status: FindingResponseStatus.Acknowledged },
  [C.Release]: { type: C.Release, actor: developer },
  [C.Close]: { type: C.Close, actor: developer },
  [C.Nominate]: { type: C.Nominate, actor: developer, nominationId: 'n1', answerWithinMs: 14 * DAY },
  [C.ApproveNomination]: { type: C.ApproveNomination, actor: admin, nominationId: 'n1' },
  [C.DeclineNomination]: { type: C.DeclineNomination, actor: admin, nominationId: 'n1' },
  [C.PublishTerms]: { type: C.PublishTerms, actor: developer, version: 'v1' },
  [C.RevokeGrants]: { type: C.RevokeGrants, actor: admin },
  [C.Withdraw]: { type: C.Withdraw, actor: developer },
  [C.RequestReconsideration]: { type: C.RequestReconsideration, actor: developer },
  [C.Consult]: { type: C.Consult, actor: authority, consultationId: 'c1', organization: 'doe', answerBy: 40 * DAY },
  [C.AnswerConsultation]: { type: C.AnswerConsultation, actor: authority, consultationId: 'c1', concurs: true },
};

describe('decide: illegal transitions are refused with the current stage', () => {
  const illegal = ALL_STAGES.flatMap((stage) => ALL_COMMAND_TYPES.filter((c) => !isLegal(stage, c)).map((c) => [c, stage] as const));
  it.each(illegal)('%s in %s', (command, stage) => {
    const error = refusal(IN_STAGE[stage], ATTEMPT[command]);
    expect(error.code).toBe(DomainErrorCode.IllegalTransition);
    expect(error.details.stage).toBe(stage);
  });
});

describe('decide and evolve: the legal path', () => {
  it('submission starts the clock at the configured target', () => {
    expect(submitted).toEqual(expect.objectContaining({ stage: S.InquirySubmitted, version: 1, determinationDueAt: 1_000 + 30 * DAY, overdue: false }));
  });

  it('each accepted command bumps the version by one and records who acted', () => {
    const event = decide(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] }, 5_000);
    expect(event).toEqual({
      type: 'REVIEWERS_ASSIGNED',
      at: 5_000,
      actorSub: 'adm',
      fromStage: S.InquirySubmitted,
      toStage: S.UnderReview,
      reviewerIds: ['rev'],
    });
    expect(evolve(submitted, event)).toEqual(expect.objectContaining({ stage: S.UnderReview, version: 2, reviewers: ['rev'] }));
  });

  it('assigning more reviewers adds only new ones; assigning only known ones is refused', () => {
    const more = decide(underReview, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev', 'second', 'second'] }, 3_000);
    expect(more).toEqual(expect.objectContaining({ reviewerIds: ['second'] }));
    expect(refusal(underReview, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] }).code).toBe(DomainErrorCode.NothingToAssign);
  });

  it('recommendation and determination are recorded with their authors', () => {
    expect(recommended).toEqual(expect.objectContaining({ stage: S.Recommended, recommendedBy: 'rev', recommendation: DesignationOutcome.Covered }));
    expect(IN_STAGE[S.Designated]).toEqual(expect.objectContaining({ determinedBy: 'auth', determination: DesignationOutcome.Covered }));
    expect(isTerminal(IN_STAGE[S.ClosedNotCovered].stage)).toBe(true);
  });

  it('the overdue event is stamped at the target itself and a later determination clears it', () => {
    const event = overdueEvent(underReview);
    expect(event).toEqual(expect.objectContaining({ type: 'DETERMINATION_OVERDUE', at: underReview.determinationDueAt, actorSub: 'system' }));
    const late = evolve(underReview, event);
    expect(late.overdue).toBe(true);
    expect(late.stage).toBe(S.UnderReview);
    const decided = apply(
      late,
      { type: C.RecordBenchmark, actor: reviewer },
      { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.NotCovered },
      { type: C.Attest, actor: authority },
      { type: C.Determine, actor: authority, outcome: DesignationOutcome.NotCovered },
    );
    expect(decided.overdue).toBe(false);
  });

  it('evolve handles every event type', () => {
    const events: EngagementEvent['type'][] = [
      'REVIEWERS_ASSIGNED',
      'REVIEWER_UNASSIGNED',
      'RECUSED',
      'ATTESTED',
      'BENCHMARK_RECORDED',
      'RECOMMENDED',
      'DETERMINED',
      'WINDOW_OPENED',
      'WINDOW_ENDED',
      'ACCESS_DECLINED',
      'FINDING_RECORDED',
      'FINDING_RESPONDED',
      'RELEASED',
      'CLOSED',
      'WITHDRAWN',
      'DETERMINATION_OVERDUE',
    ];
    const seen = new Set<string>();
    const walk = (state: EngagementState, commands: EngagementCommand[]) =>
      commands.reduce((s, c) => {
        const e = decide(s, c, 2_000);
        seen.add(e.type);
        return evolve(s, e);
      }, state);
    walk(submitted, [
      { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] },
      { type: C.Attest, actor: reviewer },
      { type: C.RecordBenchmark, actor: reviewer },
      { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.Covered },
      { type: C.Attest, actor: authority },
      { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered },
      { type: C.OpenWindow, actor: developer, days: 10 },
      { type: C.RecordFinding, actor: reviewer, findingId: 'f1', inputs: kev },
      { type: C.RespondToFinding, actor: developer, findingId: 'f1', status: FindingResponseStatus.Fixed },
      { type: C.EndWindow, actor: developer },
      { type: C.Release, actor: developer },
      { type: C.Close, actor: developer },
    ]);
    walk(designated, [
      { type: C.DeclineAccess, actor: developer },
      { type: C.Withdraw, actor: developer },
    ]);
    walk(underReview, [
      { type: C.UnassignReviewer, actor: admin, reviewerSub: 'dual' },
      { type: C.Recuse, actor: reviewer },
    ]);
    seen.add(overdueEvent(submitted).type);
    expect([...seen].sort()).toEqual([...events].sort());
  });
});

describe('decide: who may do what', () => {
  it('only a program administrator assigns reviewers, and never themselves', () => {
    expect(refusal(submitted, { type: C.AssignReviewers, actor: developer, reviewerIds: ['x'] }).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['adm'] }).code).toBe(DomainErrorCode.SelfAssignment);
  });

  it('only assigned reviewers attest during review; a designation authority attests once recommended', () => {
    const assigned = apply(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] });
    expect(refusal(assigned, { type: C.Attest, actor: { ...reviewer, sub: 'stranger' } }).code).toBe(DomainErrorCode.NotOnRoster);
    expect(refusal(assigned, { type: C.Attest, actor: authority }).code).toBe(DomainErrorCode.NotOnRoster);
    expect(decide(assigned, { type: C.Attest, actor: reviewer }, 2).toStage).toBe(S.UnderReview);
    const event = decide(recommended, { type: C.Attest, actor: authority }, 2);
    expect(event).toEqual(expect.objectContaining({ type: 'ATTESTED', capacity: AttestationCapacity.Authority }));
    expect(refusal(underReview, { type: C.Attest, actor: reviewer }).code).toBe(DomainErrorCode.AlreadyAttested);
  });

  it('benchmark results and recommendations need an assigned reviewer who has attested', () => {
    const assigned = apply(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev', 'dual'] });
    expect(refusal(assigned, { type: C.RecordBenchmark, actor: reviewer }).code).toBe(DomainErrorCode.AttestationRequired);
    expect(refusal(underReview, { type: C.RecordBenchmark, actor: { ...reviewer, sub: 'stranger' } }).code).toBe(DomainErrorCode.NotOnRoster);
    expect(refusal(underReview, { type: C.RecordBenchmark, actor: { ...admin, sub: 'rev' } }).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(underReview, { type: C.Recommend, actor: reviewer, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.BenchmarkRequired);
  });

  it('two-person rule: the recommender may not decide, whatever roles they hold', () => {
    const byDual = apply(
      apply(submitted, { type: C.AssignReviewers, actor: admin, reviewerIds: ['dual'] }),
      { type: C.Attest, actor: dual },
      { type: C.RecordBenchmark, actor: dual },
      { type: C.Recommend, actor: dual, outcome: DesignationOutcome.Covered },
    );
    const error = refusal(byDual, { type: C.Determine, actor: dual, outcome: DesignationOutcome.Covered });
    expect(error.code).toBe(DomainErrorCode.TwoPersonRule);
    const everything: Actor = { sub: 'dual', org: 'gov', roles: [Role.ProgramAdmin, Role.Auditor, Role.Reviewer, Role.DesignationAuthority] };
    expect(refusal(byDual, { type: C.Determine, actor: everything, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.TwoPersonRule);
  });

  it('a decision needs the designation-authority role and an attestation', () => {
    expect(refusal(recommended, { type: C.Determine, actor: { ...reviewer, sub: 'other' }, outcome: DesignationOutcome.Covered }).code).toBe(
      DomainErrorCode.RoleRequired,
    );
    expect(refusal(recommended, { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered }).code).toBe(DomainErrorCode.AttestationRequired);
  });

  it('only the developer organization withdraws', () => {
    expect(refusal(underReview, { type: C.Withdraw, actor: otherDeveloper }).code).toBe(DomainErrorCode.NotOnRoster);
    expect(refusal(underReview, { type: C.Withdraw, actor: admin }).code).toBe(DomainErrorCode.RoleRequired);
    expect(decide(underReview, { type: C.Withdraw, actor: { ...developer, sub: 'colleague' } }, 2).toStage).toBe(S.Withdrawn);
  });
});

describe('the pre-release access window', () => {
  it('opens for the days asked, at most 30, counted from when the developer opens it', () => {
    const event = decide(designated, { type: C.OpenWindow, actor: developer, days: 12 }, 50_000);
    expect(event).toEqual(expect.objectContaining({ type: 'WINDOW_OPENED', toStage: S.PreReleaseAccess, closesAt: 50_000 + 12 * DAY }));
    expect(evolve(designated, event).window).toEqual({ openedAt: 50_000, closesAt: 50_000 + 12 * DAY });
    for (const days of [0, MAX_WINDOW_DAYS + 1, 2.5, -3]) {
      const error = refusal(designated, { type: C.OpenWindow, actor: developer, days });
      expect(error.code).toBe(DomainErrorCode.WindowCapExceeded);
    }
  });

  it('is never longer than 30 real days, whatever length of day a command claims', () => {
    expect(decide(designated, { type: C.OpenWindow, actor: developer, days: 30, dayMs: 30_000 }, 0)).toEqual(
      expect.objectContaining({ closesAt: 30 * 30_000 }),
    );
    for (const dayMs of [DAY + 1, 2 * DAY, 0, -DAY, Number.NaN]) {
      expect(refusal(designated, { type: C.OpenWindow, actor: developer, days: 30, dayMs }).code).toBe(DomainErrorCode.WindowCapExceeded);
    }
    expect(refusal(designated, { type: C.OpenWindow, actor: developer, days: 30, remindBeforeMs: [-DAY] }).code).toBe(DomainErrorCode.WindowCapExceeded);
  });

  it('only the developer organization opens, ends or declines it', () => {
    for (const actor of [otherDeveloper, admin, reviewer]) {
      expect(() => decide(designated, { type: C.OpenWindow, actor, days: 30 }, 1)).toThrow(DomainRuleError);
      expect(() => decide(inWindow, { type: C.EndWindow, actor }, 1)).toThrow(DomainRuleError);
      expect(() => decide(designated, { type: C.DeclineAccess, actor }, 1)).toThrow(DomainRuleError);
    }
  });

  it('expires on its own clock at closesAt, exactly', () => {
    const event = windowExpiredEvent(inWindow)!;
    expect(event).toEqual(
      expect.objectContaining({ type: 'WINDOW_ENDED', reason: WindowEndReason.Expired, at: inWindow.window!.closesAt, toStage: S.PostWindow }),
    );
    const after = evolve(inWindow, event);
    expect(after.window).toEqual({ ...inWindow.window, endedAt: inWindow.window!.closesAt, endReason: WindowEndReason.Expired });
    expect(windowExpiredEvent(after)).toBeUndefined();
  });

  const endings: [string, EngagementCommand, S, WindowEndReason][] = [
    ['early end', { type: C.EndWindow, actor: developer }, S.PostWindow, WindowEndReason.EndedEarly],
    ['withdrawal', { type: C.Withdraw, actor: developer }, S.Withdrawn, WindowEndReason.Withdrawn],
    ['release', { type: C.Release, actor: developer }, S.Released, WindowEndReason.Released],
    ['closure', { type: C.Close, actor: developer }, S.Closed, WindowEndReason.Closed],
  ];
  it.each(endings)('%s ends it at once and says why', (_what, command, stage, reason) => {
    const after = evolve(inWindow, decide(inWindow, command, 7_000));
    expect(after.stage).toBe(stage);
    expect(after.window).toEqual(expect.objectContaining({ endedAt: 7_000, endReason: reason }));
    expect(reviewerAccessOpen(after, 'rev')).toBe(false);
  });

  it('after its close, even before the timer runs, it counts as expired: findings only within FINDINGS_GRACE, and any ending is recorded as expiry at the close', () => {
    const late = inWindow.window!.closesAt + 5_000;
    expect(decide(inWindow, { type: C.RecordFinding, actor: reviewer, findingId: 'late', inputs: kev }, late)).toEqual(
      expect.objectContaining({ type: 'FINDING_RECORDED', findingId: 'late' }),
    );
    const tooLate = () =>
      decide(inWindow, { type: C.RecordFinding, actor: reviewer, findingId: 'late', inputs: kev }, inWindow.window!.closesAt + DEFAULT_FINDINGS_GRACE_MS + 1);
    expect(tooLate).toThrow(DomainRuleError);
    expect(tooLate).toThrow('findings are recorded while the window is open and for FINDINGS_GRACE after it ends');
    const ended = decide(inWindow, { type: C.EndWindow, actor: developer }, late);
    expect(ended).toEqual(expect.objectContaining({ reason: WindowEndReason.Expired, at: inWindow.window!.closesAt }));
    const withdrawn = evolve(inWindow, decide(inWindow, { type: C.Withdraw, actor: developer }, late));
    expect(withdrawn.window).toEqual(expect.objectContaining({ endReason: WindowEndReason.Expired, endedAt: inWindow.window!.closesAt }));
  });

  it('takes findings for FINDINGS_GRACE after the window ends, never after a declined window', () => {
    const endedAt = inWindow.window!.openedAt + 5 * DAY;
    const ended = evolve(inWindow, decide(inWindow, { type: C.EndWindow, actor: developer }, endedAt));
    expect(ended.stage).toBe(S.PostWindow);
    const record = (state: typeof inWindow, at: number) => decide(state, { type: C.RecordFinding, actor: reviewer, findingId: 'after', inputs: kev }, at);
    expect(record(ended, endedAt + DEFAULT_FINDINGS_GRACE_MS)).toEqual(expect.objectContaining({ type: 'FINDING_RECORDED', toStage: S.PostWindow }));
    expect(refusal(ended, { type: C.RecordFinding, actor: reviewer, findingId: 'after', inputs: kev }, endedAt + DEFAULT_FINDINGS_GRACE_MS + 1).code).toBe(
      DomainErrorCode.AccessWindowClosed,
    );
    expect(refusal(ended, { type: C.RecordFinding, actor: developer, findingId: 'after', inputs: kev }, endedAt + 1).code).toBe(DomainErrorCode.RoleRequired);
    const declined = evolve(designated, decide(designated, { type: C.DeclineAccess, actor: developer }, 1_000));
    expect(refusal(declined, { type: C.RecordFinding, actor: reviewer, findingId: 'after', inputs: kev }, 2_000).code).toBe(DomainErrorCode.AccessWindowClosed);
  });

  it('attested assigned reviewers have access only while it is open', () => {
    expect(reviewerAccessOpen(inWindow, 'rev')).toBe(true);
    expect(reviewerAccessOpen(inWindow, 'dual')).toBe(false);
    expect(reviewerAccessOpen(inWindow, 'stranger')).toBe(false);
    expect(reviewerAccessOpen(designated, 'rev')).toBe(false);
  });

  it('findings are tiered by BOD 26-04 and answered by the developer', () => {
    const event = decide(inWindow, { type: C.RecordFinding, actor: reviewer, findingId: 'f9', inputs: kev }, 10_000);
    expect(event).toEqual(expect.objectContaining({ tier: RemediationTier.Days3Forensic, remediationDueAt: 10_000 + 3 * DAY }));
    const fsu = decide(inWindow, { type: C.RecordFinding, actor: reviewer, findingId: 'f8', inputs: { ...kev, inKev: false, publiclyExposed: false } }, 10_000);
    expect(fsu).toEqual(expect.objectContaining({ tier: RemediationTier.FixOnUpgrade, remediationDueAt: null }));
    const withFinding = evolve(inWindow, event);
    expect(decide(withFinding, { type: C.RespondToFinding, actor: developer, findingId: 'f9', status: FindingResponseStatus.Disputed }, 11_000)).toEqual(
      expect.objectContaining({ type: 'FINDING_RESPONDED', findingId: 'f9', status: FindingResponseStatus.Disputed }),
    );
    expect(refusal(withFinding, { type: C.RespondToFinding, actor: developer, findingId: 'nope', status: FindingResponseStatus.Fixed }).code).toBe(
      DomainErrorCode.FindingNotFound,
    );
    expect(refusal(withFinding, { type: C.RespondToFinding, actor: otherDeveloper, findingId: 'f9', status: FindingResponseStatus.Fixed }).code).toBe(
      DomainErrorCode.NotOnRoster,
    );
    expect(refusal(inWindow, { type: C.RecordFinding, actor: { ...reviewer, sub: 'dual' }, findingId: 'x', inputs: kev }).code).toBe(
      DomainErrorCode.AttestationRequired,
    );
  });

  it('release is recorded when it happened, never in the future, and stops the determination clock', () => {
    const early = apply(underReview, { type: C.Release, actor: developer, releasedAt: 1_500 });
    expect(early).toEqual(expect.objectContaining({ stage: S.Released, releasedAt: 1_500 }));
    expect(refusal(underReview, { type: C.Release, actor: developer, releasedAt: 2_000 + DAY }).code).toBe(DomainErrorCode.ReleaseInFuture);
  });
});

describe('trusted-partner nominations: one side nominates, the other approves', () => {
  const colleague: Actor = { sub: 'dev2', org: 'acme', roles: [Role.Developer] };
  const otherAdmin: Actor = { sub: 'adm2', org: 'gov', roles: [Role.ProgramAdmin] };
  const bothSides: Actor = { sub: 'both', org: 'acme', roles: [Role.Developer, Role.ProgramAdmin] };
  const nominate = (by: Actor) => apply(designated, { type: C.Nominate, actor: by, nominationId: 'n1', answerWithinMs: 14 * DAY });
  const approve = (by: Actor) => ({ type: C.ApproveNomination, actor: by, nominationId: 'n1' }) as const;

  it.each([
    ['the developer nominates; a program administrator approves', developer, admin],
    ['a program administrator nominates; the developer approves', admin, developer],
    ['a developer who is also an administrator nominates; a plain administrator approves', bothSides, admin],
  ])('%s', (_what, by, approver) => {
    const pending = nominate(by);
    expect(decide(pending, approve(approver), 3_000)).toEqual(expect.objectContaining({ type: 'NOMINATION_APPROVED', nominationId: 'n1' }));
  });

  it.each([
    ['the nominator', developer, developer, DomainErrorCode.SelfApproval],
    ['a colleague on the same side (developer)', developer, colleague, DomainErrorCode.RoleRequired],
    ['a colleague on the same side (government)', admin, otherAdmin, DomainErrorCode.RoleRequired],
    ['a developer colleague who is also a program administrator', developer, bothSides, DomainErrorCode.SelfApproval],
    ['a developer who is also a program administrator, for the government', admin, bothSides, DomainErrorCode.SelfApproval],
    ['another developer organization', admin, otherDeveloper, DomainErrorCode.RoleRequired],
    ['a reviewer', developer, reviewer, DomainErrorCode.RoleRequired],
  ])('nobody approves their own side: %s is refused', (_who, by, approver, code) => {
    const pending = nominate(by);
    expect(refusal(pending, approve(approver)).code).toBe(code);
  });

  it('either side may decline; nobody else', () => {
    const pending = nominate(developer);
    expect(decide(pending, { type: C.DeclineNomination, actor: colleague, nominationId: 'n1' }, 3_000).type).toBe('NOMINATION_DECLINED');
    expect(decide(pending, { type: C.DeclineNomination, actor: admin, nominationId: 'n1' }, 3_000).type).toBe('NOMINATION_DECLINED');
    expect(refusal(pending, { type: C.DeclineNomination, actor: reviewer, nominationId: 'n1' }).code).toBe(DomainErrorCode.RoleRequired);
  });
});
