import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Table } from '@trussworks/react-uswds';

import { answer, api, type Schemas } from '../../api/client';
import { ProblemAlert } from '../../ui/problem';
import { Time } from '../../ui/time';

/** An engagement's audit trail for an auditor, oldest first, a page at a time. */
export function AuditTrail({ engagement }: { readonly engagement: Schemas['EngagementDetailDto'] }) {
  const trail = useInfiniteQuery({
    queryKey: ['audit', engagement.id],
    queryFn: ({ pageParam }) =>
      answer(
        api.GET('/v1/engagements/{id}/audit', { params: { path: { id: engagement.id }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const events = (trail.data?.pages ?? []).flatMap((page) => page.items);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      <ProblemAlert error={trail.error} />
      <Table fullWidth striped>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{event.seq}</td>
              <td>
                <Time at={event.occurredAt} />
              </td>
              <td>
                {event.actor.sub} ({event.actor.roles.join(', ')})
              </td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>{event.outcome}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {trail.hasNextPage && (
        <Button type="button" outline disabled={trail.isFetchingNextPage} onClick={() => void trail.fetchNextPage()}>
          Show more events
        </Button>
      )}
    </section>
  );
}
