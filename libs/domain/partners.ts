/** Critical-infrastructure sectors a trusted partner belongs to (EO 14409 names hospitals, banks, utilities). */
export enum PartnerSector {
  RuralHospital = 'RURAL_HOSPITAL',
  CommunityBank = 'COMMUNITY_BANK',
  ElectricUtility = 'ELECTRIC_UTILITY',
  WaterUtility = 'WATER_UTILITY',
  StateLocalGovernment = 'STATE_LOCAL_GOVERNMENT',
  OtherCriticalInfrastructure = 'OTHER_CRITICAL_INFRASTRUCTURE',
  SecurityProvider = 'SECURITY_PROVIDER',
}

export enum VerificationStatus {
  Verified = 'VERIFIED',
  Pending = 'PENDING',
  Suspended = 'SUSPENDED',
}

/** USPS codes of the states, the District of Columbia, the territories and the freely associated states. */
export const USPS_STATE_CODES: readonly string[] = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'DC',
  'AS',
  'GU',
  'MP',
  'PR',
  'VI',
  'FM',
  'MH',
  'PW',
];

/** A partner's registry id is also its users' `org` claim. */
export const PARTNER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** How many partners one nomination may name, and one import may carry. */
export const MAX_NOMINATION_PARTNERS = 10_000;
export const MAX_IMPORT_ROWS = 50_000;
