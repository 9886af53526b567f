import { allHandlersFinished, condition, continueAsNew, patched, workflowInfo } from '@temporalio/workflow';

import type { EngagementWorkflowInput } from '#contracts';
import {
  EngagementEvent,
  EngagementStage,
  EngagementState,
  grantsExpiredEvent,
  grantsLapsedEvent,
  isTerminal,
  nominationExpiredEvent,
  openAcceptances,
  overdueEvent,
  pendingAccessEnds,
  reconsiderableUntil,
  windowExpiredEvent,
} from '#domain';

import {
  ClockName,
  clockNotification,
  ClockOptions,
  DuePoint,
  nextDuePoint,
  nominationExpiredNotification,
  partnerReminderNotifications,
  pendingNominations,
  stillRunning,
  windowClosedNotification,
} from './engagement-clocks';
import type { EngagementRun } from './engagement-run';

/** The patch that keeps a not-covered engagement's run open through its reconsideration period. */
const RECONSIDERATION = 'reconsideration-after-determination';

/**
 * A not-covered determination ends the engagement unless the developer asks, within the reconsideration
 * period, for it to be decided again: until then the run waits for that one command. Runs that reached a
 * not-covered determination before the patch ended there at once, and replay so (the patch is asked for
 * where the behaviour parts, so a run begun before it and decided after it waits too).
 */
async function awaitReconsideration(run: EngagementRun): Promise<void> {
  const until = run.current().stage === EngagementStage.ClosedNotCovered ? reconsiderableUntil(run.current()) : undefined;
  if (until === undefined || until <= Date.now() || !patched(RECONSIDERATION)) {
    return;
  }
  await condition(() => run.current().stage !== EngagementStage.ClosedNotCovered, until - Date.now());
}

type EngagementWorkflow = (input: EngagementWorkflowInput) => Promise<EngagementState | null>;

/**
 * After the submission, the engagement waits on its clocks: each due point (a reminder, a target, a
 * deadline) changes state through the run's one commit path and tells whoever is due, until the
 * engagement ends. Long-lived engagements continue as new, carrying state and clocks over.
 * `options` names the clocks older runs did not keep (see nextDuePoint).
 */
export async function runEngagementClocks(run: EngagementRun, options: ClockOptions): Promise<EngagementState> {
  /** Long-lived engagements start a fresh run before their history grows unwieldy; state and clocks carry over. */
  const historyFull = (): boolean => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > run.historyLimit;

  const progress: Record<ClockName, number> = {
    DETERMINATION: run.input.clockDoneUntil ?? 0,
    WINDOW: run.input.windowClockDoneUntil ?? 0,
    NOMINATION: 0,
    ACCEPTANCE: 0,
    ACCESS_END: 0,
    PARTNER_REMINDER: run.input.partnerReminderDoneUntil ?? 0,
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
    run.serial.run(async () => {
      const found = due(run.current());
      for (const nomination of found) {
        const event = eventFor(run.current(), nomination.id);
        if (event) {
          await run.commit(event, {}, `clock:${clock}:${nomination.id}`, [], true);
        }
      }
      return found;
    });

  /** Declines every nomination whose deadline has passed, then tells both sides. */
  const expireNominations = async (): Promise<void> => {
    const expired = await commitDue('NOMINATION', (s) => pendingNominations(s).filter((n) => n.deadline <= Date.now()), nominationExpiredEvent);
    for (const nomination of expired) {
      await run.clockActivities.notify(nominationExpiredNotification(run.current(), nomination.id, nomination.deadline));
    }
  };
  let windowClosedNotified = run.input.windowClosedNotified ?? false;

  /** Lapses the grants of every approval whose acceptance deadline has passed, in the read model, each audited. */
  const closeAcceptances = () => commitDue('ACCEPTANCE', (s) => openAcceptances(s.nominations).filter((n) => n.acceptBy <= Date.now()), grantsLapsedEvent);

  /** Expires, together, the grants of every approval whose shared end has come, each audited. */
  const endSharedAccess = () =>
    commitDue('ACCESS_END', (s) => pendingAccessEnds(s.nominations).filter((n) => n.accessEndsAt <= Date.now()), grantsExpiredEvent);

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
    if (due.clock === 'PARTNER_REMINDER') {
      for (const notice of partnerReminderNotifications(run.current(), run.input.clock, progress.PARTNER_REMINDER, due.point.at)) {
        await run.clockActivities.notify(notice);
      }
      return;
    }
    if (due.point.kind === 'TARGET') {
      const acted = await run.serial.run(async () => {
        const s = run.current();
        const event = due.clock === 'DETERMINATION' ? (stillRunning(s, 'DETERMINATION') ? overdueEvent(s) : undefined) : windowExpiredEvent(s);
        if (event === undefined) {
          return false;
        }
        await run.commit(event, {}, `clock:${due.clock}:${due.point.at}`, [], true);
        return true;
      });
      if (!acted || due.clock === 'WINDOW') {
        // A window that closed is announced below, whatever closed it.
        return;
      }
    }
    if (due.point.kind === 'REMINDER' && !stillRunning(run.current(), due.clock)) {
      return;
    }
    await run.clockActivities.notify(clockNotification(run.current(), due));
  };

  for (;;) {
    const s = run.current();
    if (!windowClosedNotified && s.window?.endedAt !== undefined) {
      const notice = windowClosedNotification(s);
      if (notice) {
        await run.clockActivities.notify(notice);
      }
      windowClosedNotified = true;
      continue;
    }
    if (isTerminal(s.stage)) {
      await awaitReconsideration(run);
      await condition(allHandlersFinished);
      await run.finishBackground();
      // A reconsideration accepted as the period ran out is committed by now: the engagement goes on.
      if (!isTerminal(run.current().stage)) {
        continue;
      }
      return run.current();
    }
    if (historyFull()) {
      await condition(allHandlersFinished);
      await run.finishBackground();
      await continueAsNew<EngagementWorkflow>({
        ...run.input,
        state: run.current(),
        clockDoneUntil: progress.DETERMINATION,
        windowClockDoneUntil: progress.WINDOW,
        partnerReminderDoneUntil: progress.PARTNER_REMINDER,
        windowClosedNotified,
        recentCommands: run.recent.toCarry(),
      });
    }
    const seenVersion = s.version;
    const due = nextDuePoint(s, run.input.clock, progress, options);
    const woke = await condition(
      () => run.current().version !== seenVersion || historyFull(),
      due === undefined ? undefined : Math.max(0, due.point.at - Date.now()),
    );
    if (!woke && due !== undefined) {
      await actOnClock(due);
      progress[due.clock] = due.point.at;
    }
  }
}
