import { ApplicationFailure, WorkflowInboundCallsInterceptor, WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { isUnsealedPayload, WorkflowFailureType } from '../libs/contracts';

function refuseUnsealed(args: readonly unknown[], what: string): void {
  if (args.some(isUnsealedPayload)) {
    throw ApplicationFailure.create({
      type: WorkflowFailureType.Unsealed,
      message: `${what} was not sealed by this system's payload key; it changes nothing`,
      nonRetryable: true,
    });
  }
}

/**
 * Identity travels inside commands (the actor the API verified), so a command is trusted only if
 * this system sealed it. Unsealed workflow inputs fail the run, unsealed Updates are rejected before
 * they are accepted, and unsealed signals are dropped.
 */
class SealedInputsOnly implements WorkflowInboundCallsInterceptor {
  // Async, so the refusal fails the run (a thrown ApplicationFailure) rather than its workflow task forever.
  execute: NonNullable<WorkflowInboundCallsInterceptor['execute']> = async (input, next) => {
    refuseUnsealed(input.args, 'the workflow input');
    return next(input);
  };

  validateUpdate: NonNullable<WorkflowInboundCallsInterceptor['validateUpdate']> = (input, next) => {
    refuseUnsealed(input.args, `the ${input.name} command`);
    next(input);
  };

  handleUpdate: NonNullable<WorkflowInboundCallsInterceptor['handleUpdate']> = async (input, next) => {
    refuseUnsealed(input.args, `the ${input.name} command`);
    return next(input);
  };

  handleSignal: NonNullable<WorkflowInboundCallsInterceptor['handleSignal']> = async (input, next) => {
    if (!input.args.some(isUnsealedPayload)) {
      await next(input);
    }
  };
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new SealedInputsOnly()] });
