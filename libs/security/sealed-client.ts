import { randomUUID } from 'node:crypto';

import type { ClientOptions, WorkflowClientInterceptor } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';

import { COMMAND_BINDING, CommandBinding } from '#contracts';

import type { EncryptionCodec } from './payload-codec';

function bind(args: readonly unknown[], binding: CommandBinding): unknown[] {
  const [first, ...rest] = args;
  return [{ ...(first as object), [COMMAND_BINDING]: binding }, ...rest];
}

/** Seals into every Update's arguments the Update they are for and its id (see COMMAND_BINDING). */
class BindCommandsToUpdates implements WorkflowClientInterceptor {
  startUpdate: NonNullable<WorkflowClientInterceptor['startUpdate']> = (input, next) => {
    const updateId = input.options.updateId ?? randomUUID();
    return next({ ...input, options: { ...input.options, updateId }, args: bind(input.args, { update: input.updateName, updateId }) });
  };

  startUpdateWithStart: NonNullable<WorkflowClientInterceptor['startUpdateWithStart']> = (input, next) => {
    const updateId = input.updateOptions.updateId ?? randomUUID();
    return next({
      ...input,
      updateOptions: { ...input.updateOptions, updateId },
      updateArgs: bind(input.updateArgs, { update: input.updateName, updateId }),
    });
  };
}

/**
 * How every client of this system talks to Temporal: payloads sealed to their workflow under the
 * payload key, and each command bound to its Update. Workflows refuse anything else. With `traced`
 * (tracing on), each start, Update and signal is also a span whose context travels in the headers, so the
 * workflow and its activities join the caller's trace.
 */
export function sealedClientOptions(codec: EncryptionCodec, { traced = false } = {}): Pick<ClientOptions, 'dataConverter' | 'interceptors'> {
  return {
    dataConverter: { payloadCodecs: [codec] },
    interceptors: { workflow: [...(traced ? [new OpenTelemetryWorkflowClientInterceptor()] : []), new BindCommandsToUpdates()] },
  };
}
