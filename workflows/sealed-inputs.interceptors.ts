import { ApplicationFailure, patched, UpdateInput, WorkflowInboundCallsInterceptor, workflowInfo, WorkflowInterceptorsFactory } from '@temporalio/workflow';

import { commandBindingOf, isUnsealedPayload, RETENTION_SWEEP_WORKFLOW, WorkflowFailureType } from '#contracts';

function refuse(message: string): never {
  throw ApplicationFailure.create({ type: WorkflowFailureType.Unsealed, message, nonRetryable: true });
}

/** Everything this system sends a workflow carries a sealed argument: none at all is as good as unsealed. */
function sealed(args: readonly unknown[]): boolean {
  return args.length > 0 && !args.some(isUnsealedPayload);
}

function refuseUnsealed(args: readonly unknown[], what: string): void {
  if (!sealed(args)) {
    refuse(`${what} was not sealed for this workflow by this system's payload key; it changes nothing`);
  }
}

/** Runs begun before commands were bound to their Update took them unbound; later runs refuse that. */
const COMMANDS_BOUND_TO_UPDATES = 'commands-bound-to-updates';

/**
 * Identity travels inside commands (the actor the API verified), so a command is trusted only if
 * this system sealed it for this workflow, and for this Update. Unsealed workflow inputs fail the
 * run, unsealed or rebound Updates are rejected before they are accepted, and unsealed signals are dropped.
 */
class SealedInputsOnly implements WorkflowInboundCallsInterceptor {
  private bindingRequired = false;

  // Async, so the refusal fails the run (a thrown ApplicationFailure) rather than its workflow task forever.
  execute: NonNullable<WorkflowInboundCallsInterceptor['execute']> = async (input, next) => {
    this.bindingRequired = patched(COMMANDS_BOUND_TO_UPDATES);
    // The retention sweep takes nothing (its Temporal Schedule could not seal anything for a run it names
    // itself) and acts on no one's word: it disposes of what the configured schedule says is due.
    if (!(workflowInfo().workflowType === RETENTION_SWEEP_WORKFLOW && input.args.length === 0)) {
      refuseUnsealed(input.args, 'the workflow input');
    }
    return next(input);
  };

  validateUpdate: NonNullable<WorkflowInboundCallsInterceptor['validateUpdate']> = (input, next) => {
    this.refuseCommand(input);
    next(input);
  };

  handleUpdate: NonNullable<WorkflowInboundCallsInterceptor['handleUpdate']> = async (input, next) => {
    this.refuseCommand(input);
    return next(input);
  };

  /** Sealed for this workflow, and bound to this very Update: not copied from elsewhere in its history. */
  private refuseCommand(input: UpdateInput): void {
    refuseUnsealed(input.args, `the ${input.name} command`);
    if (!this.bindingRequired) {
      return;
    }
    const binding = commandBindingOf(input.args[0]);
    if (binding?.update !== input.name || binding.updateId !== input.updateId) {
      refuse(`the ${input.name} command was sealed for another Update; it changes nothing`);
    }
  }

  // An unsealed (or empty) signal is dropped: the workflow carries on as if it never came.
  handleSignal: NonNullable<WorkflowInboundCallsInterceptor['handleSignal']> = async (input, next) => {
    if (sealed(input.args)) {
      await next(input);
    }
  };
}

export const interceptors: WorkflowInterceptorsFactory = () => ({ inbound: [new SealedInputsOnly()] });
