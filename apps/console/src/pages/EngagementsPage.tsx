import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from '@trussworks/react-uswds';
import { Link, useNavigate } from 'react-router';

import { answer, api, type Schemas } from '../api/client';
import { useHasRole } from '../api/session';
import { STAGE_LABELS } from '../labels';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

type Summary = Schemas['EngagementSummaryDto'];

function EngagementTable({ rows, caption }: { readonly rows: readonly Summary[]; readonly caption: string }) {
  return (
    <Table fullWidth striped>
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Developer</th>
          <th scope="col">Stage</th>
          <th scope="col">Determination due</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((engagement) => (
          <tr key={engagement.id}>
            <th scope="row">
              <Link to={`/engagements/${engagement.id}`}>
                {engagement.modelName} {engagement.modelVersion}
              </Link>
            </th>
            <td>{engagement.developerOrg}</td>
            <td>{STAGE_LABELS[engagement.stage]}</td>
            <td>
              <Deadline at={engagement.determinationDueAt} />
              {engagement.overdue && (
                <>
                  {' '}
                  <Tag className="bg-secondary-dark">Overdue</Tag>
                </>
              )}
            </td>
            <td>
              <Time at={engagement.submittedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The engagements the caller may see: a developer's own, a reviewer's assigned (due soon first), every one for the program. */
export function EngagementsPage() {
  const navigate = useNavigate();
  const isDeveloper = useHasRole('developer');
  const dueSoonFirst = useHasRole('reviewer', 'designation-authority');
  const list = useInfiniteQuery({
    queryKey: ['engagements'],
    queryFn: ({ pageParam }) => answer(api.GET('/v1/engagements', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const isAuthority = useHasRole('designation-authority');
  const items = (list.data?.pages ?? []).flatMap((page) => page.items);
  const sorted = dueSoonFirst ? [...items].sort((a, b) => Date.parse(a.determinationDueAt) - Date.parse(b.determinationDueAt)) : items;
  // An authority's first question: which recommendations wait for a decision.
  const deciding = (stage: string) => stage === 'RECOMMENDED' || stage === 'RECONSIDERATION';
  const waiting = isAuthority ? sorted.filter((engagement) => deciding(engagement.stage)) : [];
  const rows = isAuthority ? sorted.filter((engagement) => !deciding(engagement.stage)) : sorted;

  return (
    <Page title="Engagements">
      {isDeveloper && (
        <Button type="button" onClick={() => void navigate('/inquiries/new')}>
          New inquiry
        </Button>
      )}
      <ProblemAlert error={list.error} />
      {waiting.length > 0 && (
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">Waiting for a decision</h2>
          <EngagementTable rows={waiting} caption="Recommended engagements waiting for a decision, due soonest first" />
        </section>
      )}
      {list.isPending ? (
        <p>Loading engagements…</p>
      ) : rows.length === 0 && waiting.length === 0 ? (
        <p>No engagements yet.{isDeveloper ? ' Start one with "New inquiry".' : ''}</p>
      ) : (
        <EngagementTable rows={rows} caption={`Engagements${dueSoonFirst ? ', determination due soonest first' : ''}`} />
      )}
      {list.hasNextPage && (
        <Button type="button" outline disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          Show more
        </Button>
      )}
    </Page>
  );
}
