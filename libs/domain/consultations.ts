import { DomainErrorCode } from './domain-error';
import { DAY_MS } from './duration';
import { DecisionRules, eventBase, refuse, requireGovernmentSide, requireRole, transition } from './engagement-rules';
import { EngagementStage } from './engagement-stage';
import { CommandOf, Consultation, ConsultationStatus, EngagementEvent, EngagementState } from './engagement-state';
import { EngagementCommandType } from './engagement-transitions';
import { requireDifferentDecider } from './reconsideration';
import { Actor, Role } from './roles';

/**
 * Consultation on a determination: the designation is made "in consultation with other senior officials".
 * An authority about to decide asks another government organization a question, by a deadline; a
 * designation authority of that organization answers (concurs or not). Nobody decides while a
 * consultation waits for its answer and its deadline has not passed.
 */

/** The longest a consultation may hold a determination up: its deadline is at most this far ahead. */
export const CONSULTATION_MAX_MS = 30 * DAY_MS;

export type ConsultationCommand = CommandOf<EngagementCommandType.Consult | EngagementCommandType.AnswerConsultation>;

/** An authority acts on the determination only once attested as one (or, under the rules before, attested at all). */
export function requireAuthorityAttested(state: EngagementState, actor: Actor, rules: DecisionRules): void {
  const attestedAs = rules.organizationSeparation ? (state.authorityAttested ?? []) : state.attested;
  if (!attestedAs.includes(actor.sub)) {
    refuse(DomainErrorCode.AttestationRequired, 'attest as a designation authority that you have no conflict of interest first', state);
  }
}

/**
 * Where a consultation stands now: ANSWERED once answered; PENDING while it may still be answered
 * (before its deadline, and while the engagement waits to be decided); LAPSED otherwise.
 */
export function consultationStatus(consultation: Pick<Consultation, 'status' | 'answerBy'>, stage: EngagementStage, now: number): ConsultationStatus {
  if (consultation.status === ConsultationStatus.Answered) {
    return ConsultationStatus.Answered;
  }
  const deciding = stage === EngagementStage.Recommended || stage === EngagementStage.Reconsideration;
  return now < consultation.answerBy && deciding ? ConsultationStatus.Pending : ConsultationStatus.Lapsed;
}

/** The consultations a determination must wait for now: unanswered, with their deadline still ahead. */
export function awaitedConsultations(state: EngagementState, now: number): Consultation[] {
  return (state.consultations ?? []).filter((c) => consultationStatus(c, state.stage, now) === ConsultationStatus.Pending);
}

export function decideConsultation(state: EngagementState, command: ConsultationCommand, now: number, rules: DecisionRules): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
    case EngagementCommandType.Consult: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.DesignationAuthority);
      requireGovernmentSide(state, command.actor, rules);
      requireAuthorityAttested(state, command.actor, rules);
      // Whoever may not decide a reconsideration does not hold it up either.
      requireDifferentDecider(state, command.actor);
      if (command.organization === state.developerOrg) {
        refuse(DomainErrorCode.OwnOrganization, 'a consultation goes to another government organization, never to the developer', state);
      }
      if (command.organization === command.actor.org) {
        refuse(DomainErrorCode.OwnOrganizationConsulted, 'organization: a consultation goes to another organization than your own', state);
      }
      if (command.answerBy > now + CONSULTATION_MAX_MS) {
        refuse(DomainErrorCode.ConsultationTooLong, 'answerBy: a consultation is answered within 30 days', state);
      }
      return {
        ...base,
        toStage,
        type: 'CONSULTATION_REQUESTED',
        consultationId: command.consultationId,
        organization: command.organization,
        answerBy: command.answerBy,
      };
    }
    case EngagementCommandType.AnswerConsultation: {
      const toStage = transition(state, command.type);
      requireRole(state, command.actor, Role.DesignationAuthority);
      requireGovernmentSide(state, command.actor, rules);
      const consultation = (state.consultations ?? []).find((c) => c.id === command.consultationId);
      if (consultation === undefined) {
        refuse(DomainErrorCode.ConsultationNotFound, 'no such consultation on this engagement', state);
      }
      if (consultation.organization !== command.actor.org || consultation.askedBy === command.actor.sub) {
        refuse(DomainErrorCode.NotOnRoster, 'only a designation authority of the organization consulted answers', state);
      }
      const status = consultationStatus(consultation, state.stage, now);
      if (status !== ConsultationStatus.Pending) {
        refuse(DomainErrorCode.ConsultationNotPending, `the consultation is ${status} and takes no answer`, state);
      }
      return {
        ...base,
        toStage,
        type: 'CONSULTATION_ANSWERED',
        consultationId: consultation.id,
        organization: consultation.organization,
        askedBy: consultation.askedBy,
        concurs: command.concurs,
      };
    }
  }
}

/** The determination waits for every consultation still open: answered, or past its deadline. */
export function requireConsultationsSettled(state: EngagementState, now: number): void {
  const waiting = awaitedConsultations(state, now);
  if (waiting.length > 0) {
    const list = waiting.map((c) => `${c.organization} (by ${new Date(c.answerBy).toISOString()})`).join(', ');
    refuse(DomainErrorCode.ConsultationPending, `waiting for the consultation of ${list}: decide once it is answered or its deadline has passed`, state);
  }
}

/** The consultations with one of them changed. */
export function withConsultation(state: EngagementState, id: string, change: Partial<Consultation>): Consultation[] {
  return (state.consultations ?? []).map((c) => (c.id === id ? { ...c, ...change } : c));
}
