import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  currentUpdateInfo,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  Actor,
  decide,
  DomainErrorCode,
  DomainRuleError,
  EngagementCommand,
  EngagementCommandType,
  EngagementEvent,
  EngagementState,
  evolve,
  GrantEndReason,
  grantsExpiredEvent,
  grantsLapsedEvent,
  hasRole,
  initialState,
  isTerminal,
  nominationExpiredEvent,
  NominationStatus,
  openAcceptances,
  overdueEvent,
  pendingAccessEnds,
  Role,
  windowExpiredEvent,
} from '#domain';
import { assignReviewersUpdate, attestUpdate, closeUpdate, CommandResult, EngagementCommandUpdate, approveNominationUpdate, declineAccessUpdate, declineNominationUpdate, determineUpdate, endWindowUpdate, engagementStateQuery, EngagementWorkflowInput, EventContent, nominateUpdate, openWindowUpdate, publishTermsUpdate, recommendUpdate, recordBenchmarkUpdate, recordFindingUpdate, releaseUpdate, respondToFindingUpdate, revokeGrantsUpdate, SubmitArgs, submitUpdate, withdrawUpdate, WorkflowFailureType, type EngagementActivities } from '#contracts';
import {
  ClockName,
  clockNotification,
  DuePoint,
  nextDuePoint,
  nominationExpiredNotification,
  pendingNominations,
  stillRunning,
  windowClosedNotification,
} from './engagement-clocks';
import { AWAITED_WRITE, untilDone } from './activity-options';
import { CommandMemory } from './command-memory';
import { check, toFailure } from './failures';
import { Serial } from './serial';

const commandActivities = proxyActivities<EngagementActivities>(AWAITED_WRITE);
const clockActivities = proxyActivities<EngagementActivities>(untilDone());

/** Fan-outs over thousands of grants: long, heartbeating, resumable, retried until done. */
const fanOutActivities = proxyActivities<EngagementActivities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** A workflow started without its submission (which only a broken client can cause) ends after this. */
const SUBMISSION_GRACE = '1 hour';

const DEFAULT_HISTORY_LIMIT = 10_000;

/** The patch that moved grant workflows' start from approval to acceptance. */
const GRANTS_START_ON_ACCEPTANCE = 'grants-start-on-acceptance';
/** The patch that expires a nomination's grants together at its accessEndsAt. */
const NOMINATION_ACCESS_END_CLOCK = 'nomination-access-end-clock';

export async function engagementWorkflow(input: EngagementWorkflowInput): Promise<EngagementState | null> {
  let state: EngagementState | undefined = input.state;
  const serial = new Serial();
  /**
   * A grant's workflow starts when its partner accepts (Update-With-Start), so thousands of approved
   * grants cost Temporal nothing until used; the engagement keeps each approval's acceptance deadline
   * and lapses what was never accepted. Runs begun before this started every grant's workflow at approval.
   */
  const grantsStartOnAcceptance = patched(GRANTS_START_ON_ACCEPTANCE);
  /** Grants that share an end (a nomination's accessEndsAt) expire together, in one step, at that instant. */
  const sharedAccessEnds = patched(NOMINATION_ACCESS_END_CLOCK);

  const current = (): EngagementState => {
    if (state === undefined) {
      throw ApplicationFailure.create({
        type: WorkflowFailureType.NotSubmitted,
        message: 'the engagement has not been submitted',
        nonRetryable: true,
      });
    }
    return state;
  };

  const result = (s: EngagementState): CommandResult => ({ engagementId: s.engagementId, stage: s.stage, version: s.version });

  /** Persists an event with its confidential content, then, and only then, applies it. */
  const commit = async (
    event: EngagementEvent,
    content: EventContent,
    commandId: string,
    actorRoles: readonly string[],
    durable: boolean,
  ): Promise<EngagementState> => {
    const next = evolve(current(), event);
    const activities = durable ? clockActivities : commandActivities;
    try {
      await activities.recordEngagementEvent({ state: next, event, actorRoles, content, commandId });
    } catch (error) {
      throw toFailure(error);
    }
    state = next;
    return next;
  };

  const commandId = (): string => currentUpdateInfo()?.id ?? 'unknown';
  const recent = new CommandMemory(input.recentCommands);
  const remember = (answer: CommandResult): CommandResult => recent.remember(commandId(), answer);

  /**
   * Work that follows a command but need not hold up its answer (starting or ending thousands of
   * grant workflows). The grants' own state is already final in the read model by then.
   */
  const background: Promise<unknown>[] = [];
  const inBackground = (work: Promise<unknown>): void => {
    background.push(work);
  };
  /** Only an engagement that approved a nomination has grants whose workflows need telling. */
  /** Tells the grant workflows whose grants an event ended at `endedAt`, and only those. */
  const endGrantWorkflows = (reason: GrantEndReason, endedAt: number): void => {
    if ((current().nominations ?? []).some((n) => n.status === NominationStatus.Approved)) {
      inBackground(fanOutActivities.signalGrantsEnded({ engagementId: input.engagementId, reason, endedAt }));
    }
  };
  const finishBackground = async (): Promise<void> => {
    await Promise.all(background);
    background.length = 0;
  };

  /** One Update per command: the validator refuses at once, the handler re-decides under the lock and commits. */
  const registerCommand = <A extends { readonly actor: Actor }>(
    update: EngagementCommandUpdate<A>,
    toCommand: (args: A) => EngagementCommand,
    content: (args: A) => EventContent,
    afterCommit?: (args: A, event: EngagementEvent) => void,
  ): void => {
    setHandler(
      update,
      (args) =>
        serial.run(async () => {
          const answered = recent.answerTo(commandId());
          if (answered) {
            return answered;
          }
          const event = check(() => decide(current(), toCommand(args), Date.now()));
          const committed = await commit(event, content(args), commandId(), args.actor.roles, false);
          afterCommit?.(args, event);
          return remember(result(committed));
        }),
      {
        validator: (args: A) => {
          if (recent.answerTo(commandId()) === undefined) {
            check(() => decide(current(), toCommand(args), Date.now()));
          }
        },
      },
    );
  };

  const alreadySubmitted = (): ApplicationFailure =>
    ApplicationFailure.create({ type: WorkflowFailureType.AlreadySubmitted, message: 'already submitted', nonRetryable: true });

  setHandler(
    submitUpdate,
    (args) =>
      serial.run(async () => {
        const answered = recent.answerTo(commandId());
        if (answered) {
          return answered;
        }
        if (state !== undefined) {
          throw alreadySubmitted();
        }
        const initial = initialState({
          engagementId: input.engagementId,
          developerOrg: args.actor.org,
          submittedBy: args.actor.sub,
          submittedAt: Date.now(),
          determinationTargetMs: input.clock.determinationTargetMs,
        });
        const { actor: _actor, ...details } = args;
        try {
          await commandActivities.recordSubmission({ state: initial, details, actorRoles: args.actor.roles, commandId: commandId() });
        } catch (error) {
          throw toFailure(error);
        }
        state = initial;
        return remember(result(initial));
      }),
    {
      validator: (args: SubmitArgs) => {
        if (recent.answerTo(commandId()) !== undefined) {
          return;
        }
        if (state !== undefined) {
          throw alreadySubmitted();
        }
        if (!hasRole(args.actor, Role.Developer)) {
          throw toFailure(new DomainRuleError(DomainErrorCode.RoleRequired, 'only a developer submits an inquiry'));
        }
      },
    },
  );

  registerCommand(
    assignReviewersUpdate,
    (a) => ({ type: EngagementCommandType.AssignReviewers, actor: a.actor, reviewerIds: a.reviewerIds }),
    () => ({}),
  );
  registerCommand(
    attestUpdate,
    (a) => ({ type: EngagementCommandType.Attest, actor: a.actor }),
    (a) => ({ statement: a.statement }),
  );
  registerCommand(
    recordBenchmarkUpdate,
    (a) => ({ type: EngagementCommandType.RecordBenchmark, actor: a.actor }),
    (a) => ({ benchmark: { id: a.benchmarkId, reference: a.reference, digest: a.digest, summary: a.summary } }),
  );
  registerCommand(
    recommendUpdate,
    (a) => ({ type: EngagementCommandType.Recommend, actor: a.actor, outcome: a.outcome }),
    (a) => ({ rationale: a.rationale }),
  );
  registerCommand(
    determineUpdate,
    (a) => ({ type: EngagementCommandType.Determine, actor: a.actor, outcome: a.outcome }),
    (a) => ({ rationale: a.rationale }),
  );
  registerCommand(
    withdrawUpdate,
    (a) => ({ type: EngagementCommandType.Withdraw, actor: a.actor }),
    (a) => ({ reason: a.reason }),
    (_a, event) => endGrantWorkflows(GrantEndReason.EngagementWithdrawn, event.at),
  );
  registerCommand(
    openWindowUpdate,
    (a) => ({ type: EngagementCommandType.OpenWindow, actor: a.actor, days: a.days, dayMs: a.dayMs, remindBeforeMs: a.remindBeforeMs }),
    (a) => ({ window: { accessEndpoint: a.accessEndpoint, artifactDigest: a.artifactDigest } }),
  );
  registerCommand(endWindowUpdate, (a) => ({ type: EngagementCommandType.EndWindow, actor: a.actor }), () => ({}));
  registerCommand(declineAccessUpdate, (a) => ({ type: EngagementCommandType.DeclineAccess, actor: a.actor }), () => ({}));
  registerCommand(
    recordFindingUpdate,
    (a) => ({
      type: EngagementCommandType.RecordFinding,
      actor: a.actor,
      findingId: a.findingId,
      inputs: { inKev: a.inKev, publiclyExposed: a.publiclyExposed, automatable: a.automatable, technicalImpact: a.technicalImpact },
    }),
    ({ actor: _actor, findingId: _id, ...finding }) => ({ finding }),
  );
  registerCommand(
    respondToFindingUpdate,
    (a) => ({ type: EngagementCommandType.RespondToFinding, actor: a.actor, findingId: a.findingId, status: a.status }),
    (a) => ({ note: a.note }),
  );
  registerCommand(releaseUpdate, (a) => ({ type: EngagementCommandType.Release, actor: a.actor, releasedAt: a.releasedAt }), () => ({}));
  registerCommand(
    closeUpdate,
    (a) => ({ type: EngagementCommandType.Close, actor: a.actor }),
    () => ({}),
    (_a, event) => endGrantWorkflows(GrantEndReason.EngagementClosed, event.at),
  );
  registerCommand(
    nominateUpdate,
    (a) => ({ type: EngagementCommandType.Nominate, actor: a.actor, nominationId: a.nominationId, answerWithinMs: a.answerWithinMs, accessEndsAt: a.accessEndsAt }),
    (a) => ({ nomination: { partnerIds: a.partnerIds, filter: a.filter, durationDays: a.durationDays, accessEndsAt: a.accessEndsAt, scopes: a.scopes } }),
  );
  registerCommand(
    approveNominationUpdate,
    (a) => ({ type: EngagementCommandType.ApproveNomination, actor: a.actor, nominationId: a.nominationId, acceptWithinMs: a.acceptWithinMs }),
    () => ({}),
    (a) => {
      if (!grantsStartOnAcceptance) {
        inBackground(fanOutActivities.startGrantWorkflows({ nominationId: a.nominationId }));
      }
    },
  );
  registerCommand(
    declineNominationUpdate,
    (a) => ({ type: EngagementCommandType.DeclineNomination, actor: a.actor, nominationId: a.nominationId }),
    () => ({}),
  );
  registerCommand(
    publishTermsUpdate,
    (a) => ({ type: EngagementCommandType.PublishTerms, actor: a.actor, version: a.version }),
    (a) => ({ terms: { text: a.text, accessEndpoint: a.accessEndpoint } }),
  );
  registerCommand(
    revokeGrantsUpdate,
    (a) => ({ type: EngagementCommandType.RevokeGrants, actor: a.actor }),
    (a) => ({ revocation: { sector: a.sector, reason: a.reason } }),
    (a, event) =>
      inBackground(
        fanOutActivities.signalGrantsEnded({ engagementId: input.engagementId, sector: a.sector, reason: GrantEndReason.Revoked, endedAt: event.at }),
      ),
  );
  setHandler(engagementStateQuery, () => state ?? null);

  if (!(await condition(() => state !== undefined, SUBMISSION_GRACE))) {
    return null;
  }

  /** Long-lived engagements start a fresh run before their history grows unwieldy; state and clocks carry over. */
  const historyFull = (): boolean =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > (input.historyLimit ?? DEFAULT_HISTORY_LIMIT);

  const progress: Record<ClockName, number> = {
    DETERMINATION: input.clockDoneUntil ?? 0,
    WINDOW: input.windowClockDoneUntil ?? 0,
    NOMINATION: 0,
    ACCEPTANCE: 0,
    ACCESS_END: 0,
  };

  /**
   * Commits, under the lock, the clock event of each nomination a clock point found due (declined
   * by its deadline, its unaccepted grants lapsed, its shared end come), each with its own receipt.
   */
  const commitDue = <N extends { readonly id: string }>(
    clock: ClockName,
    due: (s: EngagementState) => readonly N[],
    eventFor: (s: EngagementState, nominationId: string) => EngagementEvent | undefined,
  ): Promise<readonly N[]> =>
    serial.run(async () => {
      const found = due(current());
      for (const nomination of found) {
        const event = eventFor(current(), nomination.id);
        if (event) {
          await commit(event, {}, `clock:${clock}:${nomination.id}`, [], true);
        }
      }
      return found;
    });

  /** Declines every nomination whose deadline has passed, then tells both sides. */
  const expireNominations = async (): Promise<void> => {
    const expired = await commitDue('NOMINATION', (s) => pendingNominations(s).filter((n) => n.deadline <= Date.now()), nominationExpiredEvent);
    for (const nomination of expired) {
      await clockActivities.notify(nominationExpiredNotification(current(), nomination.id, nomination.deadline));
    }
  };
  let windowClosedNotified = input.windowClosedNotified ?? false;

  /** Lapses the grants of every approval whose acceptance deadline has passed, in the read model, each audited. */
  const closeAcceptances = () => commitDue('ACCEPTANCE', (s) => openAcceptances(s.nominations).filter((n) => n.acceptBy <= Date.now()), grantsLapsedEvent);

  /** Expires, together, the grants of every approval whose shared end has come, each audited. */
  const endSharedAccess = () => commitDue('ACCESS_END', (s) => pendingAccessEnds(s.nominations).filter((n) => n.accessEndsAt <= Date.now()), grantsExpiredEvent);

  /** A clock point passed: the target changes state (through the same commit path as commands), then everyone due is told. */
  const actOnClock = async (due: DuePoint): Promise<void> => {
    if (due.clock === 'NOMINATION') {
      await expireNominations();
      return;
    }
    if (due.clock === 'ACCEPTANCE') {
      await closeAcceptances();
      return;
    }
    if (due.clock === 'ACCESS_END') {
      await endSharedAccess();
      return;
    }
    if (due.point.kind === 'TARGET') {
      const acted = await serial.run(async () => {
        const s = current();
        const event = due.clock === 'DETERMINATION' ? (stillRunning(s, 'DETERMINATION') ? overdueEvent(s) : undefined) : windowExpiredEvent(s);
        if (event === undefined) {
          return false;
        }
        await commit(event, {}, `clock:${due.clock}:${due.point.at}`, [], true);
        return true;
      });
      if (!acted || due.clock === 'WINDOW') {
        // A window that closed is announced below, whatever closed it.
        return;
      }
    }
    if (due.point.kind === 'REMINDER' && !stillRunning(current(), due.clock)) {
      return;
    }
    await clockActivities.notify(clockNotification(current(), due));
  };

  for (;;) {
    const s = current();
    if (!windowClosedNotified && s.window?.endedAt !== undefined) {
      const notice = windowClosedNotification(s);
      if (notice) {
        await clockActivities.notify(notice);
      }
      windowClosedNotified = true;
      continue;
    }
    if (isTerminal(s.stage)) {
      await condition(allHandlersFinished);
      await finishBackground();
      return current();
    }
    if (historyFull()) {
      await condition(allHandlersFinished);
      await finishBackground();
      await continueAsNew<typeof engagementWorkflow>({
        ...input,
        state: current(),
        clockDoneUntil: progress.DETERMINATION,
        windowClockDoneUntil: progress.WINDOW,
        windowClosedNotified,
        recentCommands: recent.toCarry(),
      });
    }
    const seenVersion = s.version;
    const due = nextDuePoint(s, input.clock, progress, { acceptanceClock: grantsStartOnAcceptance, accessEndClock: sharedAccessEnds });
    const woke = await condition(
      () => current().version !== seenVersion || historyFull(),
      due === undefined ? undefined : Math.max(0, due.point.at - Date.now()),
    );
    if (!woke && due !== undefined) {
      await actOnClock(due);
      progress[due.clock] = due.point.at;
    }
  }
}
