import { allHandlersFinished, ApplicationFailure, condition, currentUpdateInfo, proxyActivities, setHandler } from '@temporalio/workflow';

import {
  type InquiryRequestActivities,
  InquiryRequestCommandArgs,
  InquiryRequestContent,
  InquiryRequestResult,
  inquiryRequestUpdate,
  InquiryRequestWorkflowInput,
  WorkflowFailureType,
} from '#contracts';
import {
  applyInquiryRequestEvent,
  decideInquiryRequest,
  DomainErrorCode,
  DomainRuleError,
  InquiryRequestEvent,
  inquiryRequestExpiry,
  InquiryRequestState,
  InquiryRequestStatus,
  openInquiryRequest,
} from '#domain';

import { AWAITED_WRITE, untilDone } from './activity-options';
import { check, toFailure } from './failures';
import { Serial } from './serial';

/** A person is waiting on the change: it fails closed if it cannot be recorded. */
const commandActivities = proxyActivities<InquiryRequestActivities>(AWAITED_WRITE);
/** The deadline's mark, retried until the database answers. */
const clockActivities = proxyActivities<InquiryRequestActivities>(untilDone());

/**
 * A government request's life (workflow `request-<id>`): opened by a program administrator, answered by
 * the developer it names, or declined by its deadline. Accepting submits the inquiry it becomes (as the
 * developer who accepted) before the request is marked ACCEPTED, so an accepted request always names an
 * inquiry that exists. It ends once the request is ACCEPTED or DECLINED.
 */
export async function inquiryRequestWorkflow(input: InquiryRequestWorkflowInput): Promise<void> {
  let state: InquiryRequestState | undefined;
  let content: InquiryRequestContent | undefined;
  const serial = new Serial();
  const commandId = (version: number): string => currentUpdateInfo()?.id ?? `request:${input.requestId}:v${version}`;
  const result = (current: InquiryRequestState): InquiryRequestResult => ({
    requestId: current.requestId,
    status: current.status,
    engagementId: current.engagementId,
  });

  /** Refuses a command that does not fit where the request is, before it is accepted into history. */
  const decide = (args: InquiryRequestCommandArgs): InquiryRequestEvent | undefined => {
    if (args.type === 'OPEN') {
      if (state !== undefined) {
        throw ApplicationFailure.create({ type: WorkflowFailureType.AlreadySubmitted, message: 'this request is open already', nonRetryable: true });
      }
      return undefined;
    }
    if (state === undefined) {
      throw ApplicationFailure.create({ type: WorkflowFailureType.NotSubmitted, message: 'no such request', nonRetryable: true });
    }
    const command = args.type === 'ACCEPT' ? { type: args.type, actor: args.actor, engagementId: args.engagementId } : { type: args.type, actor: args.actor };
    return decideInquiryRequest(state, command, Date.now());
  };

  setHandler(
    inquiryRequestUpdate,
    (args) =>
      serial.run(async () => {
        const event = check(() => decide(args));
        try {
          if (args.type === 'OPEN') {
            const opened = openInquiryRequest(input.requestId, args.developerOrg, args.respondBy);
            await commandActivities.recordInquiryRequest({
              state: opened,
              opening: { requestedBy: args.actor.sub, content: args.content },
              actorRoles: args.actor.roles,
              commandId: commandId(opened.version),
            });
            state = opened;
            content = args.content;
            return result(state);
          }
          const current = state;
          const asked = content;
          if (current === undefined || asked === undefined || event === undefined) {
            throw new DomainRuleError(DomainErrorCode.IllegalTransition, 'no such request');
          }
          if (args.type === 'ACCEPT') {
            await commandActivities.startRequestedInquiry({
              engagementId: args.engagementId,
              actor: args.actor,
              details: { ...args.submission, modelName: asked.modelName },
              commandId: `request:${input.requestId}:accepted`,
            });
          }
          const next = applyInquiryRequestEvent(current, event);
          await commandActivities.recordInquiryRequest({ state: next, event, actorRoles: args.actor.roles, commandId: commandId(next.version) });
          state = next;
          return result(state);
        } catch (error) {
          throw toFailure(error);
        }
      }),
    { validator: (args: InquiryRequestCommandArgs) => void check(() => decide(args)) },
  );

  await condition(() => state !== undefined);
  // The deadline: an answer wakes the loop, and the deadline passing with none declines the request.
  while (state?.status === InquiryRequestStatus.Open) {
    const open = state;
    if (await condition(() => state !== open, Math.max(1, open.respondBy - Date.now()))) {
      continue;
    }
    await serial.run(async () => {
      const current = state;
      const expiry = current === undefined ? undefined : inquiryRequestExpiry(current, Date.now());
      if (current === undefined || expiry === undefined) {
        return;
      }
      const next = applyInquiryRequestEvent(current, expiry);
      await clockActivities.recordInquiryRequest({ state: next, event: expiry, actorRoles: [], commandId: `request:${input.requestId}:v${next.version}` });
      state = next;
    });
  }
  await condition(allHandlersFinished);
}
