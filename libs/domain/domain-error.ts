import { EngagementStage } from './engagement-stage';

/**
 * Why the domain refused a command. The API maps each code to an HTTP status through an
 * exhaustive switch, so adding a code without deciding its status fails to compile.
 */
export enum DomainErrorCode {
  IllegalTransition = 'ILLEGAL_TRANSITION',
  NotOnRoster = 'NOT_ON_ROSTER',
  RoleRequired = 'ROLE_REQUIRED',
  AttestationRequired = 'ATTESTATION_REQUIRED',
  AlreadyAttested = 'ALREADY_ATTESTED',
  TwoPersonRule = 'TWO_PERSON_RULE',
  SelfAssignment = 'SELF_ASSIGNMENT',
  BenchmarkRequired = 'BENCHMARK_REQUIRED',
  NothingToAssign = 'NOTHING_TO_ASSIGN',
  WindowCapExceeded = 'WINDOW_CAP_EXCEEDED',
  FindingNotFound = 'FINDING_NOT_FOUND',
  ReleaseInFuture = 'RELEASE_IN_FUTURE',
  AccessWindowClosed = 'ACCESS_WINDOW_CLOSED',
  SelfApproval = 'SELF_APPROVAL',
  NominationNotPending = 'NOMINATION_NOT_PENDING',
  NominationNotFound = 'NOMINATION_NOT_FOUND',
  GrantDurationExceeded = 'GRANT_DURATION_EXCEEDED',
  GrantNotUsable = 'GRANT_NOT_USABLE',
  AlreadyAccepted = 'ALREADY_ACCEPTED',
  StaleTerms = 'STALE_TERMS',
  TermsVersionExists = 'TERMS_VERSION_EXISTS',
}

export interface DomainErrorDetails {
  readonly stage?: EngagementStage;
  /** For a stale acceptance: the terms in force. */
  readonly currentTermsVersion?: string;
  /** For a grant that cannot be used: its status. */
  readonly grantStatus?: string;
}

export class DomainRuleError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainRuleError';
  }
}

export function isDomainErrorCode(value: string): value is DomainErrorCode {
  return (Object.values(DomainErrorCode) as string[]).includes(value);
}
