import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from '@trussworks/react-uswds';

import { answer, api, idempotencyHeader, type Schemas } from '../api/client';
import { CommandForm, text } from '../ui/command-form';
import { ProblemAlert } from '../ui/problem';
import { Time } from '../ui/time';
import { SEVERITY_LABELS, URGENCY_LABELS } from './engagement/RemediationSection';

/** On a partner's live grant: what to update to and how urgently, to acknowledge; never which finding it fixes. */
export function GrantRemediationNotices({ grantId }: { readonly grantId: string }) {
  const notices = useQuery({
    queryKey: ['grant-remediation', grantId],
    queryFn: () => answer(api.GET('/v1/grants/{id}/remediation-notices', { params: { path: { id: grantId } } })),
  });
  const items = notices.data?.items ?? [];
  return (
    <section aria-labelledby="updates-heading">
      <h2 id="updates-heading">Updates to take</h2>
      <ProblemAlert error={notices.error} />
      {items.length === 0 ? (
        <p>{notices.isPending ? 'Loading…' : 'No remediation notices yet.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Update to</th>
              <th scope="col">Urgency</th>
              <th scope="col">Published</th>
              <th scope="col">Acknowledged</th>
            </tr>
          </thead>
          <tbody>
            {items.map((notice) => (
              <tr key={notice.id}>
                <th scope="row">
                  {notice.fixedVersion}
                  <br />
                  <span className="text-normal">{notice.instruction}</span>
                  <br />
                  <code className="text-normal">{notice.artifactDigest}</code>
                </th>
                <td>
                  <Tag>{notice.urgency}</Tag> {URGENCY_LABELS[notice.urgency]}
                </td>
                <td>
                  <Time at={notice.publishedAt} />
                </td>
                <td>
                  {notice.acknowledgedAt ? (
                    <Time at={notice.acknowledgedAt} />
                  ) : (
                    <CommandForm
                      fields={[]}
                      submitLabel={`Acknowledge ${notice.fixedVersion}`}
                      invalidates={[['grant-remediation', grantId]]}
                      send={(_values, key) =>
                        answer(
                          api.POST('/v1/grants/{id}/remediation-notices/{noticeId}/acknowledgement', {
                            params: { path: { id: grantId, noticeId: notice.id }, header: idempotencyHeader(key) },
                          }),
                        )
                      }
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

const SEVERITIES = (Object.keys(SEVERITY_LABELS) as Schemas['PartnerReportSeverity'][]).map((value) => ({ value, label: SEVERITY_LABELS[value] }));

/** A partner with an active grant reports a problem it found; it reaches the developer, sealed. */
export function GrantReports({ grantId, active }: { readonly grantId: string; readonly active: boolean }) {
  const reports = useQuery({
    queryKey: ['grant-reports', grantId],
    queryFn: () => answer(api.GET('/v1/grants/{id}/reports', { params: { path: { id: grantId } } })),
  });
  const items = reports.data?.items ?? [];
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">Problems you reported</h2>
      <ProblemAlert error={reports.error} />
      {items.length === 0 ? (
        <p>{reports.isPending ? 'Loading…' : 'None yet.'}</p>
      ) : (
        <ul className="usa-list">
          {items.map((report) => (
            <li key={report.id}>
              <strong>{report.title}</strong> ({SEVERITY_LABELS[report.severity]}), <Time at={report.reportedAt} />
            </li>
          ))}
        </ul>
      )}
      {active && (
        <CommandForm
          legend="Report a problem"
          fields={[
            { name: 'title', label: 'Title', kind: 'text', required: true, hint: 'Confidential; encrypted at rest.' },
            { name: 'description', label: 'What you found', kind: 'textarea', required: true },
            { name: 'severity', label: 'Severity', kind: 'select', required: true, options: SEVERITIES },
          ]}
          submitLabel="Send report"
          invalidates={[['grant-reports', grantId]]}
          send={(values, key) =>
            answer(
              api.POST('/v1/grants/{id}/reports', {
                params: { path: { id: grantId }, header: idempotencyHeader(key) },
                body: {
                  title: text(values, 'title'),
                  description: text(values, 'description'),
                  severity: text(values, 'severity') as Schemas['PartnerReportSeverity'],
                },
              }),
            )
          }
        />
      )}
    </section>
  );
}
