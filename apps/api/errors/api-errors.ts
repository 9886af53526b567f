import { DomainErrorCode, EngagementStage, MissingRecordCode } from '#domain';

/** Problems with the request itself, before any rule is consulted. */
export enum RequestErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  RouteNotFound = 'ROUTE_NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInProgress = 'IDEMPOTENCY_KEY_IN_PROGRESS',
  /** The caller spent their allowance for this route; `retryAfter` (seconds) says when to come back. */
  RateLimited = 'RATE_LIMITED',
  /** Some people named cannot be assigned as reviewers (not in the directory, disabled, not a reviewer, or not of a government organization); `errors` names each. */
  ReviewersNotAssignable = 'REVIEWERS_NOT_ASSIGNABLE',
  /** previousEngagementId names no engagement of the caller's organization that the caller may see. */
  PreviousEngagementUnknown = 'PREVIOUS_ENGAGEMENT_UNKNOWN',
  /** An instant that must be in the future is not any more (a nomination's accessEndsAt, say). */
  InstantPassed = 'INSTANT_PASSED',
}

export enum AuthErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  RoleNotPermitted = 'ROLE_NOT_PERMITTED',
  /** The token's organization is not in the registry: it may only read /v1/me, which says how to be onboarded. */
  OrganizationUnknown = 'ORGANIZATION_UNKNOWN',
  /** The token claims a role its organization's kind cannot hold: the whole token is refused. */
  RoleNotForOrganization = 'ROLE_NOT_FOR_ORGANIZATION',
  /** The browser session has ended (idle, at its lifetime, signed out or replaced): sign in again. */
  SessionExpired = 'SESSION_EXPIRED',
  /** A change sent with a session cookie lacks the session's CSRF token, or comes from another origin. */
  CsrfRejected = 'CSRF_REJECTED',
  /** The session's sign-in is weaker than one of the caller's roles needs: sign in again, more strongly. */
  StepUpRequired = 'STEP_UP_REQUIRED',
  /** A gateway client's token, but the client is unknown here, revoked, or retired by a rotation. */
  GatewayClientNotActive = 'GATEWAY_CLIENT_NOT_ACTIVE',
  /** The person has been disabled in the directory: their tokens and sessions are refused. */
  PersonDisabled = 'PERSON_DISABLED',
  /** The sign-in could not be finished (no sign-in under way in this browser, state or nonce mismatch, the IdP refused). */
  SignInFailed = 'SIGN_IN_FAILED',
}

export enum ResourceErrorCode {
  NotFound = 'NOT_FOUND',
}

/** The registries kept by program administrators. */
export enum RegistryErrorCode {
  OrganizationExists = 'ORGANIZATION_EXISTS',
  /** A partner in the partner registry stays a PARTNER organization. */
  OrganizationKindInUse = 'ORGANIZATION_KIND_IN_USE',
  /** A person with this sub is in the directory already. */
  PersonExists = 'PERSON_EXISTS',
  /** A partner with this id is in the registry already. */
  PartnerExists = 'PARTNER_EXISTS',
  /** The organization named is not in the registry: a program administrator registers it first. */
  OrganizationNotRegistered = 'ORGANIZATION_NOT_REGISTERED',
  /** A government request goes to a DEVELOPER organization; the one named is of another kind. */
  NotADeveloperOrganization = 'NOT_A_DEVELOPER_ORGANIZATION',
  /** A consultation goes to a GOVERNMENT organization; the one named is of another kind. */
  NotAGovernmentOrganization = 'NOT_A_GOVERNMENT_ORGANIZATION',
  /** Roles named that the organization's registered kind may not hold. */
  RolesNotForOrganization = 'ROLES_NOT_FOR_ORGANIZATION',
  /** Some partners named are not verified partners in the registry; `errors` names each. */
  PartnersNotNominable = 'PARTNERS_NOT_NOMINABLE',
  /** A nomination's filter matches more verified partners than a nomination holds. */
  NominationTooLarge = 'NOMINATION_TOO_LARGE',
}

/** Organizations' webhook endpoints. */
export enum WebhookErrorCode {
  /** The endpoint was turned off (it kept failing): turn it on again before resending to it. */
  EndpointDisabled = 'WEBHOOK_DISABLED',
  /** The organization has as many endpoints as it may: delete one first. */
  LimitReached = 'WEBHOOK_LIMIT_REACHED',
}

export enum DependencyErrorCode {
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  IdentityProviderUnavailable = 'IDENTITY_PROVIDER_UNAVAILABLE',
  TemporalUnavailable = 'TEMPORAL_UNAVAILABLE',
  CommandTimedOut = 'COMMAND_TIMED_OUT',
  WorkflowNotRunning = 'WORKFLOW_NOT_RUNNING',
}

export enum InternalErrorCode {
  Internal = 'INTERNAL',
}

export type ProblemCode =
  | RequestErrorCode
  | AuthErrorCode
  | ResourceErrorCode
  | RegistryErrorCode
  | WebhookErrorCode
  | DependencyErrorCode
  | InternalErrorCode
  // A missing record the domain names becomes the one 404, ResourceErrorCode.NotFound (problem.filter.ts).
  | Exclude<DomainErrorCode, MissingRecordCode>;

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface ProblemExtras {
  readonly stage?: EngagementStage;
  readonly errors?: readonly FieldError[];
  readonly [key: string]: unknown;
}

/** Base of every error the API raises on purpose; the global filter turns it into problem+json. */
export abstract class CodedException extends Error {
  abstract readonly code: ProblemCode;
  constructor(
    message: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(message);
  }
}

export class RequestException extends CodedException {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    extras: ProblemExtras = {},
  ) {
    super(message, extras);
  }
}

export class AuthException extends CodedException {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class ResourceException extends CodedException {
  readonly code = ResourceErrorCode.NotFound;
  constructor(what: string) {
    super(`${what} not found`);
  }
}

export class DependencyException extends CodedException {
  constructor(
    readonly code: DependencyErrorCode,
    message: string,
    extras: ProblemExtras = {},
  ) {
    super(message, extras);
  }
}

export class RegistryException extends CodedException {
  constructor(
    readonly code: RegistryErrorCode,
    message: string,
    extras: ProblemExtras = {},
  ) {
    super(message, extras);
  }
}

export class WebhookException extends CodedException {
  constructor(
    readonly code: WebhookErrorCode,
    message: string,
  ) {
    super(message);
  }
}
