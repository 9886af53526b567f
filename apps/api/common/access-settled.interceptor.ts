import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { mergeMap } from 'rxjs/operators';

import { AccessStateChanges } from '#persistence';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every write answers only once this process has heard every access-state change committed before the answer
 * (AccessStateChanges.settled): so once a revocation, a window's end or a withdrawal has answered, no
 * introspection in this process answers from what it kept before. One round trip to PostgreSQL per write.
 */
@Injectable()
export class AccessSettledInterceptor implements NestInterceptor {
  constructor(private readonly changes: AccessStateChanges) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (READS.has(context.switchToHttp().getRequest<Request>().method)) {
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
