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
}

export enum FindingCommandType {
  Respond = 'RESPOND',
  VerifyFix = 'VERIFY_FIX',
  ResolveDispute = 'RESOLVE_DISPUTE',
  Close = 'CLOSE',
  Edit = 'EDIT',
}

export type FindingCommand =
  | { readonly type: FindingCommandType.Respond; readonly actor: Actor; readonly status: FindingResponseStatus }
  | { readonly type: FindingCommandType.VerifyFix; readonly actor: Actor; readonly verdict: FixVerdict }
  | { readonly type: FindingCommandType.ResolveDispute; readonly actor: Actor; readonly resolution: DisputeResolution }
  | { readonly type: FindingCommandType.Close; readonly actor: Actor }
  | { readonly type: FindingCommandType.Edit; readonly actor: Actor; readonly inputs?: Partial<Bod2604Inputs> };

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
}

/** Where each command may start from. */
const FROM: Readonly<Record<FindingCommandType, readonly FindingStatus[]>> = {
  [FindingCommandType.Respond]: [FindingStatus.Open, FindingStatus.Acknowledged, FindingStatus.Disputed, FindingStatus.Reopened],
  [FindingCommandType.VerifyFix]: [FindingStatus.Fixed],
  [FindingCommandType.ResolveDispute]: [FindingStatus.Disputed],
  [FindingCommandType.Close]: [FindingStatus.VerifiedFixed],
  [FindingCommandType.Edit]: [FindingStatus.Open],
};

const WHY_NOT: Readonly<Record<FindingCommandType, string>> = {
  [FindingCommandType.Respond]: 'a finding is answered while it is open, acknowledged, disputed or reopened',
  [FindingCommandType.VerifyFix]: 'only a finding the developer answered FIXED has a fix to verify',
  [FindingCommandType.ResolveDispute]: 'only a disputed finding has a dispute to resolve',
  [FindingCommandType.Close]: 'a finding is closed once its fix is verified',
  [FindingCommandType.Edit]: 'a finding is corrected only while it is OPEN, before the developer has answered it',
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
  }
}

function definedOnly(inputs: Partial<Bod2604Inputs>): Partial<Bod2604Inputs> {
  return Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined));
}

/** Decides one command against the finding as it stands: the event it leads to, or a refusal naming the finding's status. */
export function decideFinding(state: FindingState, command: FindingCommand, now: number): FindingEvent {
  if (command.type === FindingCommandType.Respond) {
    requireDeveloperOf(state, command.actor);
  } else {
    requireGovernmentReviewer(state, command.actor);
  }
  if (!FROM[command.type].includes(state.status)) {
    throw findingRefusal(DomainErrorCode.IllegalTransition, `${WHY_NOT[command.type]}; this one is ${state.status}`, state);
  }
  const { type, to } = toStatusOf(command);
  const base = { type, at: now, actorSub: command.actor.sub, fromStatus: state.status, toStatus: to ?? state.status, version: state.version + 1 };
  if (command.type === FindingCommandType.Edit && command.inputs) {
    // Corrected inputs replace those given; the rest stand as recorded.
    const inputs: Bod2604Inputs = { ...state.inputs, ...definedOnly(command.inputs) };
    const tier = remediationTier(inputs);
    return { ...base, inputs, tier, dueAt: remediationDueAt(tier, state.recordedAt) };
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
