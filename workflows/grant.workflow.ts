import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  currentUpdateInfo,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';

import {
  AcceptGrantArgs,
  acceptGrantUpdate,
  type GrantActivities,
  grantEndedSignal,
  GrantResult,
  grantStateQuery,
  GrantWorkflowInput,
  RecordedAcceptance,
  RevokeGrantArgs,
  revokeGrantUpdate,
} from '#contracts';
import { decideAcceptance, DomainErrorCode, DomainRuleError, endGrant, grantEnded, GrantEndReason, GrantState, GrantStatus } from '#domain';

import { AWAITED_WRITE, untilDone } from './activity-options';
import { check, toFailure } from './failures';
import { Serial } from './serial';

const SHARED_END_KEPT_BY_ENGAGEMENT = 'shared-end-kept-by-engagement';
/** How long after a shared end a grant's own timer follows the engagement's bulk step. */
const SHARED_END_GRACE_MS = 60_000;

/** The partner is waiting on an acceptance: it fails closed if it cannot be recorded. */
const acceptanceActivities = proxyActivities<GrantActivities>(AWAITED_WRITE);
/**
 * The same write as a local activity: it runs in the workflow task that took the acceptance, so an
 * acceptance costs Temporal one workflow task instead of two and an activity task.
 */
const localAcceptanceActivities = proxyLocalActivities<GrantActivities>(AWAITED_WRITE);
const ACCEPTANCE_AS_LOCAL_ACTIVITY = 'acceptance-as-local-activity';

/** Ending a grant is retried until the read model confirms it: access must not outlive the grant. */
const endActivities = proxyActivities<GrantActivities>(untilDone(30_000));

/**
 * One trusted partner's access grant, from approval to its end: PENDING_ACCEPTANCE until the
 * partner accepts the current terms (or the deadline lapses it), then ACTIVE until `expiresAt` or
 * revocation. Suspension by a change of terms is read from the terms in force, so it needs no event here.
 */
export async function grantWorkflow(input: GrantWorkflowInput): Promise<GrantState> {
  let state: GrantState = input.state ?? {
    grantId: input.grantId,
    engagementId: input.engagementId,
    partnerId: input.partnerId,
    status: GrantStatus.PendingAcceptance,
    durationMs: input.durationMs,
    accessEndsAt: input.accessEndsAt,
    acceptBy: input.acceptBy,
    version: 1,
  };
  const serial = new Serial();
  let endedElsewhere: GrantEndReason | undefined;
  /**
   * A grant that ends at its nomination's shared end (accessEndsAt) is expired, with thousands of
   * others, by the engagement in one step at that instant; its own timer waits a little longer, so
   * that step is not queued behind thousands of timers, and then only confirms the end. Access never
   * outlives expiresAt either way: every check reads it.
   */
  const sharedEndKeptByEngagement = patched(SHARED_END_KEPT_BY_ENGAGEMENT);
  const acceptances = patched(ACCEPTANCE_AS_LOCAL_ACTIVITY) ? localAcceptanceActivities : acceptanceActivities;

  const result = (s: GrantState): GrantResult => ({ grantId: s.grantId, status: s.status, expiresAt: s.expiresAt });
  const commandId = (): string => currentUpdateInfo()?.id ?? `grant:${state.grantId}:v${state.version}`;
  const notEnded = (): void => {
    if (grantEnded(state.status)) {
      throw toFailure(new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${state.status}`));
    }
  };

  /** Ends the grant (once), recording it until the read model confirms. */
  const end = (
    status: GrantStatus.Expired | GrantStatus.Revoked | GrantStatus.Lapsed,
    reason: GrantEndReason,
    actorSub: string,
    actorRoles: readonly string[],
    options: { readonly at?: number; readonly note?: string } = {},
  ) =>
    serial.run(async () => {
      const next = endGrant(state, status, reason, options.at ?? Date.now());
      if (next === state) {
        return state;
      }
      await endActivities.endGrant({ state: next, actorSub, actorRoles, reason: options.note, commandId: commandId() });
      state = next;
      return state;
    });

  setHandler(
    acceptGrantUpdate,
    (args) =>
      serial.run(async () => {
        const next = check(() => decideAcceptance(state, args, Date.now()));
        let recorded: RecordedAcceptance | undefined;
        try {
          recorded = await acceptances.recordGrantAcceptance({ state: next, actor: args.actor, commandId: commandId() });
        } catch (error) {
          const failure = toFailure(error);
          if (failure.type === DomainErrorCode.GrantNotUsable) {
            // The grant ended in the read model (lapsed or revoked in bulk) while this acceptance was on
            // its way: nothing is left for this workflow to do but finish.
            endedElsewhere ??= GrantEndReason.Revoked;
          }
          throw failure;
        }
        // The clock the read model holds wins (histories from before the activity answered carry none).
        state = recorded ? { ...next, activatedAt: recorded.activatedAt, expiresAt: recorded.expiresAt } : next;
        return result(state);
      }),
    {
      validator: (args: AcceptGrantArgs) => {
        check(() => decideAcceptance(state, args, Date.now()));
      },
    },
  );

  setHandler(
    revokeGrantUpdate,
    async (args) => result(await end(GrantStatus.Revoked, GrantEndReason.Revoked, args.actor.sub, args.actor.roles, { note: args.reason })),
    { validator: (_args: RevokeGrantArgs) => notEnded() },
  );

  setHandler(grantEndedSignal, ({ reason }) => {
    endedElsewhere ??= reason;
  });
  setHandler(grantStateQuery, () => state);

  for (;;) {
    if (grantEnded(state.status)) {
      await condition(allHandlersFinished);
      return state;
    }
    if (endedElsewhere !== undefined) {
      await end(GrantStatus.Revoked, endedElsewhere, 'system', []);
      continue;
    }
    const seen = state.version;
    const deadline = state.status === GrantStatus.PendingAcceptance ? state.acceptBy : state.expiresAt;
    if (deadline === undefined) {
      throw ApplicationFailure.nonRetryable(`an active grant has no expiry: ${state.grantId}`);
    }
    const wakeAt =
      sharedEndKeptByEngagement && state.status === GrantStatus.Active && deadline === state.accessEndsAt ? deadline + SHARED_END_GRACE_MS : deadline;
    const woke = await condition(() => state.version !== seen || endedElsewhere !== undefined, Math.max(0, wakeAt - Date.now()));
    if (!woke) {
      // Stamped at the deadline itself, not at whenever the timer's task ran.
      if (state.status === GrantStatus.PendingAcceptance) {
        await end(GrantStatus.Lapsed, GrantEndReason.NotAccepted, 'system', [], { at: deadline });
      } else {
        await end(GrantStatus.Expired, GrantEndReason.Expired, 'system', [], { at: deadline });
      }
    }
  }
}
