import { ValidationError, ValidationPipe } from '@nestjs/common';

import { FieldError, RequestErrorCode, RequestException } from '../errors/api-errors';

export function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one global pipe: unknown fields are errors, and every error names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new RequestException(
        RequestErrorCode.ValidationFailed,
        fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ') || 'the request is not valid',
        { errors: fieldErrors },
      );
    },
  });
}
