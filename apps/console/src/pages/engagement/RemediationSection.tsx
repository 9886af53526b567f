import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from '@trussworks/react-uswds';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { useMe } from '../../api/session';
import { chosen, CommandForm, text } from '../../ui/command-form';
import { ProblemAlert } from '../../ui/problem';
import { Time } from '../../ui/time';

type Engagement = Schemas['EngagementDetailDto'];

export const URGENCY_LABELS: Record<Schemas['RemediationUrgency'], string> = {
  IMMEDIATE: 'Immediate: update now',
  HIGH: 'High: update within 14 days',
  MODERATE: 'Moderate: update within 60 days',
  ROUTINE: 'Routine: update with the next upgrade',
};

export const SEVERITY_LABELS: Record<Schemas['PartnerReportSeverity'], string> = {
  LOW: 'Low',
  MODERATE: 'Moderate',
  HIGH: 'High',
  CRITICAL: 'Critical',
};

/**
 * The developer tells trusted partners to update (the urgency follows the most urgent finding the fix
 * remedies, never naming it) and sees who has acknowledged; and reads what partners reported, sharing a
 * report with the clearinghouse when it should know.
 */
export function RemediationSection({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  const developer = me.roles.includes('developer') && me.org === engagement.developerOrg;
  const auditor = me.roles.includes('auditor');
  const visible = (developer || auditor) && engagement.window !== undefined;
  const notices = useQuery({
    queryKey: ['remediation', engagement.id],
    enabled: visible,
    queryFn: () => answer(api.GET('/v1/engagements/{id}/remediation-notices', { params: { path: { id: engagement.id } } })),
  });
  const findings = useQuery({
    queryKey: ['findings', engagement.id],
    enabled: visible && developer,
    queryFn: () => answer(api.GET('/v1/engagements/{id}/findings', { params: { path: { id: engagement.id } } })),
  });
  if (!visible) {
    return null;
  }
  const items = notices.data?.items ?? [];
  return (
    <>
      <section aria-labelledby="remediation-heading">
        <h2 id="remediation-heading">Remediation notices</h2>
        <p>Trusted partners with a live grant are told what to update to and how urgently. They never see a finding.</p>
        <ProblemAlert error={notices.error} />
        {items.length === 0 ? (
          <p>{notices.isPending ? 'Loading…' : 'No remediation notices published.'}</p>
        ) : (
          <Table fullWidth>
            <thead>
              <tr>
                <th scope="col">Fixed version</th>
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
                  </th>
                  <td>
                    <Tag>{notice.urgency}</Tag> {URGENCY_LABELS[notice.urgency]}
                  </td>
                  <td>
                    <Time at={notice.publishedAt} />
                  </td>
                  <td>
                    {notice.acknowledged} of {notice.acknowledged + notice.awaiting} partners
                    <details>
                      <summary>
                        Who<span className="usa-sr-only"> has acknowledged {notice.fixedVersion}</span>
                      </summary>
                      <ul className="usa-list">
                        {notice.partners.map((partner) => (
                          <li key={partner.partnerId}>
                            {partner.partnerName}:{' '}
                            {partner.acknowledgedAt ? (
                              <>
                                acknowledged <Time at={partner.acknowledgedAt} />
                              </>
                            ) : (
                              'not yet'
                            )}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {developer && engagement.stage !== 'WITHDRAWN' && (findings.data?.items.length ?? 0) > 0 && (
          <CommandForm
            legend="Publish a remediation notice"
            fields={[
              { name: 'fixedVersion', label: 'Fixed version', kind: 'text', required: true },
              { name: 'artifactDigest', label: 'Artifact digest', kind: 'text', required: true, hint: 'sha256: followed by 64 lowercase hex digits.' },
              { name: 'instruction', label: 'Instruction to partners', kind: 'textarea', required: true, hint: 'Never name a finding here.' },
              {
                name: 'findingIds',
                label: 'Findings it fixes',
                kind: 'choices',
                options: (findings.data?.items ?? []).map((finding) => ({ value: finding.id, label: `${finding.title} (${finding.tier})` })),
                hint: 'Partners see only the urgency of the most urgent, never the findings.',
              },
            ]}
            submitLabel="Publish notice"
            invalidates={[['remediation', engagement.id]]}
            send={(values, key) =>
              answer(
                api.POST('/v1/engagements/{id}/remediation-notices', {
                  params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
                  body: {
                    fixedVersion: text(values, 'fixedVersion'),
                    artifactDigest: text(values, 'artifactDigest'),
                    instruction: text(values, 'instruction'),
                    findingIds: chosen(values, 'findingIds'),
                  },
                }),
              )
            }
          />
        )}
      </section>
      <PartnerReports engagement={engagement} developer={developer} />
    </>
  );
}

function PartnerReports({ engagement, developer }: { readonly engagement: Engagement; readonly developer: boolean }) {
  const reports = useQuery({
    queryKey: ['partner-reports', engagement.id],
    queryFn: () => answer(api.GET('/v1/engagements/{id}/partner-reports', { params: { path: { id: engagement.id } } })),
  });
  const items = reports.data?.items ?? [];
  return (
    <section aria-labelledby="partner-reports-heading">
      <h2 id="partner-reports-heading">Partner reports</h2>
      <ProblemAlert error={reports.error} />
      {items.length === 0 ? (
        <p>{reports.isPending ? 'Loading…' : 'No partner has reported a problem.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Severity</th>
              <th scope="col">From</th>
              <th scope="col">Clearinghouse</th>
            </tr>
          </thead>
          <tbody>
            {items.map((report) => (
              <tr key={report.id}>
                <th scope="row">
                  {report.title}
                  <br />
                  <span className="text-normal">{report.description}</span>
                </th>
                <td>{SEVERITY_LABELS[report.severity]}</td>
                <td>
                  {report.partnerId}, <Time at={report.reportedAt} />
                </td>
                <td>
                  {report.sharedAt ? (
                    'Shared'
                  ) : developer && engagement.stage !== 'WITHDRAWN' ? (
                    <CommandForm
                      fields={[]}
                      submitLabel={`Share "${report.title}" with clearinghouse`}
                      invalidates={[['partner-reports', engagement.id]]}
                      send={(_values, key) =>
                        answer(
                          api.POST('/v1/engagements/{id}/partner-reports/{reportId}/share', {
                            params: { path: { id: engagement.id, reportId: report.id }, header: idempotencyHeader(key) },
                          }),
                        )
                      }
                    />
                  ) : (
                    'Not shared'
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
