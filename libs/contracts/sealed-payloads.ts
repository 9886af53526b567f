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
