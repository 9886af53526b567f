import { DomainErrorCode, DomainRuleError } from './domain-error';
import { eventBase, refuse, requireOwnDeveloper, transition } from './engagement-rules';
import { CommandOf, EngagementEvent, EngagementState } from './engagement-state';
import { EngagementCommandType } from './engagement-transitions';
import { Actor, hasRole, Role } from './roles';

/**
 * A trusted partner's time-boxed access grant. SUSPENDED is not stored: a grant whose acceptance
 * names terms other than the engagement's current terms is suspended until the partner accepts
 * them, which is why a change of terms suspends every active grant at once.
 */
export enum GrantStatus {
  PendingAcceptance = 'PENDING_ACCEPTANCE',
  Active = 'ACTIVE',
  Suspended = 'SUSPENDED',
  Expired = 'EXPIRED',
  Revoked = 'REVOKED',
  /** Approved, but not accepted by its deadline. */
  Lapsed = 'LAPSED',
}

/** A grant lasts 1 to 90 days; configuration may lower the cap, never raise it. */
export const MAX_GRANT_DAYS_CAP = 90;

const ENDED: ReadonlySet<GrantStatus> = new Set([GrantStatus.Expired, GrantStatus.Revoked, GrantStatus.Lapsed]);

export function grantEnded(status: GrantStatus): boolean {
  return ENDED.has(status);
}

export enum GrantEndReason {
  Expired = 'EXPIRED',
  Revoked = 'REVOKED',
  NotAccepted = 'NOT_ACCEPTED',
  EngagementWithdrawn = 'ENGAGEMENT_WITHDRAWN',
  EngagementClosed = 'ENGAGEMENT_CLOSED',
}

/** The grant workflow's memory. */
export interface GrantState {
  readonly grantId: string;
  readonly engagementId: string;
  readonly partnerId: string;
  readonly status: GrantStatus.PendingAcceptance | GrantStatus.Active | GrantStatus.Expired | GrantStatus.Revoked | GrantStatus.Lapsed;
  readonly durationMs: number;
  /** No activation outlives this instant (epoch ms), whatever `durationMs` says. */
  readonly accessEndsAt?: number;
  readonly acceptBy: number;
  readonly acceptedTermsVersion?: string;
  readonly activatedAt?: number;
  readonly expiresAt?: number;
  readonly endedAt?: number;
  readonly endReason?: GrantEndReason;
  readonly version: number;
}

/** What the read model knows when deciding whether a partner may use a grant right now. */
export interface GrantFacts {
  readonly status: GrantStatus;
  /** By when a pending grant must be accepted; past it, the grant has lapsed even before that is recorded. */
  readonly acceptBy: number | null;
  readonly expiresAt: number | null;
  readonly acceptedTermsVersion: string | null;
  readonly currentTermsVersion: string | null;
  readonly partnerVerified: boolean;
}

/** The status a caller sees: stored status, with suspension, expiry and lapse applied as of `now`. */
export function effectiveGrantStatus(facts: GrantFacts, now: number): GrantStatus {
  if (facts.status === GrantStatus.PendingAcceptance && facts.acceptBy !== null && now >= facts.acceptBy) {
    return GrantStatus.Lapsed;
  }
  if (facts.status !== GrantStatus.Active) {
    return facts.status;
  }
  if (facts.expiresAt !== null && now >= facts.expiresAt) {
    return GrantStatus.Expired;
  }
  if (facts.acceptedTermsVersion !== facts.currentTermsVersion || !facts.partnerVerified) {
    return GrantStatus.Suspended;
  }
  return GrantStatus.Active;
}

export interface GrantAcceptance {
  readonly actor: Actor;
  readonly termsVersion: string;
}

/**
 * Accepting the current terms activates a pending grant (starting its clock, which stops at
 * `accessEndsAt` if that comes first) or resumes a suspended one. Only the partner's own users accept, and only before the deadline.
 */
export function decideAcceptance(state: GrantState, acceptance: GrantAcceptance, now: number): GrantState {
  if (!hasRole(acceptance.actor, Role.Partner) || acceptance.actor.org !== state.partnerId) {
    throw new DomainRuleError(DomainErrorCode.NotOnRoster, 'only the partner named in the grant accepts it');
  }
  if (state.status === GrantStatus.PendingAcceptance) {
    if (now >= state.acceptBy) {
      throw new DomainRuleError(DomainErrorCode.GrantNotUsable, 'the acceptance deadline has passed');
    }
    return {
      ...state,
      status: GrantStatus.Active,
      acceptedTermsVersion: acceptance.termsVersion,
      activatedAt: now,
      expiresAt: Math.min(now + state.durationMs, state.accessEndsAt ?? Number.POSITIVE_INFINITY),
      version: state.version + 1,
    };
  }
  if (state.status === GrantStatus.Active) {
    if (state.acceptedTermsVersion === acceptance.termsVersion) {
      throw new DomainRuleError(DomainErrorCode.AlreadyAccepted, 'these terms are already accepted');
    }
    return { ...state, acceptedTermsVersion: acceptance.termsVersion, version: state.version + 1 };
  }
  throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${state.status}`);
}

/** Ends a grant that has not ended; an ended grant stays as it is. */
export function endGrant(
  state: GrantState,
  status: GrantStatus.Expired | GrantStatus.Revoked | GrantStatus.Lapsed,
  reason: GrantEndReason,
  at: number,
): GrantState {
  if (grantEnded(state.status)) {
    return state;
  }
  return { ...state, status, endedAt: at, endReason: reason, version: state.version + 1 };
}

/** Who may revoke: the developer organization of the engagement, or a program administrator. */
export function mayRevokeGrant(actor: Actor, developerOrg: string): boolean {
  return (hasRole(actor, Role.Developer) && actor.org === developerOrg) || hasRole(actor, Role.ProgramAdmin);
}

export type PartnerAccessCommand = CommandOf<EngagementCommandType.PublishTerms | EngagementCommandType.RevokeGrants>;

/** What the developer decides for every grant of its engagement: the terms partners accept, and revoking them all. */
export function decidePartnerAccess(state: EngagementState, command: PartnerAccessCommand, now: number): EngagementEvent {
  const base = eventBase(state, command, now);
  switch (command.type) {
    case EngagementCommandType.PublishTerms: {
      const toStage = transition(state, command.type);
      requireOwnDeveloper(state, command.actor);
      if ((state.termsVersions ?? []).includes(command.version)) {
        refuse(DomainErrorCode.TermsVersionExists, `terms version ${command.version} was already published; use a new version`, state);
      }
      return { ...base, toStage, type: 'TERMS_PUBLISHED', version: command.version };
    }
    case EngagementCommandType.RevokeGrants: {
      const toStage = transition(state, command.type);
      if (!mayRevokeGrant(command.actor, state.developerOrg)) {
        refuse(DomainErrorCode.RoleRequired, 'grants are revoked by the developer organization or a program administrator', state);
      }
      return { ...base, toStage, type: 'GRANTS_REVOKED' };
    }
  }
}
