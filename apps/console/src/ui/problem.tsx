import { Alert, AlertHeading } from '@trussworks/react-uswds';

import { ApiProblem } from '../api/client';

/** A refusal that belongs to no one field (a 409's reason, a 403, an outage), as an alert. */
export function ProblemAlert({ error }: { readonly error: unknown }) {
  if (!error) {
    return null;
  }
  const problem = error instanceof ApiProblem ? error : undefined;
  const heading = problem?.status === 409 ? 'Not possible at this stage' : problem?.status === 503 ? 'Temporarily unavailable' : 'That did not work';
  return (
    <Alert type="error" role="alert">
      <AlertHeading level="h2">{heading}</AlertHeading>
      <p className="usa-alert__text">{error instanceof Error ? error.message : 'The console could not reach the API.'}</p>
      {problem?.errors.length ? (
        <ul>
          {problem.errors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              {fieldError.field}: {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
