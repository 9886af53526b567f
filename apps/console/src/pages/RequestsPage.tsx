import { useQuery } from '@tanstack/react-query';
import { Table } from '@trussworks/react-uswds';
import { Link, useNavigate } from 'react-router';

import { answer, api } from '../api/client';
import { useHasRole } from '../api/session';
import { REQUEST_STATUS_LABELS } from '../labels';
import { CommandForm, type Field, text } from '../ui/command-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

/** A program administrator asks a developer organization (one registered as an AI developer) to open an inquiry. */
function AskADeveloper() {
  const navigate = useNavigate();
  const fields: readonly Field[] = [
    { name: 'developerOrg', label: 'Developer organization', hint: 'Its id in the registry: an AI developer organization.', kind: 'text', required: true },
    { name: 'modelName', label: 'Model name', kind: 'text', required: true },
    { name: 'note', label: 'Why the government asks', hint: 'Confidential: the developer reads it; encrypted at rest.', kind: 'textarea', required: true },
    {
      name: 'respondBy',
      label: 'Answer due before (UTC date)',
      hint: 'With no answer by the start of this day (UTC), the request is declined.',
      kind: 'date',
      required: true,
    },
  ];
  return (
    <section aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask a developer to open an inquiry</h2>
      <CommandForm
        fields={fields}
        submitLabel="Send request"
        invalidates={[['requests']]}
        send={(values, key) =>
          answer(
            api.POST('/v1/requests', {
              params: { header: { 'Idempotency-Key': key } },
              body: {
                developerOrg: text(values, 'developerOrg'),
                modelName: text(values, 'modelName'),
                note: text(values, 'note'),
                respondBy: values['respondBy'] ? `${values['respondBy']}T00:00:00Z` : '',
              },
            }),
          )
        }
        onDone={async (opened) => {
          await navigate(`/requests/${opened.id}`);
        }}
      />
    </section>
  );
}

/**
 * Government requests to open an inquiry: program administrators see every one and send new ones; a
 * developer sees its own organization's, and answers them from each request's page.
 */
export function RequestsPage() {
  const admin = useHasRole('program-admin');
  const requests = useQuery({ queryKey: ['requests'], queryFn: () => answer(api.GET('/v1/requests')) });
  const items = requests.data?.items ?? [];
  return (
    <Page title="Government requests" confidential>
      <p className="usa-intro">
        {admin
          ? 'Ask a developer to open an inquiry about a model. Its answer is voluntary; with no answer by the deadline the request is declined.'
          : 'The government may ask your organization to open an inquiry about a model. Answering is voluntary: accept to submit the inquiry, or decline.'}
      </p>
      <ProblemAlert error={requests.error} />
      {items.length === 0 ? (
        <p>{requests.isPending ? 'Loading…' : 'No requests.'}</p>
      ) : (
        <Table fullWidth>
          <caption>Requests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              {admin && <th scope="col">Developer</th>}
              <th scope="col">Status</th>
              <th scope="col">Answer due</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {items.map((request) => (
              <tr key={request.id}>
                <th scope="row">
                  <Link to={`/requests/${request.id}`}>{request.modelName}</Link>
                </th>
                {admin && <td>{request.developerOrg}</td>}
                <td>{REQUEST_STATUS_LABELS[request.status]}</td>
                <td>{request.status === 'OPEN' ? <Deadline at={request.respondBy} /> : '—'}</td>
                <td>
                  <Time at={request.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {admin && <AskADeveloper />}
    </Page>
  );
}
