import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DesignationOutcome, EngagementStage } from './engagement-stage';
import { EngagementCommand, EngagementState } from './engagement-state';
import { EngagementCommandType, targetStage } from './engagement-transitions';
import { Actor, hasRole, Role } from './roles';

/** The checks every area's decisions share. Each refuses with the stage the engagement is in. */

/**
 * Rules that arrived after engagements had already run under the ones before them: the workflow turns
 * them on for runs that began under them (a Temporal patch), so a recorded history replays as decided.
 */
export interface DecisionRules {
  /**
   * Separation of duties by organization and by capacity: nobody from the developer's organization acts
   * for the government on its engagement; only an attestation as an authority lets an authority decide;
   * the decider is never one of the engagement's reviewers.
   */
  readonly organizationSeparation: boolean;
  /** How long after the window ends reviewers may still record findings obtained while it was open (FINDINGS_GRACE). */
  readonly findingsGraceMs: number;
}

/** FINDINGS_GRACE's default: 14 days. */
export const DEFAULT_FINDINGS_GRACE_MS = 14 * 24 * 60 * 60 * 1000;

export const CURRENT_RULES: DecisionRules = { organizationSeparation: true, findingsGraceMs: DEFAULT_FINDINGS_GRACE_MS };

export function refuse(code: DomainErrorCode, message: string, state: EngagementState): never {
  throw new DomainRuleError(code, message, { stage: state.stage });
}

export function requireRole(state: EngagementState, actor: Actor, role: Role): void {
  if (!hasRole(actor, role)) {
    refuse(DomainErrorCode.RoleRequired, `this action needs the ${role} role`, state);
  }
}

/** Government work on this engagement: never by someone from its developer's organization, never by someone who recused. */
export function requireGovernmentSide(state: EngagementState, actor: Actor, rules: DecisionRules): void {
  if (rules.organizationSeparation && actor.org === state.developerOrg) {
    refuse(DomainErrorCode.OwnOrganization, "nobody from the developer's organization acts for the government on its engagement", state);
  }
  if ((state.recused ?? []).includes(actor.sub)) {
    refuse(DomainErrorCode.Recused, 'you recused from this engagement', state);
  }
}

export function requireAttestedReviewer(state: EngagementState, actor: Actor, rules: DecisionRules): void {
  requireRole(state, actor, Role.Reviewer);
  requireGovernmentSide(state, actor, rules);
  if (!state.reviewers.includes(actor.sub)) {
    refuse(DomainErrorCode.NotOnRoster, 'only reviewers assigned to this engagement may do this', state);
  }
  if (!state.attested.includes(actor.sub)) {
    refuse(DomainErrorCode.AttestationRequired, 'attest that you have no conflict of interest first', state);
  }
}

/** Decisions that belong to the developer: only its own organization's developers make them. */
export function requireOwnDeveloper(state: EngagementState, actor: Actor): void {
  requireRole(state, actor, Role.Developer);
  if (actor.org !== state.developerOrg) {
    refuse(DomainErrorCode.NotOnRoster, 'only the developer organization may do this', state);
  }
}

/** The stage a command leads to from where the engagement is, or a refusal naming where it is. */
export function transition(state: EngagementState, command: EngagementCommandType, outcome?: DesignationOutcome): EngagementStage {
  const to = targetStage(state.stage, command, outcome);
  if (to === undefined) {
    refuse(DomainErrorCode.IllegalTransition, `${command} is not allowed while the engagement is ${state.stage}`, state);
  }
  return to;
}

/** What every event a command causes starts with: when, by whom, and from which stage. */
export function eventBase(state: EngagementState, command: EngagementCommand, now: number) {
  return { at: now, actorSub: command.actor.sub, fromStage: state.stage };
}
