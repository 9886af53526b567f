import { Actor, EngagementStage, Role } from '#domain';

import { EngagementRoster, engagementScope, EngagementView, engagementView, mayReadFindings } from './need-to-know';

const roster: EngagementRoster = {
  developerOrg: 'acme',
  stage: EngagementStage.Designated,
  reviewers: ['rev', 'rev2'],
  attested: ['rev', 'auth', 'auth3'],
  recommended: true,
  recused: ['auth3', 'rev4'],
};
const actor = (sub: string, org: string, ...roles: Role[]): Actor => ({ sub, org, roles });

describe('need-to-know', () => {
  it.each([
    ['the developer organization', actor('dev', 'acme', Role.Developer), EngagementView.Developer],
    ['another developer organization', actor('eve', 'rival', Role.Developer), EngagementView.None],
    ['an attested assigned reviewer', actor('rev', 'nsa', Role.Reviewer), EngagementView.Full],
    ['an assigned reviewer yet to attest', actor('rev2', 'nsa', Role.Reviewer), EngagementView.Metadata],
    ['an unassigned reviewer', actor('rev3', 'nsa', Role.Reviewer), EngagementView.None],
    ['an attested authority', actor('auth', 'nsa', Role.DesignationAuthority), EngagementView.Full],
    ['an authority yet to attest', actor('auth2', 'nsa', Role.DesignationAuthority), EngagementView.Metadata],
    ['an authority who attested and then recused', actor('auth3', 'nsa', Role.DesignationAuthority), EngagementView.None],
    ['a reviewer who recused (off the roster)', actor('rev4', 'nsa', Role.Reviewer), EngagementView.None],
    ['a program administrator', actor('adm', 'gov', Role.ProgramAdmin), EngagementView.Metadata],
    ['an auditor', actor('aud', 'oig', Role.Auditor), EngagementView.Full],
    ['a partner', actor('p', 'acme', Role.Partner), EngagementView.None],
    ['a developer-org user without the developer role', actor('x', 'acme', Role.Partner), EngagementView.None],
    ['an administrator who is also an attested reviewer', actor('rev', 'gov', Role.ProgramAdmin, Role.Reviewer), EngagementView.Full],
  ])('%s', (_who, who, view) => {
    expect(engagementView(who, roster)).toBe(view);
  });

  it.each([EngagementStage.Withdrawn, EngagementStage.Closed])(
    'once %s, government access to the content ends; the developer and auditors keep theirs',
    (stage) => {
      const ended = { ...roster, stage };
      expect(engagementView(actor('rev', 'nsa', Role.Reviewer), ended)).toBe(EngagementView.Metadata);
      expect(engagementView(actor('auth', 'nsa', Role.DesignationAuthority), ended)).toBe(EngagementView.Metadata);
      expect(engagementView(actor('dev', 'acme', Role.Developer), ended)).toBe(EngagementView.Developer);
      expect(engagementView(actor('aud', 'oig', Role.Auditor), ended)).toBe(EngagementView.Full);
    },
  );

  it('authorities do not see an engagement before a recommendation exists', () => {
    expect(engagementView(actor('auth', 'nsa', Role.DesignationAuthority), { ...roster, recommended: false })).toBe(EngagementView.None);
  });

  it.each([
    ['the developer organization', actor('dev', 'acme', Role.Developer), true],
    ['another developer organization', actor('eve', 'rival', Role.Developer), false],
    ['an attested assigned reviewer', actor('rev', 'nsa', Role.Reviewer), true],
    ['an assigned reviewer yet to attest', actor('rev2', 'nsa', Role.Reviewer), false],
    ['an auditor', actor('aud', 'oig', Role.Auditor), true],
    ['an attested authority', actor('auth', 'nsa', Role.DesignationAuthority), false],
    ['an attested authority who also holds the reviewer role but is not assigned', actor('auth', 'nsa', Role.DesignationAuthority, Role.Reviewer), false],
    ['a program administrator who also holds the reviewer role but is not assigned', actor('adm', 'gov', Role.ProgramAdmin, Role.Reviewer), false],
    ['a partner', actor('p', 'acme', Role.Partner), false],
  ])('findings: %s reads them: %s', (_who, who, may) => {
    expect(mayReadFindings(who, roster)).toBe(may);
  });

  it('findings: an assigned reviewer loses them once the developer withdraws; the developer keeps them', () => {
    const ended = { ...roster, stage: EngagementStage.Withdrawn };
    expect(mayReadFindings(actor('rev', 'nsa', Role.Reviewer), ended)).toBe(false);
    expect(mayReadFindings(actor('dev', 'acme', Role.Developer), ended)).toBe(true);
  });

  it('the list scope mirrors the view rules', () => {
    expect(engagementScope(actor('dev', 'acme', Role.Developer))).toEqual({
      all: false,
      developerOrg: 'acme',
      reviewerSub: undefined,
      authoritySub: undefined,
    });
    expect(engagementScope(actor('rev', 'nsa', Role.Reviewer, Role.DesignationAuthority))).toEqual({
      all: false,
      developerOrg: undefined,
      reviewerSub: 'rev',
      authoritySub: 'rev',
    });
    expect(engagementScope(actor('adm', 'gov', Role.ProgramAdmin)).all).toBe(true);
    expect(engagementScope(actor('p', 'x', Role.Partner))).toEqual({ all: false, developerOrg: undefined, reviewerSub: undefined, authoritySub: undefined });
  });
});
