import { useQuery } from '@tanstack/react-query';

import { answer, api } from './client';

/** How often the unread count is asked for: reading one's inbox is not an audited read. */
const POLL_MS = 5_000;

/** The caller's newest notices and unread count, kept current while the console is open. */
export function useInbox(limit = 100) {
  return useQuery({
    queryKey: ['notifications', limit],
    queryFn: () => answer(api.GET('/v1/notifications', { params: { query: { limit } } })),
    refetchInterval: POLL_MS,
  });
}
