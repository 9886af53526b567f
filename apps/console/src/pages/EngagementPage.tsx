import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ButtonGroup, SummaryBox, SummaryBoxContent, SummaryBoxHeading, Tag } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useParams } from 'react-router';

import { answer, api, type Schemas } from '../api/client';
import { useMe } from '../api/session';
import { eventLabel, type Stage, STAGE_LABELS } from '../labels';
import { ConfirmButton } from '../ui/confirm';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

type Engagement = Schemas['EngagementDetailDto'];

/** Stages in which the developer may still withdraw (every stage but the ends). */
const OPEN_STAGES: ReadonlySet<Stage> = new Set([
  'INQUIRY_SUBMITTED',
  'UNDER_REVIEW',
  'RECOMMENDED',
  'DESIGNATED',
  'PRE_RELEASE_ACCESS',
  'POST_WINDOW',
  'RELEASED',
]);

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
        </dl>
      </SummaryBoxContent>
    </SummaryBox>
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

function DeveloperActions({ engagement }: { readonly engagement: Engagement }) {
  const queries = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const withdraw = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/engagements/{id}/withdraw', {
          params: { path: { id: engagement.id }, header: { 'Idempotency-Key': `withdraw-${idempotencyKey}` } },
          body: {},
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['engagement', engagement.id] }),
  });
  if (!OPEN_STAGES.has(engagement.stage)) {
    return null;
  }
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <ProblemAlert error={withdraw.error} />
      <ButtonGroup>
        <ConfirmButton
          label="Withdraw"
          confirmLabel="Yes, withdraw"
          heading="Withdraw from the voluntary process?"
          onConfirm={() => withdraw.mutate()}
          disabled={withdraw.isPending}
        >
          <p>The engagement ends now and cannot be reopened. Every reviewer and partner token stops working now.</p>
        </ConfirmButton>
      </ButtonGroup>
    </section>
  );
}

export function EngagementPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const engagement = useQuery({ queryKey: ['engagement', id], queryFn: () => answer(api.GET('/v1/engagements/{id}', { params: { path: { id } } })) });
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
          {ownDeveloper && <DeveloperActions engagement={data} />}
          <Timeline entries={data.timeline} />
        </>
      )}
    </Page>
  );
}
