import { DomainErrorCode, DomainRuleError } from './domain-error';
import { Actor, hasRole, Role } from './roles';

/**
 * A government-initiated request (EO 14409: requests "could arrive with limited notice"): a program
 * administrator asks a developer organization to open an inquiry about a named model. The developer's
 * answer is voluntary: it accepts, and the request becomes an inquiry as any other, or it declines; a
 * deadline with no answer declines it too.
 */
export enum InquiryRequestStatus {
  Open = 'OPEN',
  Accepted = 'ACCEPTED',
  Declined = 'DECLINED',
}

/** Who ended a request as DECLINED: the developer, or the deadline passing with no answer. */
export enum RequestDeclinedBy {
  Developer = 'DEVELOPER',
  Deadline = 'DEADLINE',
}

export interface InquiryRequestState {
  readonly requestId: string;
  readonly developerOrg: string;
  readonly status: InquiryRequestStatus;
  /** The answer is due before this instant (epoch ms). */
  readonly respondBy: number;
  readonly version: number;
  /** The inquiry the request became, once accepted. */
  readonly engagementId: string | null;
  readonly declinedBy: RequestDeclinedBy | null;
}

export type InquiryRequestCommand =
  { readonly type: 'ACCEPT'; readonly actor: Actor; readonly engagementId: string } | { readonly type: 'DECLINE'; readonly actor: Actor };

export enum InquiryRequestEventType {
  Accepted = 'ACCEPTED',
  Declined = 'DECLINED',
  Expired = 'EXPIRED',
}

export interface InquiryRequestEvent {
  readonly type: InquiryRequestEventType;
  /** Who answered; 'system' for the deadline. */
  readonly actorSub: string;
  readonly at: number;
  readonly version: number;
  readonly engagementId?: string;
}

/** The request as it is first recorded: OPEN until its deadline. */
export function openInquiryRequest(requestId: string, developerOrg: string, respondBy: number): InquiryRequestState {
  return { requestId, developerOrg, status: InquiryRequestStatus.Open, respondBy, version: 1, engagementId: null, declinedBy: null };
}

/**
 * The developer's answer: only a developer of the organization asked, only while the request is OPEN and
 * before its deadline. Anyone else learns nothing from here (the API answers 404 before it asks).
 */
export function decideInquiryRequest(state: InquiryRequestState, command: InquiryRequestCommand, now: number): InquiryRequestEvent {
  if (!hasRole(command.actor, Role.Developer) || command.actor.org !== state.developerOrg) {
    throw new DomainRuleError(DomainErrorCode.RoleRequired, 'only a developer of the organization asked may answer a request');
  }
  if (state.status !== InquiryRequestStatus.Open) {
    throw new DomainRuleError(DomainErrorCode.IllegalTransition, `the request is ${state.status} and takes no further answer`, {
      requestStatus: state.status,
    });
  }
  if (now >= state.respondBy) {
    throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'the request is past its deadline, so it is declined', {
      requestStatus: InquiryRequestStatus.Declined,
    });
  }
  const common = { actorSub: command.actor.sub, at: now, version: state.version + 1 };
  return command.type === 'ACCEPT'
    ? { ...common, type: InquiryRequestEventType.Accepted, engagementId: command.engagementId }
    : { ...common, type: InquiryRequestEventType.Declined };
}

/** The deadline's mark: an OPEN request whose deadline has come ends as DECLINED. */
export function inquiryRequestExpiry(state: InquiryRequestState, now: number): InquiryRequestEvent | undefined {
  return state.status === InquiryRequestStatus.Open && now >= state.respondBy
    ? { type: InquiryRequestEventType.Expired, actorSub: 'system', at: now, version: state.version + 1 }
    : undefined;
}

export function applyInquiryRequestEvent(state: InquiryRequestState, event: InquiryRequestEvent): InquiryRequestState {
  switch (event.type) {
    case InquiryRequestEventType.Accepted:
      return { ...state, status: InquiryRequestStatus.Accepted, version: event.version, engagementId: event.engagementId ?? null };
    case InquiryRequestEventType.Declined:
      return { ...state, status: InquiryRequestStatus.Declined, version: event.version, declinedBy: RequestDeclinedBy.Developer };
    case InquiryRequestEventType.Expired:
      return { ...state, status: InquiryRequestStatus.Declined, version: event.version, declinedBy: RequestDeclinedBy.Deadline };
  }
}
