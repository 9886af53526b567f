import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Whether the caller asked for CSV (`Accept: text/csv`) where a route offers it beside JSON. */
export const WantsCsv = createParamDecorator((_: unknown, context: ExecutionContext): boolean =>
  (context.switchToHttp().getRequest<Request>().headers.accept ?? '').includes('text/csv'),
);
