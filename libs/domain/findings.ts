import { Bod2604Inputs, remediationDueAt, RemediationTier, remediationTier } from './bod-26-04';
import { DomainErrorCode, DomainRuleError } from './domain-error';
import { FindingResponseStatus } from './engagement-state';
import { Actor, hasRole, Role } from './roles';

/**
 * A finding's life, from recorded to closed. The developer answers (ACKNOWLEDGED, FIXED, DISPUTED);
 * an attested reviewer verifies a fix (VERIFIED_FIXED, or REOPENED when it does not hold), keeps or
 * withdraws a disputed finding, and closes a verified one.
 */
export enum FindingStatus {
  Open = 'OPEN',
  Acknowledged = 'ACKNOWLEDGED',
  Fixed = 'FIXED',
  Disputed = 'DISPUTED',
  VerifiedFixed = 'VERIFIED_FIXED',
  Reopened = 'REOPENED',
  Closed = 'CLOSED',
}

/** Statuses that need no more remediation: never overdue, however late. */
export const REMEDIATED_STATUSES: readonly FindingStatus[] = [FindingStatus.VerifiedFixed, FindingStatus.Closed];

/** What a reviewer found when checking a fix. */
export enum FixVerdict {
  VerifiedFixed = 'VERIFIED_FIXED',
  Reopened = 'REOPENED',
}

/** How a reviewer resolves a dispute: the finding stands (and is open again) or is withdrawn (and closed). */
export enum DisputeResolution {
  Kept = 'KEPT',
  Withdrawn = 'WITHDRAWN',
}

/** What the clearinghouse made of a shared finding (deconfliction included). */
export enum ValidationOutcome {
  Validated = 'VALIDATED',
  /** The same as another shared finding, which the outcome names to the clearinghouse only. */
  DuplicateOf = 'DUPLICATE_OF',
  NotReproducible = 'NOT_REPRODUCIBLE',
}

/** TLP 1.0, as CSAF 2.0 labels a document: RED before the model's release and AMBER after, unless the developer chose one. */
export enum TlpLabel {
  Red = 'RED',
  Amber = 'AMBER',
  Green = 'GREEN',
  White = 'WHITE',
}

export interface FindingState {
  readonly findingId: string;
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly status: FindingStatus;
  readonly inputs: Bod2604Inputs;
  readonly tier: RemediationTier;
  /** Epoch ms; the due date counts from here, even after an edit. */
  readonly recordedAt: number;
  /** Epoch ms the remediation is due (BOD 26-04, from the tier); null for fix-on-upgrade. */
  readonly dueAt: number | null;
  /** Epoch ms the due date passed unremediated (set by the finding's clock at that instant). */
  readonly overdueSince?: number;
  /** Counts every change, from 1 when recorded. */
  readonly version: number;
  /** Epoch ms the developer shared it with the clearinghouse. */
  readonly sharedAt?: number;
  /** The TLP label the developer chose when sharing, if any. */
  readonly tlp?: TlpLabel;
  readonly validation?: ValidationOutcome;
}

export enum FindingCommandType {
  Respond = 'RESPOND',
  VerifyFix = 'VERIFY_FIX',
  ResolveDispute = 'RESOLVE_DISPUTE',
  Close = 'CLOSE',
  Edit = 'EDIT',
  Share = 'SHARE',
  Validate = 'VALIDATE',
}

export type FindingCommand =
  | { readonly type: FindingCommandType.Respond; readonly actor: Actor; readonly status: FindingResponseStatus }
  | { readonly type: FindingCommandType.VerifyFix; readonly actor: Actor; readonly verdict: FixVerdict }
  | { readonly type: FindingCommandType.ResolveDispute; readonly actor: Actor; readonly resolution: DisputeResolution }
  | { readonly type: FindingCommandType.Close; readonly actor: Actor }
  | { readonly type: FindingCommandType.Edit; readonly actor: Actor; readonly inputs?: Partial<Bod2604Inputs> }
  | { readonly type: FindingCommandType.Share; readonly actor: Actor; readonly tlp?: TlpLabel }
  | { readonly type: FindingCommandType.Validate; readonly actor: Actor; readonly outcome: ValidationOutcome; readonly duplicateOf?: string };

export enum FindingEventType {
  Responded = 'RESPONDED',
  FixVerified = 'FIX_VERIFIED',
  Reopened = 'REOPENED',
  DisputeKept = 'DISPUTE_KEPT',
  Withdrawn = 'WITHDRAWN',
  Closed = 'CLOSED',
  Edited = 'EDITED',
  /** The due date passed before the finding was remediated: recorded by its clock, not by a person. */
  Overdue = 'OVERDUE',
  Shared = 'SHARED',
  Validated = 'VALIDATED',
}

export interface FindingEvent {
  readonly type: FindingEventType;
  readonly at: number;
  readonly actorSub: string;
  readonly fromStatus: FindingStatus;
  readonly toStatus: FindingStatus;
  /** The finding's version once this event is applied. */
  readonly version: number;
  /** For an edit: the tier and due date recomputed from the corrected inputs. */
  readonly inputs?: Bod2604Inputs;
  readonly tier?: RemediationTier;
  readonly dueAt?: number | null;
  /** For a share: the TLP label the developer chose, if any. */
  readonly tlp?: TlpLabel;
  /** For a validation: the clearinghouse's outcome, and the finding this one duplicates. */
  readonly outcome?: ValidationOutcome;
  readonly duplicateOf?: string;
}

const ALL_STATUSES: readonly FindingStatus[] = Object.values(FindingStatus);

/** Where each command may start from. */
const FROM: Readonly<Record<FindingCommandType, readonly FindingStatus[]>> = {
  [FindingCommandType.Respond]: [FindingStatus.Open, FindingStatus.Acknowledged, FindingStatus.Disputed, FindingStatus.Reopened],
  [FindingCommandType.VerifyFix]: [FindingStatus.Fixed],
  [FindingCommandType.ResolveDispute]: [FindingStatus.Disputed],
  [FindingCommandType.Close]: [FindingStatus.VerifiedFixed],
  [FindingCommandType.Edit]: [FindingStatus.Open],
  // Shared and validated whatever its status, while it is open at all (a closed finding's workflow has ended).
  [FindingCommandType.Share]: ALL_STATUSES.filter((status) => status !== FindingStatus.Closed),
  [FindingCommandType.Validate]: ALL_STATUSES.filter((status) => status !== FindingStatus.Closed),
};

const WHY_NOT: Readonly<Record<FindingCommandType, string>> = {
  [FindingCommandType.Respond]: 'a finding is answered while it is open, acknowledged, disputed or reopened',
  [FindingCommandType.VerifyFix]: 'only a finding the developer answered FIXED has a fix to verify',
  [FindingCommandType.ResolveDispute]: 'only a disputed finding has a dispute to resolve',
  [FindingCommandType.Close]: 'a finding is closed once its fix is verified',
  [FindingCommandType.Edit]: 'a finding is corrected only while it is OPEN, before the developer has answered it',
  [FindingCommandType.Share]: 'a closed finding is no longer shared',
  [FindingCommandType.Validate]: 'a closed finding is no longer validated',
};

export function findingRefusal(code: DomainErrorCode, message: string, state: FindingState): DomainRuleError {
  return new DomainRuleError(code, message, { findingStatus: state.status });
}

function requireDeveloperOf(state: FindingState, actor: Actor): void {
  if (!hasRole(actor, Role.Developer)) {
    throw findingRefusal(DomainErrorCode.RoleRequired, 'this action needs the developer role', state);
  }
  if (actor.org !== state.developerOrg) {
    throw findingRefusal(DomainErrorCode.NotOnRoster, 'only the developer organization may do this', state);
  }
}

/** A reviewer acting for the government, never from the developer's own organization (the roster and attestation are checked by who sends it). */
function requireGovernmentReviewer(state: FindingState, actor: Actor): void {
  if (!hasRole(actor, Role.Reviewer)) {
    throw findingRefusal(DomainErrorCode.RoleRequired, 'this action needs the reviewer role', state);
  }
  if (actor.org === state.developerOrg) {
    throw findingRefusal(DomainErrorCode.OwnOrganization, "nobody from the developer's organization acts for the government on its findings", state);
  }
}

function toStatusOf(command: FindingCommand): { readonly type: FindingEventType; readonly to?: FindingStatus } {
  switch (command.type) {
    case FindingCommandType.Respond:
      return { type: FindingEventType.Responded, to: command.status as string as FindingStatus };
    case FindingCommandType.VerifyFix:
      return command.verdict === FixVerdict.VerifiedFixed
        ? { type: FindingEventType.FixVerified, to: FindingStatus.VerifiedFixed }
        : { type: FindingEventType.Reopened, to: FindingStatus.Reopened };
    case FindingCommandType.ResolveDispute:
      return command.resolution === DisputeResolution.Kept
        ? { type: FindingEventType.DisputeKept, to: FindingStatus.Reopened }
        : { type: FindingEventType.Withdrawn, to: FindingStatus.Closed };
    case FindingCommandType.Close:
      return { type: FindingEventType.Closed, to: FindingStatus.Closed };
    case FindingCommandType.Edit:
      return { type: FindingEventType.Edited };
    case FindingCommandType.Share:
      return { type: FindingEventType.Shared };
    case FindingCommandType.Validate:
      return { type: FindingEventType.Validated };
  }
}

/** Who may give each command: the developer answers and shares, government reviewers decide on the finding, the clearinghouse validates. */
function requireActor(state: FindingState, command: FindingCommand): void {
  switch (command.type) {
    case FindingCommandType.Respond:
    case FindingCommandType.Share:
      return requireDeveloperOf(state, command.actor);
    case FindingCommandType.Validate:
      if (!hasRole(command.actor, Role.Clearinghouse)) {
        throw findingRefusal(DomainErrorCode.RoleRequired, 'this action needs the clearinghouse role', state);
      }
      return;
    case FindingCommandType.VerifyFix:
    case FindingCommandType.ResolveDispute:
    case FindingCommandType.Close:
    case FindingCommandType.Edit:
      return requireGovernmentReviewer(state, command.actor);
  }
}

function definedOnly(inputs: Partial<Bod2604Inputs>): Partial<Bod2604Inputs> {
  return Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined));
}

/** Decides one command against the finding as it stands: the event it leads to, or a refusal naming the finding's status. */
export function decideFinding(state: FindingState, command: FindingCommand, now: number): FindingEvent {
  requireActor(state, command);
  if (!FROM[command.type].includes(state.status)) {
    throw findingRefusal(DomainErrorCode.IllegalTransition, `${WHY_NOT[command.type]}; this one is ${state.status}`, state);
  }
  if (command.type === FindingCommandType.Share && state.sharedAt !== undefined) {
    throw findingRefusal(DomainErrorCode.AlreadyShared, 'this finding is already shared with the clearinghouse', state);
  }
  if (command.type === FindingCommandType.Validate) {
    if (state.sharedAt === undefined) {
      // Unshared, the finding does not exist for the clearinghouse.
      throw findingRefusal(DomainErrorCode.FindingNotFound, 'no such shared finding', state);
    }
    if ((command.outcome === ValidationOutcome.DuplicateOf) !== (command.duplicateOf !== undefined) || command.duplicateOf === state.findingId) {
      throw findingRefusal(DomainErrorCode.DuplicateOfRequired, 'DUPLICATE_OF names the other shared finding (duplicateOf), and only it does', state);
    }
  }
  const { type, to } = toStatusOf(command);
  const base = { type, at: now, actorSub: command.actor.sub, fromStatus: state.status, toStatus: to ?? state.status, version: state.version + 1 };
  if (command.type === FindingCommandType.Edit && command.inputs) {
    // Corrected inputs replace those given; the rest stand as recorded.
    const inputs: Bod2604Inputs = { ...state.inputs, ...definedOnly(command.inputs) };
    const tier = remediationTier(inputs);
    return { ...base, inputs, tier, dueAt: remediationDueAt(tier, state.recordedAt) };
  }
  if (command.type === FindingCommandType.Share) {
    return { ...base, ...(command.tlp ? { tlp: command.tlp } : {}) };
  }
  if (command.type === FindingCommandType.Validate) {
    return { ...base, outcome: command.outcome, ...(command.duplicateOf ? { duplicateOf: command.duplicateOf } : {}) };
  }
  return base;
}

/** The overdue event, if the due date has passed on an unremediated finding not yet marked overdue. */
export function findingOverdueEvent(state: FindingState, now: number): FindingEvent | undefined {
  if (state.dueAt === null || now < state.dueAt || state.overdueSince !== undefined || REMEDIATED_STATUSES.includes(state.status)) {
    return undefined;
  }
  return {
    type: FindingEventType.Overdue,
    at: state.dueAt,
    actorSub: 'system',
    fromStatus: state.status,
    toStatus: state.status,
    version: state.version + 1,
  };
}

export function applyFindingEvent(state: FindingState, event: FindingEvent): FindingState {
  const next: FindingState = { ...state, status: event.toStatus, version: event.version };
  if (event.type === FindingEventType.Overdue) {
    return { ...next, overdueSince: event.at };
  }
  if (event.type === FindingEventType.Shared) {
    return { ...next, sharedAt: event.at, ...(event.tlp ? { tlp: event.tlp } : {}) };
  }
  if (event.type === FindingEventType.Validated && event.outcome) {
    return { ...next, validation: event.outcome };
  }
  if (event.type === FindingEventType.Edited && event.inputs && event.tier && event.dueAt !== undefined) {
    // A corrected due date still in the future is not overdue any more.
    const stillOverdue = event.dueAt !== null && event.dueAt <= event.at;
    const { overdueSince: _previous, ...rest } = next;
    return {
      ...rest,
      inputs: event.inputs,
      tier: event.tier,
      dueAt: event.dueAt,
      ...(stillOverdue && state.overdueSince !== undefined ? { overdueSince: state.overdueSince } : {}),
    };
  }
  return next;
}

/** Overdue, as reads show it: marked overdue by its clock and not yet remediated. */
export function findingOverdue(status: FindingStatus, overdueSince: number | null | undefined): boolean {
  return overdueSince !== null && overdueSince !== undefined && !REMEDIATED_STATUSES.includes(status);
}

/** The first state of a finding, as recorded. */
export function recordedFinding(input: {
  readonly findingId: string;
  readonly engagementId: string;
  readonly developerOrg: string;
  readonly inputs: Bod2604Inputs;
  readonly recordedAt: number;
}): FindingState {
  const tier = remediationTier(input.inputs);
  return { ...input, status: FindingStatus.Open, tier, dueAt: remediationDueAt(tier, input.recordedAt), version: 1 };
}
