import { BOD_26_04_TABLE, RemediationTier } from './bod-26-04';
import { RemediationUrgency, remediationUrgency } from './remediation';

describe('the urgency of a remediation notice', () => {
  it.each([
    [[RemediationTier.FixOnUpgrade], RemediationUrgency.Routine],
    [[RemediationTier.Days60, RemediationTier.FixOnUpgrade], RemediationUrgency.Moderate],
    [[RemediationTier.Days60, RemediationTier.Days14], RemediationUrgency.High],
    [[RemediationTier.Days14, RemediationTier.Days3], RemediationUrgency.Immediate],
    [[RemediationTier.Days3Forensic], RemediationUrgency.Immediate],
  ])('of fixes for %j is %s: that of the most urgent finding', (tiers, urgency) => {
    expect(remediationUrgency(tiers)).toBe(urgency);
  });

  it('is defined for every tier of BOD 26-04, and for no finding at all there is none', () => {
    for (const row of BOD_26_04_TABLE) {
      expect(remediationUrgency([row[4]])).toBeDefined();
    }
    expect(remediationUrgency([])).toBeUndefined();
  });
});
