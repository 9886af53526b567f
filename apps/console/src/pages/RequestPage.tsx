import { useQuery } from '@tanstack/react-query';
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { Link, useNavigate, useParams } from 'react-router';

import { answer, api } from '../api/client';
import { useMe } from '../api/session';
import { REQUEST_STATUS_LABELS } from '../labels';
import { CommandForm } from '../ui/command-form';
import { INQUIRY_DETAIL_FIELDS, inquiryDetails } from '../ui/inquiry-fields';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

/** One government request: what was asked and by when; the developer answers it here while it is open. */
export function RequestPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const developer = useMe().roles.includes('developer');
  const request = useQuery({ queryKey: ['requests', id], queryFn: () => answer(api.GET('/v1/requests/{id}', { params: { path: { id } } })) });
  const data = request.data;
  const invalidates = [['requests'], ['engagements']] as const;
  return (
    <Page title={data ? `Request about ${data.modelName}` : 'Request'} confidential>
      <ProblemAlert error={request.error} />
      {data && (
        <>
          <SummaryBox>
            <SummaryBoxHeading headingLevel="h2">{REQUEST_STATUS_LABELS[data.status]}</SummaryBoxHeading>
            <SummaryBoxContent>
              <p>
                Sent to {data.developerOrg} by {data.requestedBy} on <Time at={data.createdAt} />.{' '}
                {data.status === 'OPEN' ? (
                  <>
                    The answer is due <Deadline at={data.respondBy} />.
                  </>
                ) : (
                  data.answeredAt && (
                    <>
                      {data.declinedBy === 'DEADLINE' ? 'No answer came by the deadline' : `Answered by ${data.answeredBy ?? ''}`} on{' '}
                      <Time at={data.answeredAt} />.
                    </>
                  )
                )}
              </p>
              {data.engagementId && (
                <p>
                  <Link to={`/engagements/${data.engagementId}`}>Open the inquiry it became</Link>
                </p>
              )}
            </SummaryBoxContent>
          </SummaryBox>
          <h2>Why the government asks</h2>
          <blockquote className="console-prewrap">{data.note}</blockquote>
          {developer && data.status === 'OPEN' && (
            <>
              <section aria-labelledby="accept-heading">
                <h2 id="accept-heading">Accept: submit the inquiry</h2>
                <p>Accepting submits an inquiry about {data.modelName}, as any other: you may withdraw it at any time.</p>
                <CommandForm
                  fields={INQUIRY_DETAIL_FIELDS}
                  submitLabel="Accept and submit inquiry"
                  invalidates={invalidates}
                  send={(values, key) =>
                    answer(
                      api.POST('/v1/requests/{id}/accept', {
                        params: { path: { id }, header: { 'Idempotency-Key': key } },
                        body: inquiryDetails(values),
                      }),
                    )
                  }
                  onDone={async (accepted) => {
                    if (accepted.engagementId) await navigate(`/engagements/${accepted.engagementId}`);
                  }}
                />
              </section>
              <section aria-labelledby="decline-heading">
                <h2 id="decline-heading">Decline</h2>
                <p>Taking part is voluntary. Declining ends the request; the program administrators are told.</p>
                <CommandForm
                  fields={[]}
                  submitLabel="Decline request"
                  confirm={{
                    heading: 'Decline the request?',
                    confirmLabel: 'Yes, decline',
                    body: <p>The request ends as declined and cannot be accepted afterwards.</p>,
                  }}
                  invalidates={invalidates}
                  send={(_values, key) => answer(api.POST('/v1/requests/{id}/decline', { params: { path: { id }, header: { 'Idempotency-Key': key } } }))}
                />
              </section>
            </>
          )}
        </>
      )}
    </Page>
  );
}
