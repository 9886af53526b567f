import { EngagementStage } from './engagement-stage';

/**
 * Why the domain refused a command, grouped by the area of the rules. The values are the `code` clients
 * see; the API maps each to an HTTP status through an exhaustive switch (apps/api/errors/problem.ts), so
 * a code added here without a status there does not compile. apps/api/errors/README.md follows a
 * refusal from here to the wire.
 */

/** Where the engagement is, and who is on its roster. */
export enum StageErrorCode {
  IllegalTransition = 'ILLEGAL_TRANSITION',
  NotOnRoster = 'NOT_ON_ROSTER',
  RoleRequired = 'ROLE_REQUIRED',
}

/** The review and the determination: separation of duties and what each step needs first. */
export enum ReviewErrorCode {
  AttestationRequired = 'ATTESTATION_REQUIRED',
  AlreadyAttested = 'ALREADY_ATTESTED',
  TwoPersonRule = 'TWO_PERSON_RULE',
  SelfAssignment = 'SELF_ASSIGNMENT',
  BenchmarkRequired = 'BENCHMARK_REQUIRED',
  NothingToAssign = 'NOTHING_TO_ASSIGN',
  /** Nobody from the developer's organization acts for the government on its engagement. */
  OwnOrganization = 'OWN_ORGANIZATION',
  /** Someone who recused from an engagement never acts on it again. */
  Recused = 'RECUSED',
}

/** The pre-release window, its findings, and the release. */
export enum WindowErrorCode {
  WindowCapExceeded = 'WINDOW_CAP_EXCEEDED',
  AccessWindowClosed = 'ACCESS_WINDOW_CLOSED',
  ReleaseInFuture = 'RELEASE_IN_FUTURE',
}

/** Trusted partners: nominations, terms and grants. */
export enum PartnerErrorCode {
  SelfApproval = 'SELF_APPROVAL',
  NominationNotPending = 'NOMINATION_NOT_PENDING',
  GrantDurationExceeded = 'GRANT_DURATION_EXCEEDED',
  GrantNotUsable = 'GRANT_NOT_USABLE',
  AlreadyAccepted = 'ALREADY_ACCEPTED',
  StaleTerms = 'STALE_TERMS',
  TermsVersionExists = 'TERMS_VERSION_EXISTS',
}

/**
 * A command named a record the engagement does not hold. The API answers these with its one 404
 * (`NOT_FOUND`), the same as for any record a caller may not see.
 */
/** Findings after they are recorded: sharing with the clearinghouse and its validation. */
export enum FindingErrorCode {
  AlreadyShared = 'ALREADY_SHARED',
  DuplicateOfRequired = 'DUPLICATE_OF_REQUIRED',
}

/** Reconsideration of a determination, which the developer may ask for once. */
export enum ReconsiderationErrorCode {
  ReconsiderationUsed = 'RECONSIDERATION_USED',
  ReconsiderationPeriodPassed = 'RECONSIDERATION_PERIOD_PASSED',
  /** Partners were nominated on the designation: it is acted on, and no longer reconsidered. */
  ReconsiderationAfterNomination = 'RECONSIDERATION_AFTER_NOMINATION',
}

/** Consultation on a determination. */
export enum ConsultationErrorCode {
  /** A consultation is still waiting for its answer, and its deadline has not passed: the determination waits too. */
  ConsultationPending = 'CONSULTATION_PENDING',
  /** The consultation was answered, or lapsed: it takes no answer now. */
  ConsultationNotPending = 'CONSULTATION_NOT_PENDING',
  /** A consultation goes to another organization than the asker's own. */
  OwnOrganizationConsulted = 'OWN_ORGANIZATION_CONSULTED',
  /** A consultation's deadline is at most CONSULTATION_MAX_MS ahead: nobody holds a determination up for longer. */
  ConsultationTooLong = 'CONSULTATION_TOO_LONG',
}

/** Retention and disposal of an engagement's confidential content. */
export enum RetentionErrorCode {
  AlreadyDisposed = 'ALREADY_DISPOSED',
  /** Early disposal is for an engagement its developer withdrew; any other ends under the retention schedule. */
  DisposalNeedsWithdrawal = 'DISPOSAL_NEEDS_WITHDRAWAL',
  /** The schedule's hold after a withdrawal has not passed yet. */
  DisposalTooEarly = 'DISPOSAL_TOO_EARLY',
}

export enum MissingRecordCode {
  FindingNotFound = 'FINDING_NOT_FOUND',
  NominationNotFound = 'NOMINATION_NOT_FOUND',
  ConsultationNotFound = 'CONSULTATION_NOT_FOUND',
}

export const DomainErrorCode = {
  ...StageErrorCode,
  ...ReviewErrorCode,
  ...WindowErrorCode,
  ...PartnerErrorCode,
  ...FindingErrorCode,
  ...ConsultationErrorCode,
  ...ReconsiderationErrorCode,
  ...RetentionErrorCode,
  ...MissingRecordCode,
} as const;
export type DomainErrorCode =
  | StageErrorCode
  | ReviewErrorCode
  | WindowErrorCode
  | PartnerErrorCode
  | FindingErrorCode
  | ConsultationErrorCode
  | ReconsiderationErrorCode
  | RetentionErrorCode
  | MissingRecordCode;

export interface DomainErrorDetails {
  readonly stage?: EngagementStage;
  /** For a stale acceptance: the terms in force. */
  readonly currentTermsVersion?: string;
  /** For a grant that cannot be used: its status. */
  readonly grantStatus?: string;
  /** For a finding command its status does not allow: the finding's status. */
  readonly findingStatus?: string;
  /** For an answer a government request no longer takes: the request's status. */
  readonly requestStatus?: string;
  /** For early disposal asked too soon: from when the retention schedule allows it. */
  readonly disposableFrom?: string;
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

/** Whether a refusal says a named record is missing, rather than that a rule forbids the command. */
export function isMissingRecord(code: DomainErrorCode): code is MissingRecordCode {
  return (Object.values(MissingRecordCode) as string[]).includes(code);
}
