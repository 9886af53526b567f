import { useQuery } from '@tanstack/react-query';
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { Link, useParams } from 'react-router';

import { answer, api, idempotencyHeader } from '../api/client';
import { useMe } from '../api/session';
import { CONSULTATION_STATUS_LABELS, STAGE_LABELS } from '../labels';
import { CommandForm, text } from '../ui/command-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

export const CONCURRENCE = [
  { value: 'true', label: 'We concur' },
  { value: 'false', label: 'We do not concur' },
];

/**
 * One consultation: the question a designation authority asked, and the engagement's metadata (nothing more,
 * unless you are on its roster). A designation authority of the organization consulted answers it here, once.
 */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const consultation = useQuery({
    queryKey: ['consultations', id],
    queryFn: () => answer(api.GET('/v1/consultations/{consultationId}', { params: { path: { consultationId: id } } })),
  });
  const data = consultation.data;
  const answerable = data?.status === 'PENDING' && data.organization === me.org && me.roles.includes('designation-authority');
  return (
    <Page title={data ? `Consultation on ${data.engagement.modelName} ${data.engagement.modelVersion}` : 'Consultation'} confidential>
      <ProblemAlert error={consultation.error} />
      {data && (
        <>
          <SummaryBox>
            <SummaryBoxHeading headingLevel="h2">{CONSULTATION_STATUS_LABELS[data.status]}</SummaryBoxHeading>
            <SummaryBoxContent>
              <p>
                Asked of {data.organization} by {data.askedBy} on <Time at={data.askedAt} />.{' '}
                {data.status === 'PENDING' && (
                  <>
                    The answer is due <Deadline at={data.answerBy} />.
                  </>
                )}
                {data.status === 'ANSWERED' && data.answeredAt && (
                  <>
                    {data.concurs ? 'Concurred' : 'Did not concur'}: {data.answeredBy}, on <Time at={data.answeredAt} />.
                  </>
                )}
              </p>
              <p>
                The engagement: {data.engagement.developerOrg}&apos;s {data.engagement.modelName} {data.engagement.modelVersion}, now{' '}
                {STAGE_LABELS[data.engagement.stage].toLowerCase()}; its determination is due <Time at={data.engagement.determinationDueAt} />.{' '}
                <Link to={`/engagements/${data.engagementId}`}>Open the engagement</Link>
              </p>
            </SummaryBoxContent>
          </SummaryBox>
          <h2>The question</h2>
          <blockquote className="console-prewrap">{data.question}</blockquote>
          {data.note && (
            <>
              <h2>The answer&apos;s note</h2>
              <blockquote className="console-prewrap">{data.note}</blockquote>
            </>
          )}
          {answerable && (
            <section aria-labelledby="answer-heading">
              <h2 id="answer-heading">Answer for {me.org}</h2>
              <CommandForm
                fields={[
                  { name: 'concurs', label: 'Your organization’s answer', kind: 'select', required: true, options: CONCURRENCE },
                  { name: 'note', label: 'Note for the authority who asked (optional)', hint: 'Confidential; encrypted at rest.', kind: 'textarea' },
                ]}
                submitLabel="Send answer"
                invalidates={[['consultations']]}
                send={(values, key) =>
                  answer(
                    api.POST('/v1/engagements/{id}/consultations/{consultationId}/answer', {
                      params: { path: { id: data.engagementId, consultationId: data.id }, header: idempotencyHeader(key) },
                      body: { concurs: values['concurs'] === 'true', ...(text(values, 'note') ? { note: text(values, 'note') } : {}) },
                    }),
                  )
                }
              />
            </section>
          )}
        </>
      )}
    </Page>
  );
}
