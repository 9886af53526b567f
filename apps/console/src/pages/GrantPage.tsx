import { useQuery } from '@tanstack/react-query';
import { Alert, AlertHeading, SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useParams } from 'react-router';

import { answer, api } from '../api/client';
import { useMe } from '../api/session';
import { GRANT_STATUS_LABELS } from '../labels';
import { CommandForm } from '../ui/command-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline } from '../ui/time';
import { GatewayToken } from '../ui/token';
import { GrantRemediationNotices, GrantReports } from './GrantRemediation';

/** A partner's grant: the terms to read and accept (exactly the version shown), then a gateway token while it is active. */
export function GrantPage() {
  const { id = '' } = useParams();
  const grant = useQuery({ queryKey: ['grant', id], queryFn: () => answer(api.GET('/v1/grants/{id}', { params: { path: { id } } })) });
  const data = grant.data;
  const partner = useMe().roles.includes('partner');
  const terms = data?.terms;
  return (
    <Page title={data ? `${data.model.name} ${data.model.version}` : 'Grant'} confidential>
      <ProblemAlert error={grant.error} />
      {data && (
        <>
          <SummaryBox>
            <SummaryBoxHeading headingLevel="h2">Your access</SummaryBoxHeading>
            <SummaryBoxContent>
              <p>
                {GRANT_STATUS_LABELS[data.status]}.{' '}
                {data.expiresAt ? (
                  <>
                    Ends <Deadline at={data.expiresAt} />.
                  </>
                ) : (
                  <>
                    Accept the terms <Deadline at={data.acceptBy} /> or the grant lapses; it then lasts {data.durationDays} days.
                  </>
                )}
              </p>
            </SummaryBoxContent>
          </SummaryBox>
          {data.status === 'SUSPENDED' && (
            <Alert type="warning" role="status">
              <AlertHeading level="h2">The terms changed</AlertHeading>
              <p className="usa-alert__text">Your access is suspended until you accept the new terms below.</p>
            </Alert>
          )}
          {terms && (
            <section aria-labelledby="terms-heading">
              <h2 id="terms-heading">Terms, version {terms.version}</h2>
              <blockquote className="console-prewrap">{data.termsText}</blockquote>
              <p>
                SHA-256 <code>{terms.hash}</code>
              </p>
              {(data.status === 'PENDING_ACCEPTANCE' || data.status === 'SUSPENDED') && (
                <CommandForm
                  fields={[]}
                  submitLabel="Accept terms"
                  invalidates={[['grant', id], ['grants']]}
                  send={(_values, key) =>
                    answer(
                      api.POST('/v1/grants/{id}/accept', {
                        params: { path: { id }, header: { 'Idempotency-Key': key } },
                        body: { termsVersion: terms.version, termsHash: terms.hash },
                      }),
                    )
                  }
                />
              )}
            </section>
          )}
          {data.status === 'ACTIVE' && (
            <section aria-labelledby="token-heading">
              <h2 id="token-heading">Gateway access</h2>
              <GatewayToken
                issue={(key) => answer(api.POST('/v1/grants/{id}/access-tokens', { params: { path: { id }, header: { 'Idempotency-Key': key } } }))}
              />
            </section>
          )}
          {partner && (data.status === 'ACTIVE' || data.status === 'SUSPENDED') && <GrantRemediationNotices grantId={id} />}
          {partner && <GrantReports grantId={id} active={data.status === 'ACTIVE'} />}
        </>
      )}
    </Page>
  );
}
