import { DAY_MS } from './duration';

/** CISA BOD 26-04 remediation tiers (SSVC decision table DT_BOD2604 v1.0.0). */
export enum RemediationTier {
  /** Fix on system upgrade: no deadline. */
  FixOnUpgrade = 'FSU',
  Days60 = '60D',
  Days14 = '14D',
  Days3 = '3D',
  /** Three days, and a forensic investigation of whether the asset is already compromised. */
  Days3Forensic = '3DF',
}

export enum TechnicalImpact {
  Partial = 'PARTIAL',
  Total = 'TOTAL',
}

export interface Bod2604Inputs {
  readonly inKev: boolean;
  readonly publiclyExposed: boolean;
  readonly automatable: boolean;
  readonly technicalImpact: TechnicalImpact;
}

const Y = true;
const N = false;
const P = TechnicalImpact.Partial;
const T = TechnicalImpact.Total;

/**
 * The published decision table, row for row: KEV, exposed, automatable, impact, outcome.
 * Every one of the 16 combinations appears exactly once.
 */
export const BOD_26_04_TABLE: readonly (readonly [boolean, boolean, boolean, TechnicalImpact, RemediationTier])[] = [
  [N, N, N, P, RemediationTier.FixOnUpgrade],
  [N, N, N, T, RemediationTier.FixOnUpgrade],
  [N, Y, N, P, RemediationTier.Days60],
  [N, N, Y, P, RemediationTier.Days60],
  [N, N, Y, T, RemediationTier.Days60],
  [Y, N, N, P, RemediationTier.Days14],
  [Y, Y, N, P, RemediationTier.Days14],
  [Y, N, Y, P, RemediationTier.Days14],
  [N, Y, Y, P, RemediationTier.Days14],
  [Y, N, N, T, RemediationTier.Days14],
  [N, Y, N, T, RemediationTier.Days14],
  [Y, Y, Y, P, RemediationTier.Days3],
  [N, Y, Y, T, RemediationTier.Days3],
  [Y, Y, N, T, RemediationTier.Days3Forensic],
  [Y, N, Y, T, RemediationTier.Days3Forensic],
  [Y, Y, Y, T, RemediationTier.Days3Forensic],
];

export function remediationTier(inputs: Bod2604Inputs): RemediationTier {
  const row = BOD_26_04_TABLE.find(
    ([kev, exposed, automatable, impact]) =>
      kev === inputs.inKev && exposed === inputs.publiclyExposed && automatable === inputs.automatable && impact === inputs.technicalImpact,
  );
  if (!row) {
    throw new Error('the BOD 26-04 table has no row for these inputs');
  }
  return row[4];
}

const DEADLINE_DAYS: Record<RemediationTier, number | null> = {
  [RemediationTier.FixOnUpgrade]: null,
  [RemediationTier.Days60]: 60,
  [RemediationTier.Days14]: 14,
  [RemediationTier.Days3]: 3,
  [RemediationTier.Days3Forensic]: 3,
};

/** Calendar days from when the finding was recorded; `null` for fix-on-upgrade. */
export function remediationDueAt(tier: RemediationTier, recordedAt: number): number | null {
  const days = DEADLINE_DAYS[tier];
  return days === null ? null : recordedAt + days * DAY_MS;
}

export function requiresForensicTriage(tier: RemediationTier): boolean {
  return tier === RemediationTier.Days3Forensic;
}
