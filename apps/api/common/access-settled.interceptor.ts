import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Observable } from 'rxjs';
import { mergeMap } from 'rxjs/operators';

import { AccessStateChanges } from '#persistence';

import { COMMAND_ROUTE } from './openapi.decorators';

/**
 * Every command answers only once this process has heard every access-state change committed before the answer
 * (AccessStateChanges.settled): so once a revocation, a window's end or a withdrawal has answered, no
 * introspection in this process answers from what it kept before. One round trip to PostgreSQL per command;
 * reads, and introspection itself, do not wait.
 */
@Injectable()
export class AccessSettledInterceptor implements NestInterceptor {
  constructor(
    private readonly changes: AccessStateChanges,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.reflector.get<boolean | undefined>(COMMAND_ROUTE, context.getHandler()) !== true) {
      return next.handle();
    }
    return next.handle().pipe(
      mergeMap(async (answer: unknown) => {
        await this.changes.settled();
        return answer;
      }),
    );
  }
}
