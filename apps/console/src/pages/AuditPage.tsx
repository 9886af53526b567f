import { useQuery } from '@tanstack/react-query';
import { Alert, AlertHeading, Tag } from '@trussworks/react-uswds';
import { Link } from 'react-router';

import { answer, api } from '../api/client';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';

/** The whole audit chain, verified: a badge that says whether it holds, and where it first breaks if it does not. */
export function AuditPage() {
  const verification = useQuery({ queryKey: ['audit-verify'], queryFn: () => answer(api.GET('/v1/audit/verify')) });
  const result = verification.data;
  return (
    <Page title="Audit">
      <p>
        Every engagement&apos;s audit trail is on its page. Open one from the <Link to="/">engagements</Link>.
      </p>
      <h2>The audit chain</h2>
      <ProblemAlert error={verification.error} />
      {verification.isPending && <p>Verifying every event and checkpoint…</p>}
      {result && (
        <>
          <p>
            <Tag className={result.ok ? 'bg-green' : 'bg-secondary-dark'} data-testid="chain-badge">
              {result.ok ? 'Chain verified' : 'Chain broken'}
            </Tag>{' '}
            {result.checked} events checked; anchored through event #{result.anchoredThrough} by {result.checkpoints} signed checkpoints.
          </p>
          {!result.ok && (
            <Alert type="error" role="alert">
              <AlertHeading level="h3">The chain does not hold</AlertHeading>
              <p className="usa-alert__text">
                {result.firstBrokenEventId && <>The first broken event is {result.firstBrokenEventId}. </>}
                {result.firstBrokenCheckpoint && (
                  <>
                    The first checkpoint it no longer passes through anchored event #{result.firstBrokenCheckpoint.seq} ({result.firstBrokenCheckpoint.fault});
                    the rewrite is among events #{result.firstBrokenCheckpoint.events.fromSeq} to #{result.firstBrokenCheckpoint.events.toSeq}.
                  </>
                )}
              </p>
            </Alert>
          )}
        </>
      )}
    </Page>
  );
}
