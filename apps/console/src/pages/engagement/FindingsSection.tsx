import { useQuery } from '@tanstack/react-query';
import { SummaryBox, SummaryBoxContent, Table, Tag } from '@trussworks/react-uswds';

// The BOD 26-04 decision table itself, shared with the API: pure rules, so the preview is what the API will record.
import { remediationDueAt, remediationTier, requiresForensicTriage, TechnicalImpact } from '../../../../../libs/domain/bod-26-04';
import { DAY_MS } from '../../../../../libs/domain/duration';
import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { useMe } from '../../api/session';
import { CommandForm, type FieldValues, text } from '../../ui/command-form';
import { ProblemAlert } from '../../ui/problem';
import { Deadline, Time } from '../../ui/time';
import { DeveloperFindingActions, FindingHistory, FindingStatusText, ReviewerFindingActions, VALIDATION_LABELS } from './FindingActions';

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

/** Findings: tier, due date and status for those who may see them; the developer answers and shares each, an attested reviewer records, verifies and closes them. */
export function FindingsSection({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  const developer = me.roles.includes('developer') && me.org === engagement.developerOrg;
  const reviewer = engagement.reviewers.some((r) => r.sub === me.sub && r.attested);
  const admin = me.roles.includes('program-admin');
  const visible = (developer || reviewer || me.roles.includes('auditor')) && engagement.window !== undefined;
  const findings = useQuery({
    queryKey: ['findings', engagement.id],
    enabled: visible,
    queryFn: () => answer(api.GET('/v1/engagements/{id}/findings', { params: { path: { id: engagement.id } } })),
  });
  if (!visible) {
    return admin && engagement.window !== undefined && engagement.stage !== 'WITHDRAWN' ? <AskToShare engagementId={engagement.id} /> : null;
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
              <th scope="col">Status</th>
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
                  <FindingHistory engagementId={engagement.id} finding={finding} />
                </th>
                <td>
                  <Tag>{finding.tier}</Tag> {TIER_LABELS[finding.tier]}
                </td>
                <td>{finding.remediationDueAt ? <Deadline at={finding.remediationDueAt} /> : 'No deadline'}</td>
                <td>
                  <p className="margin-0">
                    <strong>
                      <FindingStatusText finding={finding} />
                    </strong>
                  </p>
                  {finding.response && (
                    <p className="margin-0">
                      {`${RESPONSES.find((r) => r.value === finding.response?.status)?.label ?? finding.response.status}${finding.response.note ? `: ${finding.response.note}` : ''}`}
                    </p>
                  )}
                  {finding.sharedAt && (
                    <p className="margin-0">
                      Shared with the clearinghouse{finding.tlp ? ` (TLP:${finding.tlp})` : ''}
                      {finding.validation ? `. ${VALIDATION_LABELS[finding.validation.outcome]}.` : '.'}
                    </p>
                  )}
                  {developer && engagement.stage !== 'WITHDRAWN' && <DeveloperFindingActions engagementId={engagement.id} finding={finding} />}
                  {reviewer && <ReviewerFindingActions engagementId={engagement.id} finding={finding} />}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {reviewer && RECORDING_STAGES.includes(engagement.stage) && <RecordFinding engagement={engagement} />}
    </section>
  );
}

/** Stages in which reviewers record findings: the window, and FINDINGS_GRACE after it (the API holds the exact bound). */
const RECORDING_STAGES: readonly Schemas['EngagementStage'][] = ['PRE_RELEASE_ACCESS', 'POST_WINDOW', 'RELEASED'];

/** A program administrator may ask the developer to share its findings with the clearinghouse; only the developer's share counts. */
function AskToShare({ engagementId }: { readonly engagementId: string }) {
  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">Findings and the clearinghouse</h2>
      <p>Findings are the developer&apos;s to share. You may ask; the developer is told.</p>
      <CommandForm
        fields={[]}
        submitLabel="Ask the developer to share findings"
        invalidates={[]}
        send={(_values, key) =>
          answer(api.POST('/v1/engagements/{id}/findings/share-request', { params: { path: { id: engagementId }, header: idempotencyHeader(key) } }))
        }
      />
    </section>
  );
}
