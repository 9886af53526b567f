import { useQuery } from '@tanstack/react-query';
import { Table } from '@trussworks/react-uswds';
import { Link } from 'react-router';

import { answer, api } from '../api/client';
import { useMe } from '../api/session';
import { CONSULTATION_STATUS_LABELS } from '../labels';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

/**
 * Consultations on determinations, for designation authorities: those asked of your organization (answered
 * from each one's page) and those you asked. Only metadata here; the question is read, and audited, on its page.
 */
export function ConsultationsPage() {
  const me = useMe();
  const consultations = useQuery({ queryKey: ['consultations'], queryFn: () => answer(api.GET('/v1/consultations')) });
  const items = consultations.data?.items ?? [];
  return (
    <Page title="Consultations">
      <p className="usa-intro">
        Before deciding, a designation authority may consult another government organization. Answer those asked of {me.org} before their deadline: the
        determination waits for your answer until then.
      </p>
      <ProblemAlert error={consultations.error} />
      {items.length === 0 ? (
        <p>{consultations.isPending ? 'Loading…' : 'No consultations.'}</p>
      ) : (
        <Table fullWidth>
          <caption>Consultations, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Developer</th>
              <th scope="col">Asked of</th>
              <th scope="col">Status</th>
              <th scope="col">Answer due</th>
              <th scope="col">Asked</th>
            </tr>
          </thead>
          <tbody>
            {items.map((consultation) => (
              <tr key={consultation.id}>
                <th scope="row">
                  <Link to={`/consultations/${consultation.id}`}>
                    {consultation.engagement.modelName} {consultation.engagement.modelVersion}
                  </Link>
                </th>
                <td>{consultation.engagement.developerOrg}</td>
                <td>{consultation.organization === me.org ? `${consultation.organization} (yours)` : consultation.organization}</td>
                <td>{CONSULTATION_STATUS_LABELS[consultation.status]}</td>
                <td>{consultation.status === 'PENDING' ? <Deadline at={consultation.answerBy} /> : '—'}</td>
                <td>
                  <Time at={consultation.askedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Page>
  );
}
