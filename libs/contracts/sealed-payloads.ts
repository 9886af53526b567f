/**
 * What the payload codec makes of a payload that this system did not seal: a marker that workflows
 * refuse. Every command, input and signal the API and the worker send is sealed (AES-256-GCM) under
 * the payload key, so a sealed payload is also an authentic one. A command sent straight to Temporal
 * by anyone else (the CLI, say, with an invented actor) decodes to this marker and changes nothing.
 */
export const UNSEALED_PAYLOAD_MARKER = '__unsealedPayload';

export function isUnsealedPayload(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[UNSEALED_PAYLOAD_MARKER] === true;
}

/**
 * Where a command's arguments say they belong: the Update and its id. Sealed with the arguments, so
 * a sealed command copied from history and sent again under a new Update id, or as another Update,
 * is refused; sent again under its own id, it is answered as before and not applied twice.
 */
export const COMMAND_BINDING = '__boundTo';

export interface CommandBinding {
  readonly update: string;
  readonly updateId: string;
}

export function commandBindingOf(value: unknown): CommandBinding | undefined {
  const binding = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[COMMAND_BINDING] : undefined;
  if (typeof binding !== 'object' || binding === null) {
    return undefined;
  }
  const { update, updateId } = binding as Record<string, unknown>;
  return typeof update === 'string' && typeof updateId === 'string' ? { update, updateId } : undefined;
}
