import { DomainRuleError } from './domain-error';
import { decide, evolve } from './engagement';
import { DesignationOutcome } from './engagement-stage';
import { EngagementCommand, EngagementState, initialState } from './engagement-state';
import { EngagementCommandType as C } from './engagement-transitions';
import { Actor, Role } from './roles';

/** Shared by the specs of the decision rules: a cast, and commands applied or refused at an instant. Not used by the rules. */

export const SPEC_DAY = 86_400_000;

export const specCast = {
  developer: { sub: 'dev', org: 'acme', roles: [Role.Developer] },
  otherDeveloper: { sub: 'eve', org: 'rival', roles: [Role.Developer] },
  admin: { sub: 'adm', org: 'gov', roles: [Role.ProgramAdmin] },
  reviewer: { sub: 'rev', org: 'nsa', roles: [Role.Reviewer] },
  authority: { sub: 'auth', org: 'nsa', roles: [Role.DesignationAuthority] },
  secondAuthority: { sub: 'auth2', org: 'nsa', roles: [Role.DesignationAuthority] },
} as const satisfies Record<string, Actor>;

/** The state after each command, decided and applied at `now`. */
export function applyAt(state: EngagementState, now: number, ...commands: EngagementCommand[]): EngagementState {
  return commands.reduce((s, command) => evolve(s, decide(s, command, now)), state);
}

/** The refusal of a command at `now`; throws if it was allowed. */
export function refusalAt(state: EngagementState, command: EngagementCommand, now: number): DomainRuleError {
  try {
    decide(state, command, now);
  } catch (error) {
    if (error instanceof DomainRuleError) {
      return error;
    }
    throw error;
  }
  throw new Error(`${command.type} was allowed in ${state.stage}`);
}

/** An engagement submitted at 0 (30-day target), reviewed and recommended at `now`, with the first authority attested. */
export function recommendedAt(now: number, outcome = DesignationOutcome.Covered): EngagementState {
  const { admin, reviewer, authority } = specCast;
  return applyAt(
    initialState({ engagementId: 'e1', developerOrg: 'acme', submittedBy: 'dev', submittedAt: 0, determinationTargetMs: 30 * SPEC_DAY }),
    now,
    { type: C.AssignReviewers, actor: admin, reviewerIds: ['rev'] },
    { type: C.Attest, actor: reviewer },
    { type: C.RecordBenchmark, actor: reviewer },
    { type: C.Recommend, actor: reviewer, outcome },
    { type: C.Attest, actor: authority },
  );
}
