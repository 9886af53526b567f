import { DomainErrorCode } from './domain-error';
import { decideAcceptance, GrantState, GrantStatus } from './grant';
import { Role } from './roles';

const DAY = 86_400_000;
const partner = { sub: 'user-1', org: 'p-water-00001', roles: [Role.Partner] };
const pending: GrantState = {
  grantId: 'g1',
  engagementId: 'e1',
  partnerId: 'p-water-00001',
  status: GrantStatus.PendingAcceptance,
  durationMs: 30 * DAY,
  acceptBy: 14 * DAY,
  version: 1,
};

describe('accepting a grant', () => {
  it('starts its clock: it expires its duration after acceptance', () => {
    const active = decideAcceptance(pending, { actor: partner, termsVersion: 'v1' }, 2 * DAY);
    expect(active).toEqual(expect.objectContaining({ status: GrantStatus.Active, activatedAt: 2 * DAY, expiresAt: 32 * DAY, version: 2 }));
  });

  it('never past accessEndsAt, however long the duration', () => {
    const capped = decideAcceptance({ ...pending, accessEndsAt: 10 * DAY }, { actor: partner, termsVersion: 'v1' }, 2 * DAY);
    expect(capped.expiresAt).toBe(10 * DAY);
    const roomy = decideAcceptance({ ...pending, accessEndsAt: 90 * DAY }, { actor: partner, termsVersion: 'v1' }, 2 * DAY);
    expect(roomy.expiresAt).toBe(32 * DAY);
  });

  it('only by the partner named in it, and only before its deadline', () => {
    const codeOf = (attempt: () => unknown): unknown => {
      try {
        attempt();
      } catch (error) {
        return (error as { code?: unknown }).code;
      }
      return undefined;
    };
    expect(codeOf(() => decideAcceptance(pending, { actor: { ...partner, org: 'p-other' }, termsVersion: 'v1' }, DAY))).toBe(DomainErrorCode.NotOnRoster);
    expect(codeOf(() => decideAcceptance(pending, { actor: partner, termsVersion: 'v1' }, 14 * DAY))).toBe(DomainErrorCode.GrantNotUsable);
  });
});
