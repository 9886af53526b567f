import { useQuery } from '@tanstack/react-query';
import { SummaryBox, SummaryBoxContent, Table, Tag } from '@trussworks/react-uswds';

// The BOD 26-04 decision table itself, shared with the API: pure rules, so the preview is what the API will record.
import { remediationDueAt, remediationTier, requiresForensicTriage, TechnicalImpact } from '../../../../../libs/domain/bod-26-04';
import { DAY_MS } from '../../../../../libs/domain/duration';
import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { useMe } from '../../api/session';
import { CommandForm, type FieldValues, text } from '../../ui/command-form';
import { DialogForm } from '../../ui/dialog-form';
import { ProblemAlert } from '../../ui/problem';
import { Deadline, Time } from '../../ui/time';

type Engagement = Schemas['EngagementDetailDto'];

const TIER_LABELS: Record<Schemas['RemediationTier'], string> = {
  FSU: 'Fix on system upgrade',
  '60D': '60 days',
  '14D': '14 days',
  '3D': '3 days',
  '3DF': '3 days, with forensic triage',
};

const RESPONSES = [
  { value: 'ACKNOWLEDGED', label: 'Acknowledged' },
  { value: 'FIXED', label: 'Fixed' },
  { value: 'DISPUTED', label: 'Disputed' },
];

const yes = (values: FieldValues, name: string) => values[name] === 'true';

/** What the four inputs mean under BOD 26-04, shown as they change, before anything is saved. */
function TierPreview({ values }: { readonly values: FieldValues }) {
  const impact = values['technicalImpact'] === 'TOTAL' ? TechnicalImpact.Total : TechnicalImpact.Partial;
  const tier = remediationTier({
    inKev: yes(values, 'inKev'),
    publiclyExposed: yes(values, 'publiclyExposed'),
    automatable: yes(values, 'automatable'),
    technicalImpact: impact,
  });
  // Counted from when it is recorded: the offset from a zero start.
  const dueAfter = remediationDueAt(tier, 0);
  return (
    <SummaryBox className="margin-y-2" aria-live="polite">
      <SummaryBoxContent>
        <p className="margin-0" data-testid="tier-preview">
          BOD 26-04 tier: <strong>{tier}</strong> ({TIER_LABELS[tier]}).{' '}
          {dueAfter === null ? 'No remediation deadline.' : `Remediation due ${Math.round(dueAfter / DAY_MS)} days after it is recorded.`}
          {requiresForensicTriage(tier) && ' A forensic triage of whether the asset is already compromised is also due.'}
        </p>
      </SummaryBoxContent>
    </SummaryBox>
  );
}

function RecordFinding({ engagement }: { readonly engagement: Engagement }) {
  return (
    <CommandForm
      legend="Record a finding"
      fields={[
        { name: 'title', label: 'Title', kind: 'text', required: true, hint: 'Confidential; encrypted at rest.' },
        { name: 'description', label: 'Description', kind: 'textarea', required: true },
        { name: 'cweIds', label: 'CWE ids', kind: 'text', hint: 'Optional, separated by spaces: CWE-787 CWE-416.' },
        { name: 'inKev', label: 'In the Known Exploited Vulnerabilities catalog', kind: 'checkbox' },
        { name: 'publiclyExposed', label: 'The affected asset is publicly exposed', kind: 'checkbox' },
        { name: 'automatable', label: 'Exploitation can be automated', kind: 'checkbox' },
        {
          name: 'technicalImpact',
          label: 'Technical impact',
          kind: 'select',
          required: true,
          initial: 'PARTIAL',
          options: [
            { value: 'PARTIAL', label: 'Partial' },
            { value: 'TOTAL', label: 'Total' },
          ],
        },
      ]}
      preview={(values) => <TierPreview values={values} />}
      submitLabel="Record finding"
      invalidates={[['findings', engagement.id]]}
      send={(values, key) =>
        answer(
          api.POST('/v1/engagements/{id}/findings', {
            params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
            body: {
              title: text(values, 'title'),
              description: text(values, 'description'),
              cweIds: text(values, 'cweIds').split(/\s+/).filter(Boolean),
              inKev: yes(values, 'inKev'),
              publiclyExposed: yes(values, 'publiclyExposed'),
              automatable: yes(values, 'automatable'),
              technicalImpact: values['technicalImpact'] === 'TOTAL' ? 'TOTAL' : 'PARTIAL',
            },
          }),
        )
      }
    />
  );
}

/** Findings: tier and remediation due date for those who may see them; the developer answers each, an attested reviewer records them during the window. */
export function FindingsSection({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  const developer = me.roles.includes('developer') && me.org === engagement.developerOrg;
  const reviewer = engagement.reviewers.some((r) => r.sub === me.sub && r.attested);
  const visible = (developer || reviewer || me.roles.includes('auditor')) && engagement.window !== undefined;
  const findings = useQuery({
    queryKey: ['findings', engagement.id],
    enabled: visible,
    queryFn: () => answer(api.GET('/v1/engagements/{id}/findings', { params: { path: { id: engagement.id } } })),
  });
  if (!visible) {
    return null;
  }
  const items = findings.data?.items ?? [];
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <ProblemAlert error={findings.error} />
      {items.length === 0 ? (
        <p>{findings.isPending ? 'Loading…' : 'No findings recorded.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Tier</th>
              <th scope="col">Remediation due</th>
              <th scope="col">Response</th>
            </tr>
          </thead>
          <tbody>
            {items.map((finding) => (
              <tr key={finding.id}>
                <th scope="row">
                  {finding.title}
                  <br />
                  <span className="text-normal">
                    Recorded <Time at={finding.recordedAt} />
                  </span>
                </th>
                <td>
                  <Tag>{finding.tier}</Tag> {TIER_LABELS[finding.tier]}
                </td>
                <td>{finding.remediationDueAt ? <Deadline at={finding.remediationDueAt} /> : 'No deadline'}</td>
                <td>
                  {finding.response
                    ? `${RESPONSES.find((r) => r.value === finding.response?.status)?.label ?? finding.response.status}${finding.response.note ? `: ${finding.response.note}` : ''}`
                    : 'None yet'}
                  {developer && (
                    <DialogForm label="Respond" heading={`Respond to "${finding.title}"`}>
                      {(close) => (
                        <CommandForm
                          fields={[
                            { name: 'status', label: 'Response', kind: 'select', required: true, options: RESPONSES },
                            { name: 'note', label: 'Note', kind: 'textarea', hint: 'Confidential; encrypted at rest.' },
                          ]}
                          submitLabel="Send response"
                          invalidates={[['findings', engagement.id]]}
                          onDone={close}
                          send={(values, key) =>
                            answer(
                              api.POST('/v1/engagements/{id}/findings/{findingId}/response', {
                                params: { path: { id: engagement.id, findingId: finding.id }, header: idempotencyHeader(key) },
                                body: {
                                  status: text(values, 'status') as Schemas['FindingResponseStatus'],
                                  ...(text(values, 'note') ? { note: text(values, 'note') } : {}),
                                },
                              }),
                            )
                          }
                        />
                      )}
                    </DialogForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {reviewer && engagement.stage === 'PRE_RELEASE_ACCESS' && <RecordFinding engagement={engagement} />}
    </section>
  );
}
