import { RemediationTier } from './bod-26-04';

/**
 * How urgently trusted partners should update, from the most urgent finding a fix remedies (BOD 26-04),
 * without naming the finding: partners protect themselves and never see findings.
 */
export enum RemediationUrgency {
  /** A 3-day tier (3D or 3DF): update at once. */
  Immediate = 'IMMEDIATE',
  /** 14 days. */
  High = 'HIGH',
  /** 60 days. */
  Moderate = 'MODERATE',
  /** Fix on system upgrade. */
  Routine = 'ROUTINE',
}

const URGENCY_OF_TIER: Readonly<Record<RemediationTier, RemediationUrgency>> = {
  [RemediationTier.Days3Forensic]: RemediationUrgency.Immediate,
  [RemediationTier.Days3]: RemediationUrgency.Immediate,
  [RemediationTier.Days14]: RemediationUrgency.High,
  [RemediationTier.Days60]: RemediationUrgency.Moderate,
  [RemediationTier.FixOnUpgrade]: RemediationUrgency.Routine,
};

const MOST_URGENT_FIRST: readonly RemediationUrgency[] = [
  RemediationUrgency.Immediate,
  RemediationUrgency.High,
  RemediationUrgency.Moderate,
  RemediationUrgency.Routine,
];

/** The urgency of a fix that remedies findings of these tiers: that of the most urgent; undefined for none. */
export function remediationUrgency(tiers: readonly RemediationTier[]): RemediationUrgency | undefined {
  const urgencies = new Set(tiers.map((tier) => URGENCY_OF_TIER[tier]));
  return MOST_URGENT_FIRST.find((urgency) => urgencies.has(urgency));
}

/** How severe a trusted partner judges a problem it reports (its own words; the developer triages it). */
export enum PartnerReportSeverity {
  Low = 'LOW',
  Moderate = 'MODERATE',
  High = 'HIGH',
  Critical = 'CRITICAL',
}
