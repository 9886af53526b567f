import { allHandlersFinished, condition, currentUpdateInfo, patched, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

import {
  type EngagementActivities,
  type FindingActivities,
  FindingCommandArgs,
  findingCommandUpdate,
  FindingResult,
  FindingWorkflowInput,
  NotificationKind,
  NotificationRequest,
} from '#contracts';
import { applyFindingEvent, decideFinding, FindingEvent, findingOverdueEvent, FindingState, FindingStatus, REMEDIATED_STATUSES } from '#domain';

import { AWAITED_WRITE, untilDone } from './activity-options';
import { check, toFailure } from './failures';
import { Serial } from './serial';

const { notify, findingStillOpen } = proxyActivities<EngagementActivities & FindingActivities>(untilDone());
/** A person is waiting on the change: it fails closed if it cannot be recorded. */
const commandActivities = proxyActivities<FindingActivities>(AWAITED_WRITE);
/** The clock's own marks, retried until the database answers. */
const clockActivities = proxyActivities<FindingActivities>(untilDone());

/** Runs begun before findings had a lifecycle only followed the due date. */
const FINDING_LIFECYCLE = 'finding-lifecycle';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A finding's life (workflow `finding-<id>`): every change to it is a command here, and its remediation
 * clock runs here too, a reminder FINDING_REMINDERS before its due date and the overdue mark at it. It
 * lives as long as the finding is open, so a 60-day remediation is followed long after the window, the
 * release or the engagement's close, and it ends when the finding is CLOSED.
 */
export async function findingWorkflow(input: FindingWorkflowInput): Promise<void> {
  if (!patched(FINDING_LIFECYCLE) || input.state === undefined) {
    return remediationClockOnly(input);
  }
  let state: FindingState = input.state;
  const serial = new Serial();
  const commandId = (): string => currentUpdateInfo()?.id ?? `finding:${state.findingId}:v${state.version + 1}`;
  const result = (): FindingResult => ({ findingId: state.findingId, status: state.status, version: state.version });

  setHandler(
    findingCommandUpdate,
    (args) =>
      serial.run(async () => {
        const event = check(() => decideFinding(state, args.command, Date.now()));
        const next = applyFindingEvent(state, event);
        try {
          await commandActivities.recordFindingEvent({
            state: next,
            event,
            content: args.content,
            actorRoles: args.command.actor.roles,
            commandId: commandId(),
          });
        } catch (error) {
          throw toFailure(error);
        }
        state = next;
        return result();
      }),
    {
      validator: (args: FindingCommandArgs) => {
        check(() => decideFinding(state, args.command, Date.now()));
      },
    },
  );

  /** The clock's change (the overdue mark), recorded until the database answers. */
  const mark = (event: FindingEvent) =>
    serial.run(async () => {
      const next = applyFindingEvent(state, event);
      await clockActivities.recordFindingEvent({ state: next, event, content: {}, actorRoles: [], commandId: `finding:${state.findingId}:v${next.version}` });
      state = next;
    });

  /** Reminder points already passed or sent for a due date: `${dueAt}:${before}`. */
  const reminded = new Set<string>();
  const pending = (now: number) =>
    state.dueAt === null || REMEDIATED_STATUSES.includes(state.status)
      ? []
      : input.remindBeforeMs
          .filter((before) => before > 0 && !reminded.has(`${state.dueAt}:${before}`))
          .map((before) => ({ before, at: (state.dueAt ?? 0) - before }))
          .filter((point) => {
            // Recorded (or corrected) already inside this reminder's reach: the finding's own notice says the due date.
            if (point.at <= now) reminded.add(`${state.dueAt}:${point.before}`);
            return point.at > now;
          });

  while (state.status !== FindingStatus.Closed) {
    const now = Date.now();
    const overdue = findingOverdueEvent(state, now);
    if (overdue) {
      await mark(overdue);
      continue;
    }
    const points = pending(now);
    const wakeAt = Math.min(...points.map((p) => p.at), state.dueAt !== null && state.overdueSince === undefined ? state.dueAt : Number.POSITIVE_INFINITY);
    const seen = state.version;
    if (!Number.isFinite(wakeAt) || REMEDIATED_STATUSES.includes(state.status)) {
      await condition(() => state.version !== seen);
      continue;
    }
    if (await condition(() => state.version !== seen, Math.max(0, wakeAt - now))) {
      continue;
    }
    const reminder = points.find((p) => p.at === wakeAt);
    if (reminder && state.dueAt !== null) {
      reminded.add(`${state.dueAt}:${reminder.before}`);
      await notify(reminderRequest(input, state.dueAt, reminder.at));
    }
  }
  await condition(allHandlersFinished);
}

function reminderRequest(input: FindingWorkflowInput, dueAt: number, at: number): NotificationRequest {
  return {
    key: `${input.engagementId}:finding:${input.findingId}:reminder:${dueAt}:${at}`,
    kind: NotificationKind.FindingReminder,
    engagementId: input.engagementId,
    recipients: [{ kind: 'org', org: input.developerOrg }],
    subject: 'A finding is due for remediation soon',
    dueAt: iso(dueAt),
    scheduledAt: iso(at),
  };
}

/** The clock as runs begun before the lifecycle kept it: a reminder, then the overdue notice, unless answered FIXED. */
async function remediationClockOnly(input: FindingWorkflowInput): Promise<void> {
  const points = [
    ...[...new Set(input.remindBeforeMs)]
      .filter((before) => before > 0)
      .sort((a, b) => b - a)
      .map((before) => ({ at: input.dueAt - before, kind: NotificationKind.FindingReminder })),
    { at: input.dueAt, kind: NotificationKind.FindingOverdue },
  ];
  for (const point of points) {
    const wait = point.at - Date.now();
    if (wait > 0) {
      await sleep(wait);
    } else if (point.kind === NotificationKind.FindingReminder) {
      continue;
    }
    if (!(await findingStillOpen({ findingId: input.findingId }))) {
      return;
    }
    const request: NotificationRequest = {
      key: `${input.engagementId}:finding:${input.findingId}:${point.kind === NotificationKind.FindingOverdue ? 'overdue' : `reminder:${point.at}`}`,
      kind: point.kind,
      engagementId: input.engagementId,
      recipients: [{ kind: 'org', org: input.developerOrg }],
      subject: point.kind === NotificationKind.FindingOverdue ? 'A finding is past its remediation due date' : 'A finding is due for remediation soon',
      dueAt: iso(input.dueAt),
      scheduledAt: iso(point.at),
    };
    await notify(request);
  }
}
