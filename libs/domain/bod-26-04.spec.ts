import { Bod2604Inputs, remediationDueAt, RemediationTier, remediationTier, requiresForensicTriage, TechnicalImpact } from './bod-26-04';

const DAY = 86_400_000;

/**
 * The 16 rows exactly as published in DOMAIN.md (cisa/cisa_bod_26_04_1_0_0.json, DT_BOD2604 v1.0.0):
 * KEV | Exposed | Automatable | Impact | outcome. Written out here independently of the implementation.
 */
const PUBLISHED = `
| N | N | N | P | FSU |
| N | N | N | T | FSU |
| N | Y | N | P | 60D |
| N | N | Y | P | 60D |
| N | N | Y | T | 60D |
| Y | N | N | P | 14D |
| Y | Y | N | P | 14D |
| Y | N | Y | P | 14D |
| N | Y | Y | P | 14D |
| Y | N | N | T | 14D |
| N | Y | N | T | 14D |
| Y | Y | Y | P | 3D |
| N | Y | Y | T | 3D |
| Y | Y | N | T | 3DF |
| Y | N | Y | T | 3DF |
| Y | Y | Y | T | 3DF |
`;

const rows = PUBLISHED.trim()
  .split('\n')
  .map((line) =>
    line
      .split('|')
      .map((cell) => cell.trim())
      .filter(Boolean),
  )
  .map(([kev, exposed, automatable, impact, outcome]) => ({
    inputs: {
      inKev: kev === 'Y',
      publiclyExposed: exposed === 'Y',
      automatable: automatable === 'Y',
      technicalImpact: impact === 'T' ? TechnicalImpact.Total : TechnicalImpact.Partial,
    } satisfies Bod2604Inputs,
    outcome: outcome as RemediationTier,
  }));

describe('BOD 26-04 remediation tiers', () => {
  it('the published table covers all 16 combinations once', () => {
    expect(rows).toHaveLength(16);
    expect(new Set(rows.map((r) => JSON.stringify(r.inputs))).size).toBe(16);
  });

  it.each(rows.map((r) => [JSON.stringify(r.inputs), r.outcome, r.inputs] as const))('%s is %s', (_label, outcome, inputs) => {
    expect(remediationTier(inputs)).toBe(outcome);
  });

  it.each([
    [RemediationTier.FixOnUpgrade, null],
    [RemediationTier.Days60, 60],
    [RemediationTier.Days14, 14],
    [RemediationTier.Days3, 3],
    [RemediationTier.Days3Forensic, 3],
  ])('%s is due %s calendar days after the finding', (tier, days) => {
    const recordedAt = Date.UTC(2026, 11, 30, 23, 15);
    expect(remediationDueAt(tier, recordedAt)).toBe(days === null ? null : recordedAt + days * DAY);
  });

  it('only 3DF asks for a forensic triage', () => {
    expect(Object.values(RemediationTier).filter(requiresForensicTriage)).toEqual([RemediationTier.Days3Forensic]);
  });
});
