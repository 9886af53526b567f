import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  currentUpdateInfo,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  Actor,
  ClockPoint,
  clockSchedule,
  decide,
  determinationClockRunning,
  DomainErrorCode,
  DomainRuleError,
  EngagementCommand,
  EngagementCommandType,
  EngagementEvent,
  EngagementState,
  evolve,
  hasRole,
  initialState,
  isTerminal,
  overdueEvent,
  Role,
} from '../libs/domain';
import {
  assignReviewersUpdate,
  attestUpdate,
  CommandResult,
  determineUpdate,
  engagementStateQuery,
  EngagementWorkflowInput,
  EventContent,
  NotificationKind,
  recommendUpdate,
  recordBenchmarkUpdate,
  SubmitArgs,
  submitUpdate,
  withdrawUpdate,
  WorkflowFailureType,
} from '../libs/contracts';
import type { EngagementActivities } from '../libs/contracts';
import { check, toFailure } from './failures';
import { Serial } from './serial';

/** Writes that belong to a command: bounded, so a command fails closed when its audit event cannot be written. */
const commandActivities = proxyActivities<EngagementActivities>({
  startToCloseTimeout: '15 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/** Writes driven by the clock: nobody is waiting, so they retry until the database answers. */
const clockActivities = proxyActivities<EngagementActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** A workflow started without its submission (which only a broken client can cause) ends after this. */
const SUBMISSION_GRACE = '1 hour';

const DEFAULT_HISTORY_LIMIT = 10_000;

export async function engagementWorkflow(input: EngagementWorkflowInput): Promise<EngagementState | null> {
  let state: EngagementState | undefined = input.state;
  let clockDoneUntil = input.clockDoneUntil ?? 0;
  const serial = new Serial();

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

  /** One Update per command: the validator refuses at once, the handler re-decides under the lock and commits. */
  const registerCommand = <A extends { readonly actor: Actor }>(
    update: UpdateDefinition<CommandResult, [A]>,
    toCommand: (args: A) => EngagementCommand,
    content: (args: A) => EventContent,
  ): void => {
    setHandler(
      update,
      (args) =>
        serial.run(async () => {
          const event = check(() => decide(current(), toCommand(args), Date.now()));
          return result(await commit(event, content(args), commandId(), args.actor.roles, false));
        }),
      {
        validator: (args: A) => {
          check(() => decide(current(), toCommand(args), Date.now()));
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
          await commandActivities.recordSubmission({ state: initial, details, commandId: commandId() });
        } catch (error) {
          throw toFailure(error);
        }
        state = initial;
        return result(initial);
      }),
    {
      validator: (args: SubmitArgs) => {
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
  );
  setHandler(engagementStateQuery, () => state ?? null);

  if (!(await condition(() => state !== undefined, SUBMISSION_GRACE))) {
    return null;
  }

  /** Long-lived engagements start a fresh run before their history grows unwieldy; state and clocks carry over. */
  const historyFull = (): boolean =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > (input.historyLimit ?? DEFAULT_HISTORY_LIMIT);

  const nextClockPoint = (s: EngagementState): ClockPoint | undefined => {
    if (!determinationClockRunning(s.stage) || s.overdue) {
      return undefined;
    }
    return clockSchedule(s.submittedAt, s.determinationDueAt, input.clock.determinationRemindBeforeMs).find(
      (point) => point.at > clockDoneUntil,
    );
  };

  const actOnClock = async (point: ClockPoint): Promise<void> => {
    if (point.kind === 'TARGET') {
      const marked = await serial.run(async () => {
        const s = current();
        if (!determinationClockRunning(s.stage) || s.overdue) {
          return false;
        }
        await commit(overdueEvent(s), {}, `clock:${point.at}`, [], true);
        return true;
      });
      if (!marked) {
        return;
      }
    }
    const s = current();
    await clockActivities.notify({
      key: `${s.engagementId}:determination:${point.kind}:${point.at}`,
      kind: point.kind === 'TARGET' ? NotificationKind.DeterminationOverdue : NotificationKind.DeterminationReminder,
      engagementId: s.engagementId,
      recipients: [...s.reviewers.map((sub) => ({ kind: 'user' as const, sub })), { kind: 'role' as const, role: Role.DesignationAuthority }],
      subject:
        point.kind === 'TARGET'
          ? 'The determination target has passed without a determination'
          : `A determination is due in ${point.beforeTarget}`,
      dueAt: new Date(s.determinationDueAt).toISOString(),
      scheduledAt: new Date(point.at).toISOString(),
    });
  };

  for (;;) {
    const s = current();
    const seenVersion = s.version;
    const point = nextClockPoint(s);
    const woke = await condition(
      () => current().version !== seenVersion || historyFull(),
      point === undefined ? undefined : Math.max(0, point.at - Date.now()),
    );
    if (!woke && point !== undefined) {
      await actOnClock(point);
      clockDoneUntil = point.at;
      continue;
    }
    if (isTerminal(current().stage)) {
      await condition(allHandlersFinished);
      return current();
    }
    if (historyFull()) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof engagementWorkflow>({ ...input, state: current(), clockDoneUntil });
    }
  }
}
