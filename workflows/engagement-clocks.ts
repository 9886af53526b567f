import { EngagementWorkflowInput, NotificationKind, NotificationRequest, Recipient } from '#contracts';
import {
  ClockPoint,
  clockSchedule,
  determinationClockRunning,
  EngagementStage,
  EngagementState,
  formatDuration,
  NominationSide,
  NominationStatus,
  openAcceptances,
  pendingAccessEnds,
  Role,
  windowOpen,
} from '#domain';

/**
 * The clocks an engagement runs: the determination target, the pre-release window, nomination
 * deadlines, and approved nominations' acceptance deadlines and shared access ends.
 */
export type ClockName = 'DETERMINATION' | 'WINDOW' | 'NOMINATION' | 'ACCEPTANCE' | 'ACCESS_END' | 'PARTNER_REMINDER';

export interface DuePoint {
  readonly clock: ClockName;
  readonly point: ClockPoint;
}

/** Per clock, the instant up to which its points have been acted on. */
export type ClockProgress = Readonly<Record<ClockName, number>>;

/**
 * The next point any running clock reaches, earliest first. Pure, so it replays the same way. Runs
 * that began before the engagement kept acceptance deadlines (their grant workflows keep their own)
 * pass `acceptanceClock: false`.
 */
export function nextDuePoint(
  state: EngagementState,
  policy: EngagementWorkflowInput['clock'],
  done: ClockProgress,
  options: ClockOptions = { acceptanceClock: true, accessEndClock: true, partnerReminders: true },
): DuePoint | undefined {
  const due: DuePoint[] = [];
  if (stillRunning(state, 'DETERMINATION')) {
    const point = clockSchedule(state.submittedAt, state.determinationDueAt, policy.determinationRemindBeforeMs).find((p) => p.at > done.DETERMINATION);
    if (point) due.push({ clock: 'DETERMINATION', point });
  }
  if (stillRunning(state, 'WINDOW') && state.window) {
    const reminders = state.window.remindBeforeMs ?? policy.windowRemindBeforeMs ?? [];
    const point = clockSchedule(state.window.openedAt, state.window.closesAt, reminders).find((p) => p.at > done.WINDOW);
    if (point) due.push({ clock: 'WINDOW', point });
  }
  const deadlines = pendingNominations(state).map((n) => n.deadline);
  if (deadlines.length > 0) {
    due.push({ clock: 'NOMINATION', point: { kind: 'TARGET', at: Math.min(...deadlines) } });
  }
  const acceptBy = options.acceptanceClock ? openAcceptances(state.nominations).map((n) => n.acceptBy) : [];
  if (acceptBy.length > 0) {
    due.push({ clock: 'ACCEPTANCE', point: { kind: 'TARGET', at: Math.min(...acceptBy) } });
  }
  const accessEnds = options.accessEndClock ? pendingAccessEnds(state.nominations).map((n) => n.accessEndsAt) : [];
  if (accessEnds.length > 0) {
    due.push({ clock: 'ACCESS_END', point: { kind: 'TARGET', at: Math.min(...accessEnds) } });
  }
  const reminders = options.partnerReminders ? partnerReminders(state, policy).filter((r) => r.at > done.PARTNER_REMINDER) : [];
  if (reminders.length > 0) {
    const first = reminders.reduce((a, b) => (b.at < a.at ? b : a));
    due.push({ clock: 'PARTNER_REMINDER', point: { kind: 'REMINDER', at: first.at, beforeTarget: formatDuration(first.offset) } });
  }
  return due.sort((a, b) => a.point.at - b.point.at)[0];
}

/** The clocks a run keeps; runs begun before a clock existed pass false for it (see engagement.workflow.ts's patches). */
export interface ClockOptions {
  readonly acceptanceClock: boolean;
  readonly accessEndClock: boolean;
  readonly partnerReminders: boolean;
}

/** A reminder before a partner deadline: a nomination's answer deadline, or its approved partners' acceptance deadline. */
interface PartnerReminder {
  readonly at: number;
  readonly deadline: 'ANSWER' | 'ACCEPTANCE';
  readonly nominationId: string;
  readonly target: number;
  readonly offset: number;
}

function partnerReminders(state: EngagementState, policy: EngagementWorkflowInput['clock']): PartnerReminder[] {
  const remind = (deadline: PartnerReminder['deadline'], targets: readonly { id: string; target: number }[], offsets: readonly number[] | undefined) =>
    targets.flatMap(({ id, target }) =>
      [...new Set(offsets ?? [])].filter((offset) => offset > 0).map((offset) => ({ at: target - offset, deadline, nominationId: id, target, offset })),
    );
  return [
    ...remind(
      'ANSWER',
      pendingNominations(state).map((n) => ({ id: n.id, target: n.deadline })),
      policy.nominationRemindBeforeMs,
    ),
    ...remind(
      'ACCEPTANCE',
      openAcceptances(state.nominations).map((n) => ({ id: n.id, target: n.acceptBy })),
      policy.acceptanceRemindBeforeMs,
    ),
  ];
}

/**
 * The reminders due in (after, upTo]: the side that answers a nomination hears its deadline is near, the
 * partners yet to accept hear theirs is. Each keyed by its nomination, deadline and offset, so it is sent once.
 */
export function partnerReminderNotifications(
  state: EngagementState,
  policy: EngagementWorkflowInput['clock'],
  after: number,
  upTo: number,
): NotificationRequest[] {
  return partnerReminders(state, policy)
    .filter((r) => r.at > after && r.at <= upTo)
    .sort((a, b) => a.at - b.at)
    .map((r) => {
      const answer = r.deadline === 'ANSWER';
      const side = answer ? (state.nominations ?? []).find((n) => n.id === r.nominationId)?.side : undefined;
      const recipients: Recipient[] = answer
        ? side === NominationSide.Developer
          ? [{ kind: 'role', role: Role.ProgramAdmin }]
          : [{ kind: 'org', org: state.developerOrg }]
        : [{ kind: 'role', role: Role.Partner }];
      return {
        key: `${state.engagementId}:${answer ? 'nomination' : 'acceptance'}:${r.nominationId}:REMINDER:${r.offset}`,
        kind: answer ? NotificationKind.NominationReminder : NotificationKind.AcceptanceReminder,
        engagementId: state.engagementId,
        recipients,
        subject: answer
          ? `Nomination ${r.nominationId} is declined unless answered within ${formatDuration(r.offset)}`
          : `The partners of nomination ${r.nominationId} lose their offer unless they accept within ${formatDuration(r.offset)}`,
        dueAt: new Date(r.target).toISOString(),
        scheduledAt: new Date(r.at).toISOString(),
      };
    });
}

/** Both sides hear that a nomination went unanswered, and so was declined. */
export function nominationExpiredNotification(state: EngagementState, nominationId: string, deadline: number): NotificationRequest {
  return {
    key: `${state.engagementId}:nomination:${nominationId}:EXPIRED`,
    kind: NotificationKind.NominationExpired,
    engagementId: state.engagementId,
    recipients: [
      { kind: 'org', org: state.developerOrg },
      { kind: 'role', role: Role.ProgramAdmin },
    ],
    subject: `Nomination ${nominationId} was not answered in time and is declined`,
    dueAt: new Date(deadline).toISOString(),
    scheduledAt: new Date(deadline).toISOString(),
  };
}

const users = (subs: readonly string[]): Recipient[] => subs.map((sub) => ({ kind: 'user', sub }));

/** Whether the clock a point belongs to is still running (a command may have stopped it since). */
export function stillRunning(state: EngagementState, clock: ClockName): boolean {
  switch (clock) {
    case 'DETERMINATION':
      return determinationClockRunning(state.stage) && !state.overdue;
    case 'WINDOW':
      return state.stage === EngagementStage.PreReleaseAccess && windowOpen(state.window);
    case 'NOMINATION':
      return pendingNominations(state).length > 0;
    case 'ACCEPTANCE':
      return openAcceptances(state.nominations).length > 0;
    case 'ACCESS_END':
      return pendingAccessEnds(state.nominations).length > 0;
    case 'PARTNER_REMINDER':
      return true;
  }
}

export function pendingNominations(state: EngagementState) {
  return (state.nominations ?? []).filter((n) => n.status === NominationStatus.Pending);
}

/**
 * Who hears about the determination clock: the assigned reviewers, and the designation
 * authorities once there is a recommendation for them to see (program administrators before that).
 */
function determinationRecipients(state: EngagementState): Recipient[] {
  const deciders: Recipient =
    state.stage === EngagementStage.Recommended || state.stage === EngagementStage.Reconsideration
      ? { kind: 'role', role: Role.DesignationAuthority }
      : { kind: 'role', role: Role.ProgramAdmin };
  return [...users(state.reviewers), deciders];
}

/** What to send when a clock point passes. */
export function clockNotification(state: EngagementState, due: DuePoint): NotificationRequest {
  const scheduledAt = new Date(due.point.at).toISOString();
  if (due.clock === 'DETERMINATION') {
    const target = due.point.kind === 'TARGET';
    return {
      key: `${state.engagementId}:determination:${due.point.kind}:${due.point.at}`,
      kind: target ? NotificationKind.DeterminationOverdue : NotificationKind.DeterminationReminder,
      engagementId: state.engagementId,
      recipients: determinationRecipients(state),
      subject:
        due.point.kind === 'TARGET' ? 'The determination target has passed without a determination' : `A determination is due in ${due.point.beforeTarget}`,
      dueAt: new Date(state.determinationDueAt).toISOString(),
      scheduledAt,
    };
  }
  return {
    key: `${state.engagementId}:window:${due.point.kind}:${due.point.at}`,
    kind: NotificationKind.WindowReminder,
    engagementId: state.engagementId,
    recipients: [{ kind: 'org', org: state.developerOrg }, ...users(state.reviewers)],
    subject: due.point.kind === 'REMINDER' ? `The pre-release access window closes in ${due.point.beforeTarget}` : 'The pre-release access window has closed',
    dueAt: new Date(state.window?.closesAt ?? due.point.at).toISOString(),
    scheduledAt,
  };
}

/** Tells the developer and the reviewers that pre-release access has ended, and why. */
export function windowClosedNotification(state: EngagementState): NotificationRequest | undefined {
  const window = state.window;
  if (window?.endedAt === undefined) {
    return undefined;
  }
  return {
    key: `${state.engagementId}:window:CLOSED`,
    kind: NotificationKind.WindowClosed,
    engagementId: state.engagementId,
    recipients: [{ kind: 'org', org: state.developerOrg }, ...users(state.reviewers)],
    subject: `Pre-release access has ended (${window.endReason ?? 'ENDED'}); access tokens no longer work`,
    dueAt: new Date(window.closesAt).toISOString(),
    scheduledAt: new Date(window.endedAt).toISOString(),
  };
}
