import { DomainErrorCode } from '#domain';

import {
  AuthErrorCode,
  DependencyErrorCode,
  InternalErrorCode,
  ProblemCode,
  RegistryErrorCode,
  RequestErrorCode,
  ResourceErrorCode,
  WebhookErrorCode,
} from './api-errors';

export interface ProblemKind {
  readonly status: number;
  readonly title: string;
}

/**
 * Every code's HTTP status and title. The switch is exhaustive: a new code that is not decided
 * here does not compile.
 */
export function problemKind(code: ProblemCode): ProblemKind {
  switch (code) {
    case RequestErrorCode.ValidationFailed:
      return { status: 400, title: 'The request is not valid' };
    case RequestErrorCode.MalformedJson:
      return { status: 400, title: 'The body is not valid JSON' };
    case RequestErrorCode.PayloadTooLarge:
      return { status: 413, title: 'The body is too large' };
    case RequestErrorCode.UnsupportedMediaType:
      return { status: 415, title: 'Send the body as application/json' };
    case RequestErrorCode.RouteNotFound:
      return { status: 404, title: 'No such route' };
    case RequestErrorCode.MethodNotAllowed:
      return { status: 405, title: 'Method not allowed' };
    case RequestErrorCode.IdempotencyKeyReused:
      return { status: 422, title: 'This Idempotency-Key was used for a different request' };
    // Rules about the state of the registry or the clock, which a well-formed request can meet: 409, as a
    // conflict the caller can resolve (register the person first, choose a later instant) and send again.
    case RequestErrorCode.ReviewersNotAssignable:
      return { status: 409, title: 'Some of these people cannot be assigned as reviewers' };
    case RequestErrorCode.PreviousEngagementUnknown:
      return { status: 409, title: 'previousEngagementId names no engagement of your organization' };
    case RequestErrorCode.InstantPassed:
      return { status: 409, title: 'That instant has passed' };
    case RequestErrorCode.RateLimited:
      return { status: 429, title: 'Too many requests' };
    case RequestErrorCode.IdempotencyKeyInProgress:
      return { status: 409, title: 'A request with this Idempotency-Key is still in progress' };
    case AuthErrorCode.Unauthenticated:
      return { status: 401, title: 'Authentication required' };
    case AuthErrorCode.RoleNotPermitted:
      return { status: 403, title: 'Your role does not permit this' };
    case AuthErrorCode.OrganizationUnknown:
      return { status: 403, title: 'Your organization is not registered' };
    case AuthErrorCode.RoleNotForOrganization:
      return { status: 403, title: "A role in your token is not one your organization's kind may hold" };
    case AuthErrorCode.SessionExpired:
      return { status: 401, title: 'Your session has ended; sign in again' };
    case AuthErrorCode.CsrfRejected:
      return { status: 403, title: 'This change needs the session’s CSRF token, from this site' };
    case AuthErrorCode.StepUpRequired:
      return { status: 403, title: 'Sign in again with a stronger method' };
    case AuthErrorCode.GatewayClientNotActive:
      return { status: 401, title: 'This gateway client is not active' };
    case AuthErrorCode.PersonDisabled:
      return { status: 403, title: 'You have been disabled in the directory' };
    case AuthErrorCode.SignInFailed:
      return { status: 400, title: 'The sign-in could not be finished' };
    case ResourceErrorCode.NotFound:
      return { status: 404, title: 'Not found' };
    case RegistryErrorCode.OrganizationExists:
      return { status: 409, title: 'An organization with this id is registered already' };
    case RegistryErrorCode.OrganizationKindInUse:
      return { status: 409, title: "This organization's kind cannot change while it is in the partner registry" };
    case RegistryErrorCode.PersonExists:
      return { status: 409, title: 'A person with this sub is in the directory already' };
    case RegistryErrorCode.PartnerExists:
      return { status: 409, title: 'A partner with this id is in the registry already' };
    case RegistryErrorCode.OrganizationNotRegistered:
      return { status: 409, title: 'The organization is not registered' };
    case RegistryErrorCode.NotADeveloperOrganization:
      return { status: 409, title: 'The organization named is not a developer organization' };
    case RegistryErrorCode.NotAGovernmentOrganization:
      return { status: 409, title: 'The organization named is not a government organization' };
    case RegistryErrorCode.RolesNotForOrganization:
      return { status: 409, title: "These roles are not ones the organization's kind may hold" };
    case RegistryErrorCode.PartnersNotNominable:
      return { status: 409, title: 'Some of these partners cannot be nominated' };
    case RegistryErrorCode.NominationTooLarge:
      return { status: 409, title: 'The filter matches more partners than a nomination holds' };
    case WebhookErrorCode.EndpointDisabled:
      return { status: 409, title: 'The webhook endpoint is turned off' };
    case WebhookErrorCode.LimitReached:
      return { status: 409, title: 'Your organization has as many webhook endpoints as it may' };
    case DependencyErrorCode.DatabaseUnavailable:
      return { status: 503, title: 'The database is unavailable' };
    case DependencyErrorCode.IdentityProviderUnavailable:
      return { status: 503, title: 'The identity provider is unavailable' };
    case DependencyErrorCode.TemporalUnavailable:
      return { status: 503, title: 'The workflow service is unavailable' };
    case DependencyErrorCode.CommandTimedOut:
      return { status: 503, title: 'The command did not finish in time' };
    case DependencyErrorCode.WorkflowNotRunning:
      return { status: 503, title: 'The workflow behind this record is not running' };
    case InternalErrorCode.Internal:
      return { status: 500, title: 'Internal error' };
    // The domain's refusals (libs/domain/domain-error.ts), area by area.
    case DomainErrorCode.IllegalTransition:
      return { status: 409, title: 'Not allowed in the current stage' };
    case DomainErrorCode.NotOnRoster:
      // The API answers 404 before this for a caller who may not see the engagement at all; one who may
      // see it (as an administrator, say) but is not on its roster for this action is refused.
      return { status: 403, title: "You are not on this engagement's roster for this" };
    case DomainErrorCode.RoleRequired:
      return { status: 403, title: 'Your role does not permit this' };
    case DomainErrorCode.AttestationRequired:
      return { status: 403, title: 'A conflict-of-interest attestation is required first' };
    case DomainErrorCode.AlreadyAttested:
      return { status: 409, title: 'Already attested' };
    case DomainErrorCode.TwoPersonRule:
      return { status: 403, title: 'Two-person rule: a different person must decide' };
    case DomainErrorCode.SelfAssignment:
      return { status: 403, title: 'Separation of duties: you may not assign yourself' };
    case DomainErrorCode.BenchmarkRequired:
      return { status: 409, title: 'A benchmark reference is required first' };
    case DomainErrorCode.NothingToAssign:
      return { status: 409, title: 'Nothing to assign' };
    case DomainErrorCode.OwnOrganization:
      return { status: 403, title: "Separation of duties: nobody acts for the government on their own organization's engagement" };
    case DomainErrorCode.Recused:
      return { status: 403, title: 'Recused from this engagement' };
    case DomainErrorCode.WindowCapExceeded:
      return { status: 400, title: 'The pre-release window is at most 30 days' };
    case DomainErrorCode.AccessWindowClosed:
      return { status: 409, title: 'The pre-release access window is not open' };
    case DomainErrorCode.ReleaseInFuture:
      return { status: 409, title: 'A release cannot be recorded before it happens' };
    case DomainErrorCode.SelfApproval:
      return { status: 403, title: 'Dual consent: the other side must approve' };
    case DomainErrorCode.NominationNotPending:
      return { status: 409, title: 'The nomination is no longer pending' };
    case DomainErrorCode.GrantDurationExceeded:
      return { status: 400, title: 'The grant is longer than allowed' };
    case DomainErrorCode.GrantNotUsable:
      return { status: 409, title: 'The grant cannot be used now' };
    case DomainErrorCode.AlreadyAccepted:
      return { status: 409, title: 'Already accepted' };
    case DomainErrorCode.StaleTerms:
      return { status: 409, title: 'These are not the terms in force' };
    case DomainErrorCode.TermsVersionExists:
      return { status: 409, title: 'That terms version was already published' };
    case DomainErrorCode.AlreadyShared:
      return { status: 409, title: 'Already shared with the clearinghouse' };
    case DomainErrorCode.DuplicateOfRequired:
      return { status: 409, title: 'DUPLICATE_OF names another shared finding, and only it does' };
    case DomainErrorCode.ConsultationPending:
      return { status: 409, title: 'A consultation is waiting for its answer: decide once it is answered or its deadline has passed' };
    case DomainErrorCode.ReconsiderationUsed:
      return { status: 409, title: 'A determination is reconsidered once' };
    case DomainErrorCode.ReconsiderationPeriodPassed:
      return { status: 409, title: 'Reconsideration is asked for within 30 days of the determination' };
    case DomainErrorCode.ReconsiderationAfterNomination:
      return { status: 409, title: 'Partners were nominated on this designation: it is no longer reconsidered' };
    case DomainErrorCode.OwnOrganizationConsulted:
      return { status: 409, title: 'A consultation goes to another organization than your own' };
    case DomainErrorCode.ConsultationTooLong:
      return { status: 409, title: 'A consultation is answered within 30 days' };
    case DomainErrorCode.ConsultationNotPending:
      return { status: 409, title: 'The consultation takes no answer now' };
    case DomainErrorCode.AlreadyDisposed:
      return { status: 409, title: "The engagement's confidential content was already disposed of" };
    case DomainErrorCode.DisposalNeedsWithdrawal:
      return { status: 409, title: 'Early disposal follows a withdrawal; otherwise the retention schedule disposes of the content' };
    case DomainErrorCode.DisposalTooEarly:
      return { status: 409, title: 'The retention schedule keeps a withdrawn engagement a while longer' };
  }
}

export function problemType(code: ProblemCode): string {
  return `urn:frontier-access:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
