import { useQuery } from '@tanstack/react-query';
import { SummaryBox, SummaryBoxContent, SummaryBoxHeading, Table, Tag } from '@trussworks/react-uswds';
import { Link, useParams } from 'react-router';

import { answer, api, type Schemas } from '../../api/client';
import { holdVersion } from '../../api/live';
import { useMe } from '../../api/session';
import { CONSULTATION_STATUS_LABELS, eventLabel, STAGE_LABELS } from '../../labels';
import { Page } from '../../ui/page';
import { ProblemAlert } from '../../ui/problem';
import { Deadline, Time } from '../../ui/time';
import { AuditTrail } from './AuditTrail';
import { AskReconsideration, DeveloperActions } from './DeveloperActions';
import { FindingsSection } from './FindingsSection';
import { AssignReviewers, AuthorityActions, ReviewerActions } from './GovernmentActions';
import { PartnersSection } from './PartnersSection';
import { RemediationSection } from './RemediationSection';
import { Retention } from './Retention';

type Engagement = Schemas['EngagementDetailDto'];

const OUTCOME_LABELS: Record<Schemas['DesignationOutcome'], string> = { COVERED: 'Covered frontier model', NOT_COVERED: 'Not covered' };

function Facts({ engagement }: { readonly engagement: Engagement }) {
  return (
    <SummaryBox>
      <SummaryBoxHeading headingLevel="h2">At a glance</SummaryBoxHeading>
      <SummaryBoxContent>
        <dl className="console-facts">
          <dt>Stage</dt>
          <dd>
            <Tag>{STAGE_LABELS[engagement.stage]}</Tag>
          </dd>
          <dt>Developer</dt>
          <dd>{engagement.developerOrg}</dd>
          <dt>Submitted</dt>
          <dd>
            <Time at={engagement.submittedAt} />
          </dd>
          {!engagement.determination && (
            <>
              <dt>Determination due</dt>
              <dd>
                <Deadline at={engagement.determinationDueAt} /> {engagement.overdue && <Tag className="bg-secondary-dark">Overdue</Tag>}
              </dd>
            </>
          )}
          {engagement.window && (
            <>
              <dt>Pre-release window</dt>
              <dd>
                <Time at={engagement.window.openedAt} /> to <Time at={engagement.window.endedAt ?? engagement.window.closesAt} />
                {!engagement.window.endedAt && (
                  <>
                    {' '}
                    (closes <Deadline at={engagement.window.closesAt} />)
                  </>
                )}
              </dd>
            </>
          )}
          {engagement.plannedReleaseDate && (
            <>
              <dt>Planned release</dt>
              <dd>{engagement.plannedReleaseDate}</dd>
            </>
          )}
          {engagement.previousEngagement && (
            <>
              <dt>Previous version</dt>
              <dd>
                <Link to={`/engagements/${engagement.previousEngagement.id}`}>
                  {engagement.previousEngagement.modelName} {engagement.previousEngagement.modelVersion}
                </Link>
                : {STAGE_LABELS[engagement.previousEngagement.stage]}
                {engagement.previousEngagement.determinationOutcome && engagement.previousEngagement.determinedAt && (
                  <>
                    , determined {OUTCOME_LABELS[engagement.previousEngagement.determinationOutcome].toLowerCase()} on{' '}
                    <Time at={engagement.previousEngagement.determinedAt} />
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
      </SummaryBoxContent>
    </SummaryBox>
  );
}

/** The recommendation and the determination, and the benchmark references behind them (for those who may see them). */
function Decisions({ engagement }: { readonly engagement: Engagement }) {
  const decisions = [
    ['Recommendation', engagement.recommendation],
    ['Determination', engagement.determination],
  ] as const;
  const reconsideration = engagement.reconsideration;
  const benchmarks = engagement.benchmarkResults ?? [];
  const consultations = engagement.consultations ?? [];
  if (!engagement.recommendation && !engagement.determination && !reconsideration && benchmarks.length === 0 && consultations.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">Assessment</h2>
      {benchmarks.length > 0 && (
        <>
          <h3>Benchmark references</h3>
          <ul>
            {benchmarks.map((benchmark) => (
              <li key={benchmark.id}>
                <strong>{benchmark.reference}</strong>: {benchmark.summary} <Time at={benchmark.recordedAt} />
              </li>
            ))}
          </ul>
        </>
      )}
      {decisions.map(([label, decision]) =>
        decision ? (
          <div key={label}>
            <h3>{label}</h3>
            <p>
              <strong>{OUTCOME_LABELS[decision.outcome]}</strong>, <Time at={decision.at} />. {decision.rationale}
            </p>
          </div>
        ) : null,
      )}
      {reconsideration && (
        <div>
          <h3>Reconsideration</h3>
          <p>
            Asked by {reconsideration.requestedBy}, <Time at={reconsideration.requestedAt} />: {reconsideration.rationale}
          </p>
          <p>
            The determination reconsidered: <strong>{OUTCOME_LABELS[reconsideration.originalDetermination.outcome]}</strong>, by{' '}
            {reconsideration.originalDetermination.by}, <Time at={reconsideration.originalDetermination.at} />.{' '}
            {reconsideration.originalDetermination.rationale}
          </p>
        </div>
      )}
      {consultations.length > 0 && (
        <Table fullWidth>
          <caption>Consultations on the determination</caption>
          <thead>
            <tr>
              <th scope="col">Asked of</th>
              <th scope="col">Question</th>
              <th scope="col">Status</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((consultation) => (
              <tr key={consultation.id}>
                <th scope="row">
                  <Link to={`/consultations/${consultation.id}`}>{consultation.organization}</Link>
                </th>
                <td className="console-prewrap">{consultation.question}</td>
                <td>
                  {CONSULTATION_STATUS_LABELS[consultation.status]}
                  {consultation.status === 'PENDING' && (
                    <>
                      , due <Deadline at={consultation.answerBy} />
                    </>
                  )}
                </td>
                <td>
                  {consultation.concurs === null
                    ? '—'
                    : `${consultation.concurs ? 'Concurs' : 'Does not concur'}${consultation.note ? `: ${consultation.note}` : ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Timeline({ entries }: { readonly entries: Engagement['timeline'] }) {
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="usa-process-list">
        {entries.map((entry) => (
          <li className="usa-process-list__item" key={entry.version}>
            <h3 className="usa-process-list__heading">{eventLabel(entry.event)}</h3>
            <p>
              <Time at={entry.at} /> by {entry.actor === 'system' ? 'the clock' : (entry.actorName ?? entry.actor)}
              {entry.fromStage !== entry.stage && <> · now {STAGE_LABELS[entry.stage]}</>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function EngagementPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const engagement = useQuery({
    queryKey: ['engagement', id],
    queryFn: async () => {
      const read = await answer(api.GET('/v1/engagements/{id}', { params: { path: { id } } }));
      holdVersion(read.id, read.version);
      return read;
    },
  });
  const data = engagement.data;
  const title = data ? `${data.modelName} ${data.modelVersion}` : 'Engagement';
  const ownDeveloper = me.roles.includes('developer') && data?.developerOrg === me.org;

  return (
    <Page title={title} confidential={data?.view !== 'METADATA'}>
      <ProblemAlert error={engagement.error} />
      {data && (
        <>
          <Facts engagement={data} />
          {data.capabilitySummary && (
            <section aria-labelledby="summary-heading">
              <h2 id="summary-heading">Capability summary</h2>
              <p className="console-prewrap">{data.capabilitySummary}</p>
            </section>
          )}
          {data.reviewers.length > 0 && (
            <section aria-labelledby="reviewers-heading">
              <h2 id="reviewers-heading">Reviewers</h2>
              <ul>
                {data.reviewers.map((reviewer) => (
                  <li key={reviewer.sub}>
                    {reviewer.name ?? reviewer.sub} {reviewer.attested ? '(attested)' : '(not yet attested)'}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Decisions engagement={data} />
          {ownDeveloper && <AskReconsideration engagement={data} />}
          {ownDeveloper && <DeveloperActions engagement={data} />}
          {me.roles.includes('program-admin') && <AssignReviewers engagement={data} />}
          {me.roles.includes('reviewer') && <ReviewerActions engagement={data} />}
          {me.roles.includes('designation-authority') && <AuthorityActions engagement={data} />}
          <FindingsSection engagement={data} />
          <PartnersSection engagement={data} />
          <RemediationSection engagement={data} />
          {me.roles.includes('auditor') && <AuditTrail engagement={data} />}
          <Retention engagement={data} ownDeveloper={ownDeveloper} />
          <Timeline entries={data.timeline} />
        </>
      )}
    </Page>
  );
}
