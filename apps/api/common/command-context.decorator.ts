import { createHash, randomUUID } from 'node:crypto';

import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import type { Actor } from '#domain';

import type { AuthenticatedRequest } from './authenticated-request';
import type { CommandRequest } from './idempotency.interceptor';

export interface CommandContext {
  readonly actor: Actor;
  readonly commandId: string;
  /** True when the caller sent an Idempotency-Key, so ids derived from the command are stable. */
  readonly idempotent: boolean;
  /**
   * An id for something this command creates (`purpose` says what): the same on every repeat of an
   * idempotent command, so a repeat names the same record; random otherwise.
   */
  newId(purpose: string): string;
}

/** A stable UUID (version 8) for a command's new resource, so a repeated command names the same one. */
export function uuidFor(commandId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${purpose}\n${commandId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function commandContext(actor: Actor, commandId: string, idempotent: boolean): CommandContext {
  return { actor, commandId, idempotent, newId: (purpose) => (idempotent ? uuidFor(commandId, purpose) : randomUUID()) };
}

/** The caller and the identity of this command (see IdempotencyInterceptor). */
export const Command = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest & CommandRequest>();
  if (!request.actor) {
    throw new Error('Command used on a route without authentication');
  }
  return commandContext(request.actor, request.commandId ?? randomUUID(), request.idempotent === true);
});
