import { ApplicationFailure, currentUpdateInfo, patched, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';

import {
  CommandResult,
  type EngagementActivities,
  EngagementCommandUpdate,
  EngagementWorkflowInput,
  EventContent,
  type FindingActivities,
  WorkflowFailureType,
} from '#contracts';
import {
  Actor,
  decide,
  DecisionRules,
  DEFAULT_FINDINGS_GRACE_MS,
  EngagementCommand,
  EngagementEvent,
  EngagementState,
  evolve,
  GrantEndReason,
  NominationStatus,
} from '#domain';

import { AWAITED_WRITE, untilDone } from './activity-options';
import { CommandMemory } from './command-memory';
import { check, toFailure } from './failures';
import { Serial } from './serial';

const commandActivities = proxyActivities<EngagementActivities>(AWAITED_WRITE);
/**
 * The same writes as local activities: each runs in the workflow task that took the command, so a
 * command costs Temporal one workflow task instead of two and an activity task, and its history keeps
 * a marker with the (empty) result instead of the activity's input, which carries the whole state.
 */
const localCommandActivities = proxyLocalActivities<EngagementActivities>(AWAITED_WRITE);
const clockActivities = proxyActivities<EngagementActivities>(untilDone());
const findingActivities = proxyActivities<FindingActivities>(untilDone());
/** Starting a finding's clock as a local activity, in the workflow task that recorded the finding. */
const localFindingActivities = proxyLocalActivities<FindingActivities>(untilDone());

/** Runs begun before findings had clocks of their own record findings without starting one. */
const FINDING_CLOCKS = 'finding-clocks';

/** Fan-outs over thousands of grants: long, heartbeating, resumable, retried until done. */
const fanOutActivities = proxyActivities<EngagementActivities>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One run of an engagement's workflow: its state and the one path by which anything changes it.
 * Commands (engagement-commands.ts) and clocks (engagement-clock-loop.ts) both commit through here,
 * one at a time, persisting each event before applying it.
 */
export class EngagementRun {
  /** Undefined until the inquiry is submitted (or carried over from the previous run). */
  state: EngagementState | undefined;
  /** Commands and clock steps take turns: none decides against state another is about to change. */
  readonly serial = new Serial();
  readonly recent: CommandMemory;
  readonly clockActivities = clockActivities;
  /** Remote activities in runs begun before lean command histories; see writeCommandsLocally. */
  commandActivities = commandActivities;
  private findingActivities = findingActivities;
  readonly fanOutActivities = fanOutActivities;
  /**
   * Work that follows a command but need not hold up its answer (starting or ending thousands of
   * grant workflows). The grants' own state is already final in the read model by then.
   */
  private readonly background: Promise<unknown>[] = [];

  /** History events after which the run continues as new (runs begun before LEAN_COMMAND_HISTORY keep 10,000). */
  historyLimit: number;

  /** The rules this run decides by: those it began under (see DecisionRules). */
  rules: DecisionRules = { organizationSeparation: false, findingsGraceMs: DEFAULT_FINDINGS_GRACE_MS };

  constructor(readonly input: EngagementWorkflowInput) {
    this.state = input.state;
    this.historyLimit = input.historyLimit ?? 10_000;
    this.recent = new CommandMemory(input.recentCommands);
  }

  /**
   * From now on, a command's writes (and the start of a finding's clock) run as local activities, in
   * the workflow task that took the command. A run decides this once, at its start.
   */
  writeCommandsLocally(): void {
    this.commandActivities = localCommandActivities;
    this.findingActivities = localFindingActivities;
  }

  current(): EngagementState {
    if (this.state === undefined) {
      throw ApplicationFailure.create({
        type: WorkflowFailureType.NotSubmitted,
        message: 'the engagement has not been submitted',
        nonRetryable: true,
      });
    }
    return this.state;
  }

  static result(s: EngagementState): CommandResult {
    return { engagementId: s.engagementId, stage: s.stage, version: s.version };
  }

  /** The id of the Update being handled: the API's command id. */
  commandId(): string {
    return currentUpdateInfo()?.id ?? 'unknown';
  }

  remember(answer: CommandResult): CommandResult {
    return this.recent.remember(this.commandId(), answer);
  }

  /** Persists an event with its confidential content, then, and only then, applies it. */
  async commit(event: EngagementEvent, content: EventContent, commandId: string, actorRoles: readonly string[], durable: boolean): Promise<EngagementState> {
    const next = evolve(this.current(), event);
    const activities = durable ? clockActivities : this.commandActivities;
    try {
      await activities.recordEngagementEvent({ state: next, event, actorRoles, content, commandId });
    } catch (error) {
      throw toFailure(error);
    }
    this.state = next;
    return next;
  }

  inBackground(work: Promise<unknown>): void {
    this.background.push(work);
  }

  /** Tells the grant workflows whose grants an event ended at `endedAt`, and only those. */
  endGrantWorkflows(reason: GrantEndReason, endedAt: number): void {
    // Only an engagement that approved a nomination has grants whose workflows need telling.
    if ((this.current().nominations ?? []).some((n) => n.status === NominationStatus.Approved)) {
      this.inBackground(fanOutActivities.signalGrantsEnded({ engagementId: this.input.engagementId, reason, endedAt }));
    }
  }

  /** A finding with a due date gets its own clock (workflow `finding-<id>`), which outlives this engagement's. */
  startFindingClock(event: EngagementEvent): void {
    if (event.type === 'FINDING_RECORDED' && event.remediationDueAt !== null && patched(FINDING_CLOCKS)) {
      const { engagementId } = this.input;
      this.inBackground(
        this.findingActivities.startFindingClock({
          engagementId,
          developerOrg: this.current().developerOrg,
          findingId: event.findingId,
          dueAt: event.remediationDueAt,
        }),
      );
    }
  }

  async finishBackground(): Promise<void> {
    await Promise.all(this.background);
    this.background.length = 0;
  }

  /** One Update per command: the validator refuses at once, the handler re-decides under the lock and commits. */
  registerCommand<A extends { readonly actor: Actor }>(
    update: EngagementCommandUpdate<A>,
    toCommand: (args: A) => EngagementCommand,
    content: (args: A) => EventContent,
    afterCommit?: (args: A, event: EngagementEvent) => void,
  ): void {
    setHandler(
      update,
      (args) =>
        this.serial.run(async () => {
          const answered = this.recent.answerTo(this.commandId());
          if (answered) {
            return answered;
          }
          const event = check(() => decide(this.current(), toCommand(args), Date.now(), this.rules));
          const committed = await this.commit(event, content(args), this.commandId(), args.actor.roles, false);
          afterCommit?.(args, event);
          return this.remember(EngagementRun.result(committed));
        }),
      {
        validator: (args: A) => {
          if (this.recent.answerTo(this.commandId()) === undefined) {
            check(() => decide(this.current(), toCommand(args), Date.now(), this.rules));
          }
        },
      },
    );
  }
}
