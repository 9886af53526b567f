import { DomainErrorCode, DomainRuleError } from './domain-error';
import { decideAccessEnding } from './ending-without-workflow';
import { EngagementStage } from './engagement-stage';
import { EngagementCommandType } from './engagement-transitions';
import { Role } from './roles';

const developer = { sub: 'dev-1', org: 'acme', roles: [Role.Developer] };
const admin = { sub: 'admin-1', org: 'program-office', roles: [Role.ProgramAdmin] };
const reviewer = { sub: 'rev-1', org: 'nsa', roles: [Role.Reviewer] };

function refusal(run: () => unknown): { code: string; stage?: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRuleError);
    return { code: (error as DomainRuleError).code, stage: (error as DomainRuleError).details['stage'] };
  }
  throw new Error('expected a refusal');
}

describe('ending access on the record alone, when the workflow is not running', () => {
  const designated = { stage: EngagementStage.Designated, developerOrg: 'acme' };

  it('lets the engagement’s own developer withdraw at any stage before it ends, as the workflow would', () => {
    for (const stage of [EngagementStage.InquirySubmitted, EngagementStage.UnderReview, EngagementStage.PreReleaseAccess, EngagementStage.Released]) {
      expect(decideAccessEnding({ stage, developerOrg: 'acme' }, EngagementCommandType.Withdraw, developer)).toBe(EngagementStage.Withdrawn);
    }
    expect(refusal(() => decideAccessEnding({ ...designated, stage: EngagementStage.Closed }, EngagementCommandType.Withdraw, developer))).toEqual({
      code: DomainErrorCode.IllegalTransition,
      stage: EngagementStage.Closed,
    });
  });

  it('refuses anyone else the withdrawal: another organization’s developer, an administrator, a reviewer', () => {
    expect(refusal(() => decideAccessEnding(designated, EngagementCommandType.Withdraw, { ...developer, org: 'other' })).code).toBe(
      DomainErrorCode.NotOnRoster,
    );
    expect(refusal(() => decideAccessEnding(designated, EngagementCommandType.Withdraw, admin)).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(() => decideAccessEnding(designated, EngagementCommandType.Withdraw, reviewer)).code).toBe(DomainErrorCode.RoleRequired);
  });

  it('lets the developer or a program administrator revoke grants in bulk, keeping the stage', () => {
    expect(decideAccessEnding(designated, EngagementCommandType.RevokeGrants, developer)).toBe(EngagementStage.Designated);
    expect(decideAccessEnding(designated, EngagementCommandType.RevokeGrants, admin)).toBe(EngagementStage.Designated);
    expect(refusal(() => decideAccessEnding(designated, EngagementCommandType.RevokeGrants, reviewer)).code).toBe(DomainErrorCode.RoleRequired);
    expect(refusal(() => decideAccessEnding({ ...designated, stage: EngagementStage.UnderReview }, EngagementCommandType.RevokeGrants, developer)).code).toBe(
      DomainErrorCode.IllegalTransition,
    );
  });
});
