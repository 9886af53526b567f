import { randomUUID } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import type { CommandRequest } from './idempotency.interceptor';
import type { Actor } from '#domain';

export interface CommandContext {
  readonly actor: Actor;
  readonly commandId: string;
  /** True when the caller sent an Idempotency-Key, so ids derived from the command are stable. */
  readonly idempotent: boolean;
}

/** The caller and the identity of this command (see IdempotencyInterceptor). */
export const Command = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest & CommandRequest>();
  if (!request.actor) {
    throw new Error('Command used on a route without authentication');
  }
  return { actor: request.actor, commandId: request.commandId ?? randomUUID(), idempotent: request.idempotent === true };
});
