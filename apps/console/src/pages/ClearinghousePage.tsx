import { useQuery } from '@tanstack/react-query';
import { Label, Select, Table, Tag } from '@trussworks/react-uswds';
import { useId, useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../api/client';
import { CommandForm, text } from '../ui/command-form';
import { DialogForm } from '../ui/dialog-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';
import { FindingStatusText, VALIDATION_LABELS } from './engagement/FindingActions';
import { SEVERITY_LABELS } from './engagement/RemediationSection';

type SharedFinding = Schemas['SharedFindingDto'];

/** The outcomes as the clearinghouse chooses them. */
const OUTCOMES: readonly { value: Schemas['ValidationOutcome']; label: string }[] = [
  { value: 'VALIDATED', label: 'Validated: reproduced' },
  { value: 'DUPLICATE_OF', label: 'Duplicate of another shared finding' },
  { value: 'NOT_REPRODUCIBLE', label: 'Not reproducible' },
];

function Validate({ finding }: { readonly finding: SharedFinding }) {
  return (
    <DialogForm label="Validate" heading={`Validate "${finding.title}"`}>
      {(close) => (
        <CommandForm
          fields={[
            { name: 'outcome', label: 'Outcome', kind: 'select', required: true, options: OUTCOMES },
            {
              name: 'duplicateOf',
              label: 'Duplicate of (finding id)',
              kind: 'text',
              hint: 'Only for a duplicate: the shared finding it duplicates. The developer never sees it.',
            },
            { name: 'note', label: 'Note', kind: 'textarea', required: true, hint: 'Seen by the clearinghouse only.' },
          ]}
          submitLabel="Record validation"
          invalidates={[['clearinghouse']]}
          onDone={close}
          send={(values, key) =>
            answer(
              api.POST('/v1/engagements/{id}/findings/{findingId}/validation', {
                params: { path: { id: finding.engagement.id, findingId: finding.id }, header: idempotencyHeader(key) },
                body: {
                  outcome: text(values, 'outcome') as Schemas['ValidationOutcome'],
                  ...(text(values, 'duplicateOf') ? { duplicateOf: text(values, 'duplicateOf') } : {}),
                  note: text(values, 'note'),
                },
              }),
            )
          }
        />
      )}
    </DialogForm>
  );
}

/** The clearinghouse's queue: findings developers shared, most urgent first, to validate, deconflict and follow; and partners' shared reports. */
export function ClearinghousePage() {
  const filterId = useId();
  const [validation, setValidation] = useState<'' | Schemas['ValidationOutcome'] | 'NONE'>('');
  const queue = useQuery({
    queryKey: ['clearinghouse', validation],
    queryFn: () => answer(api.GET('/v1/clearinghouse/findings', { params: { query: { limit: 100, ...(validation ? { validation } : {}) } } })),
  });
  const reports = useQuery({ queryKey: ['clearinghouse', 'reports'], queryFn: () => answer(api.GET('/v1/clearinghouse/reports')) });
  const items = queue.data?.items ?? [];
  return (
    <Page title="Clearinghouse" confidential>
      <p>Findings developers chose to share, the most urgent first. Nothing else of their engagements is shown here.</p>
      <div className="console-filters">
        <div>
          <Label htmlFor={filterId}>Validation</Label>
          <Select id={filterId} name="validation" value={validation} onChange={(event) => setValidation(event.target.value as typeof validation)}>
            <option value="">Any</option>
            <option value="NONE">Not validated yet</option>
            {OUTCOMES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ProblemAlert error={queue.error} />
      <section aria-labelledby="shared-heading">
        <h2 id="shared-heading">Shared findings</h2>
        {items.length === 0 ? (
          <p>{queue.isPending ? 'Loading…' : 'Nothing shared.'}</p>
        ) : (
          <Table fullWidth>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Model</th>
                <th scope="col">Tier and due date</th>
                <th scope="col">Remediation</th>
                <th scope="col">Validation</th>
              </tr>
            </thead>
            <tbody>
              {items.map((finding) => (
                <tr key={finding.id}>
                  <th scope="row">
                    {finding.title}
                    <br />
                    <span className="text-normal">
                      Shared {finding.sharedAt ? <Time at={finding.sharedAt} /> : ''}; id <code>{finding.id}</code>
                    </span>
                  </th>
                  <td>
                    {finding.engagement.developerOrg} {finding.engagement.modelName} {finding.engagement.modelVersion}
                  </td>
                  <td>
                    <Tag>{finding.tier}</Tag> {finding.remediationDueAt ? <Deadline at={finding.remediationDueAt} /> : 'No deadline'}
                  </td>
                  <td>
                    <FindingStatusText finding={finding} />
                  </td>
                  <td>
                    <span>{finding.clearinghouseValidation ? VALIDATION_LABELS[finding.clearinghouseValidation.outcome] : 'Not yet'}</span>
                    <div className="console-actions">
                      {finding.status !== 'CLOSED' && <Validate finding={finding} />}
                      <a
                        className="usa-button usa-button--unstyled"
                        href={`/v1/engagements/${finding.engagement.id}/findings/${finding.id}/csaf`}
                        download={`finding-${finding.id}.csaf.json`}
                      >
                        Export CSAF<span className="usa-sr-only"> of "{finding.title}"</span>
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Partner reports shared</h2>
        <ProblemAlert error={reports.error} />
        {(reports.data?.items ?? []).length === 0 ? (
          <p>{reports.isPending ? 'Loading…' : 'None shared.'}</p>
        ) : (
          <ul className="usa-list">
            {(reports.data?.items ?? []).map((report) => (
              <li key={report.id}>
                <strong>{report.title}</strong> ({SEVERITY_LABELS[report.severity]}) on {report.engagement.modelName} {report.engagement.modelVersion}, shared{' '}
                <Time at={report.sharedAt} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
