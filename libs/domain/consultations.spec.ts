import { consultationStatus } from './consultations';
import { DomainErrorCode } from './domain-error';
import { decide } from './engagement';
import { DesignationOutcome, EngagementStage as S } from './engagement-stage';
import { ConsultationStatus, EngagementCommand } from './engagement-state';
import { EngagementCommandType as C } from './engagement-transitions';
import { Actor, Role } from './roles';
import { applyAt, recommendedAt, refusalAt, SPEC_DAY, specCast } from './spec-support';

const DAY = SPEC_DAY;
const T0 = 10 * DAY;
const { reviewer, authority, secondAuthority } = specCast;
const doeAuthority: Actor = { sub: 'doe-auth', org: 'doe', roles: [Role.DesignationAuthority] };
const otherAuthority: Actor = { sub: 'dhs-auth', org: 'dhs', roles: [Role.DesignationAuthority] };
const developerAuthority: Actor = { sub: 'acme-auth', org: 'acme', roles: [Role.DesignationAuthority] };
const apply = applyAt;
const refusal = refusalAt;

const recommended = recommendedAt(T0);
const consult = (id: string, organization: string, answerBy: number): EngagementCommand => ({
  type: C.Consult,
  actor: authority,
  consultationId: id,
  organization,
  answerBy,
});
const determine: EngagementCommand = { type: C.Determine, actor: authority, outcome: DesignationOutcome.Covered };
const consulted = apply(recommended, T0, consult('c1', 'doe', T0 + 2 * DAY));

describe('consultation on a determination', () => {
  it('an attested authority asks another organization; the consultation waits for its answer', () => {
    const event = decide(recommended, consult('c1', 'doe', T0 + 2 * DAY), T0);
    expect(event).toEqual(
      expect.objectContaining({ type: 'CONSULTATION_REQUESTED', consultationId: 'c1', organization: 'doe', answerBy: T0 + 2 * DAY, toStage: S.Recommended }),
    );
    expect(consulted.consultations).toEqual([{ id: 'c1', organization: 'doe', askedBy: 'auth', answerBy: T0 + 2 * DAY, status: ConsultationStatus.Pending }]);
    expect(consulted.stage).toBe(S.Recommended);
  });

  it('only an authority attested as one asks, and never of the developer organization', () => {
    expect(refusal(recommended, { ...consult('c1', 'doe', T0 + DAY), actor: secondAuthority }, T0).code).toBe(DomainErrorCode.AttestationRequired);
    expect(refusal(recommended, { ...consult('c1', 'doe', T0 + DAY), actor: reviewer }, T0).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(recommended, consult('c1', 'acme', T0 + DAY), T0).code).toBe(DomainErrorCode.OwnOrganization);
  });

  it("goes to another organization than the asker's own, for at most 30 days, and not from the decider under reconsideration", () => {
    expect(refusal(recommended, consult('c1', 'nsa', T0 + DAY), T0).code).toBe(DomainErrorCode.OwnOrganizationConsulted);
    expect(refusal(recommended, consult('c1', 'doe', T0 + 30 * DAY + 1), T0).code).toBe(DomainErrorCode.ConsultationTooLong);
    expect(decide(recommended, consult('c1', 'doe', T0 + 30 * DAY), T0).type).toBe('CONSULTATION_REQUESTED');
    const reconsidering = apply(
      recommended,
      T0,
      { type: C.Determine, actor: authority, outcome: DesignationOutcome.NotCovered },
      { type: C.RequestReconsideration, actor: specCast.developer },
    );
    expect(refusal(reconsidering, consult('c1', 'doe', T0 + DAY), T0).code).toBe(DomainErrorCode.TwoPersonRule);
  });

  it('nobody decides while a consultation waits, up to its deadline', () => {
    const error = refusal(consulted, determine, T0 + 2 * DAY - 1);
    expect(error.code).toBe(DomainErrorCode.ConsultationPending);
    expect(error.message).toContain('doe');
    expect(decide(consulted, determine, T0 + 2 * DAY)).toEqual(expect.objectContaining({ type: 'DETERMINED' }));
  });

  it('an answer from the organization consulted lets the decision go ahead at once', () => {
    const answered = apply(consulted, T0 + DAY, { type: C.AnswerConsultation, actor: doeAuthority, consultationId: 'c1', concurs: false });
    expect(answered.consultations?.[0]).toEqual(expect.objectContaining({ status: ConsultationStatus.Answered, concurs: false }));
    expect(decide(answered, determine, T0 + DAY)).toEqual(expect.objectContaining({ type: 'DETERMINED' }));
  });

  it('only a designation authority of the organization consulted answers, once, before the deadline', () => {
    const answer = (actor: Actor, now: number) => refusal(consulted, { type: C.AnswerConsultation, actor, consultationId: 'c1', concurs: true }, now).code;
    expect(answer(otherAuthority, T0 + DAY)).toBe(DomainErrorCode.NotOnRoster);
    expect(answer(authority, T0 + DAY)).toBe(DomainErrorCode.NotOnRoster);
    expect(answer(developerAuthority, T0 + DAY)).toBe(DomainErrorCode.OwnOrganization);
    expect(answer(doeAuthority, T0 + 2 * DAY)).toBe(DomainErrorCode.ConsultationNotPending);
    expect(refusal(consulted, { type: C.AnswerConsultation, actor: doeAuthority, consultationId: 'nope', concurs: true }, T0).code).toBe(
      DomainErrorCode.ConsultationNotFound,
    );
    const answered = apply(consulted, T0 + DAY, { type: C.AnswerConsultation, actor: doeAuthority, consultationId: 'c1', concurs: true });
    expect(refusal(answered, { type: C.AnswerConsultation, actor: doeAuthority, consultationId: 'c1', concurs: true }, T0 + DAY).code).toBe(
      DomainErrorCode.ConsultationNotPending,
    );
  });

  it('every consultation must be settled: one answered does not release another still waiting', () => {
    const two = apply(consulted, T0, consult('c2', 'dhs', T0 + 5 * DAY), {
      type: C.AnswerConsultation,
      actor: doeAuthority,
      consultationId: 'c1',
      concurs: true,
    });
    expect(refusal(two, determine, T0 + 3 * DAY).message).toContain('dhs');
    expect(decide(two, determine, T0 + 5 * DAY).type).toBe('DETERMINED');
  });

  it('status: pending until its deadline, lapsed after it or once the engagement is decided', () => {
    const c = { status: ConsultationStatus.Pending, answerBy: 100 } as const;
    expect(consultationStatus(c, S.Recommended, 99)).toBe(ConsultationStatus.Pending);
    expect(consultationStatus(c, S.Recommended, 100)).toBe(ConsultationStatus.Lapsed);
    expect(consultationStatus(c, S.Designated, 50)).toBe(ConsultationStatus.Lapsed);
    expect(consultationStatus(c, S.Withdrawn, 50)).toBe(ConsultationStatus.Lapsed);
    expect(consultationStatus({ status: ConsultationStatus.Answered, answerBy: 100 }, S.Designated, 500)).toBe(ConsultationStatus.Answered);
  });
});
