import { BOD_26_04_TABLE, RemediationTier, TechnicalImpact } from './bod-26-04';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { DAY_MS } from './duration';
import { FindingResponseStatus } from './engagement-state';
import {
  applyFindingEvent,
  decideFinding,
  DisputeResolution,
  FindingCommand,
  FindingCommandType,
  FindingEventType,
  findingOverdue,
  findingOverdueEvent,
  FindingState,
  FindingStatus,
  FixVerdict,
  recordedFinding,
} from './findings';
import { Actor, Role } from './roles';

const developer: Actor = { sub: 'dev', org: 'acme-ai', roles: [Role.Developer] };
const otherDeveloper: Actor = { sub: 'dev2', org: 'other-ai', roles: [Role.Developer] };
const reviewer: Actor = { sub: 'rev', org: 'nsa', roles: [Role.Reviewer] };
const insideReviewer: Actor = { sub: 'rev-in', org: 'acme-ai', roles: [Role.Reviewer] };
const auditor: Actor = { sub: 'aud', org: 'oig', roles: [Role.Auditor] };

const T0 = Date.parse('2026-12-01T00:00:00Z');
const exposedAutomatable = { inKev: false, publiclyExposed: true, automatable: true, technicalImpact: TechnicalImpact.Partial };

function finding(status: FindingStatus, extra: Partial<FindingState> = {}): FindingState {
  return { ...recordedFinding({ findingId: 'f1', engagementId: 'e1', developerOrg: 'acme-ai', inputs: exposedAutomatable, recordedAt: T0 }), status, ...extra };
}

const commands: Record<string, FindingCommand> = {
  acknowledge: { type: FindingCommandType.Respond, actor: developer, status: FindingResponseStatus.Acknowledged },
  fix: { type: FindingCommandType.Respond, actor: developer, status: FindingResponseStatus.Fixed },
  dispute: { type: FindingCommandType.Respond, actor: developer, status: FindingResponseStatus.Disputed },
  verify: { type: FindingCommandType.VerifyFix, actor: reviewer, verdict: FixVerdict.VerifiedFixed },
  reopen: { type: FindingCommandType.VerifyFix, actor: reviewer, verdict: FixVerdict.Reopened },
  keep: { type: FindingCommandType.ResolveDispute, actor: reviewer, resolution: DisputeResolution.Kept },
  withdraw: { type: FindingCommandType.ResolveDispute, actor: reviewer, resolution: DisputeResolution.Withdrawn },
  close: { type: FindingCommandType.Close, actor: reviewer },
  edit: { type: FindingCommandType.Edit, actor: reviewer },
};

const S = FindingStatus;
/** Every status, every command: where it leads, or undefined where it is refused. */
const TABLE: Record<FindingStatus, Partial<Record<keyof typeof commands, FindingStatus>>> = {
  [S.Open]: { acknowledge: S.Acknowledged, fix: S.Fixed, dispute: S.Disputed, edit: S.Open },
  [S.Acknowledged]: { acknowledge: S.Acknowledged, fix: S.Fixed, dispute: S.Disputed },
  [S.Fixed]: { verify: S.VerifiedFixed, reopen: S.Reopened },
  [S.Disputed]: { acknowledge: S.Acknowledged, fix: S.Fixed, dispute: S.Disputed, keep: S.Reopened, withdraw: S.Closed },
  [S.VerifiedFixed]: { close: S.Closed },
  [S.Reopened]: { acknowledge: S.Acknowledged, fix: S.Fixed, dispute: S.Disputed },
  [S.Closed]: {},
};

describe('a finding’s lifecycle', () => {
  for (const status of Object.values(FindingStatus)) {
    for (const [name, command] of Object.entries(commands)) {
      const to = TABLE[status][name];
      if (to === undefined) {
        it(`refuses ${name} on a ${status} finding, naming its status`, () => {
          let refused: unknown;
          try {
            decideFinding(finding(status), command, T0 + 1);
          } catch (error) {
            refused = error;
          }
          expect(refused).toBeInstanceOf(DomainRuleError);
          expect(refused).toMatchObject({ code: DomainErrorCode.IllegalTransition, details: { findingStatus: status } });
        });
      } else {
        it(`${name} takes a ${status} finding to ${to}`, () => {
          const event = decideFinding(finding(status), command, T0 + 1);
          expect(event).toMatchObject({ fromStatus: status, toStatus: to, version: 2, actorSub: command.actor.sub, at: T0 + 1 });
          expect(applyFindingEvent(finding(status), event)).toMatchObject({ status: to, version: 2 });
        });
      }
    }
  }

  it('lets only the developer organization answer, and only government reviewers verify, resolve, close or edit', () => {
    const open = finding(S.Open);
    const refusal = (command: FindingCommand) => {
      try {
        decideFinding(open, command, T0);
      } catch (error) {
        return (error as DomainRuleError).code;
      }
      return undefined;
    };
    expect(refusal({ ...commands['acknowledge'], actor: otherDeveloper } as FindingCommand)).toBe(DomainErrorCode.NotOnRoster);
    expect(refusal({ ...commands['acknowledge'], actor: reviewer } as FindingCommand)).toBe(DomainErrorCode.RoleRequired);
    expect(refusal({ ...commands['edit'], actor: developer } as FindingCommand)).toBe(DomainErrorCode.RoleRequired);
    expect(refusal({ ...commands['edit'], actor: auditor } as FindingCommand)).toBe(DomainErrorCode.RoleRequired);
    expect(refusal({ ...commands['edit'], actor: insideReviewer } as FindingCommand)).toBe(DomainErrorCode.OwnOrganization);
  });

  it('recomputes the tier and due date of an edit from when the finding was recorded, for every row of BOD 26-04', () => {
    for (const [inKev, publiclyExposed, automatable, technicalImpact, tier] of BOD_26_04_TABLE) {
      const inputs = { inKev, publiclyExposed, automatable, technicalImpact };
      const event = decideFinding(finding(S.Open), { type: FindingCommandType.Edit, actor: reviewer, inputs }, T0 + 5 * DAY_MS);
      const days = { FSU: null, '60D': 60, '14D': 14, '3D': 3, '3DF': 3 }[tier];
      expect(event).toMatchObject({ type: FindingEventType.Edited, tier, dueAt: days === null ? null : T0 + days * DAY_MS });
      expect(applyFindingEvent(finding(S.Open), event)).toMatchObject({ tier, inputs });
    }
  });

  it('is overdue once its due date passes unremediated, stamped at the due date, and never when verified or closed', () => {
    const open = finding(S.Open);
    expect(open.tier).toBe(RemediationTier.Days14);
    const dueAt = T0 + 14 * DAY_MS;
    expect(open.dueAt).toBe(dueAt);
    expect(findingOverdueEvent(open, dueAt - 1)).toBeUndefined();
    const overdue = findingOverdueEvent(open, dueAt + 1000);
    expect(overdue).toMatchObject({ type: FindingEventType.Overdue, at: dueAt, actorSub: 'system', toStatus: S.Open, version: 2 });
    const marked = applyFindingEvent(open, overdue!);
    expect(marked.overdueSince).toBe(dueAt);
    expect(findingOverdueEvent(marked, dueAt + 2000)).toBeUndefined();
    expect(findingOverdue(marked.status, marked.overdueSince)).toBe(true);
    expect(findingOverdue(S.VerifiedFixed, dueAt)).toBe(false);
    expect(findingOverdue(S.Closed, dueAt)).toBe(false);
    expect(findingOverdue(S.Fixed, dueAt)).toBe(true);
    expect(findingOverdueEvent(finding(S.VerifiedFixed), dueAt + 1)).toBeUndefined();
    expect(findingOverdueEvent(finding(S.Open, { tier: RemediationTier.FixOnUpgrade, dueAt: null }), dueAt * 2)).toBeUndefined();
  });

  it('clears the overdue mark when an edit moves the due date into the future, and keeps it when it does not', () => {
    const marked = applyFindingEvent(finding(S.Open), findingOverdueEvent(finding(S.Open), T0 + 15 * DAY_MS)!);
    const later = decideFinding(
      marked,
      { type: FindingCommandType.Edit, actor: reviewer, inputs: { ...exposedAutomatable, publiclyExposed: false } },
      T0 + 15 * DAY_MS,
    );
    expect(later.dueAt).toBe(T0 + 60 * DAY_MS);
    expect(applyFindingEvent(marked, later).overdueSince).toBeUndefined();
    const sooner = decideFinding(marked, { type: FindingCommandType.Edit, actor: reviewer, inputs: { ...exposedAutomatable, inKev: true } }, T0 + 15 * DAY_MS);
    expect(sooner.dueAt).toBe(T0 + 3 * DAY_MS);
    expect(applyFindingEvent(marked, sooner).overdueSince).toBe(T0 + 14 * DAY_MS);
  });
});

describe('a partial correction', () => {
  it('keeps the inputs it does not name', () => {
    const open = recordedFinding({ findingId: 'f1', engagementId: 'e1', developerOrg: 'acme-ai', inputs: exposedAutomatable, recordedAt: T0 });
    const event = decideFinding(open, { type: FindingCommandType.Edit, actor: reviewer, inputs: { technicalImpact: TechnicalImpact.Total } }, T0 + 1);
    expect(event.inputs).toEqual({ ...exposedAutomatable, technicalImpact: TechnicalImpact.Total });
    expect(event.tier).toBe(RemediationTier.Days3);
  });
});
