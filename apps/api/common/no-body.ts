import { Body, Injectable, PipeTransform } from '@nestjs/common';

import { RequestErrorCode, RequestException } from '../errors/api-errors';

/** For commands that take no input: an empty object (or no body), and nothing else. */
@Injectable()
export class EmptyBodyPipe implements PipeTransform<unknown, Record<string, never>> {
  transform(value: unknown): Record<string, never> {
    if (value === undefined || value === null) {
      return {};
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new RequestException(RequestErrorCode.ValidationFailed, 'the body must be an empty JSON object', {
        errors: [{ field: 'body', message: 'must be {}' }],
      });
    }
    const fields = Object.keys(value);
    if (fields.length > 0) {
      throw new RequestException(RequestErrorCode.ValidationFailed, fields.map((f) => `property ${f} should not exist`).join('; '), {
        errors: fields.map((field) => ({ field, message: `property ${field} should not exist` })),
      });
    }
    return {};
  }
}

/** `@NoBody()` on a command handler parameter: the body must be `{}` or absent. */
export const NoBody = () => Body(new EmptyBodyPipe());
