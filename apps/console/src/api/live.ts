import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';

import { answer, api } from './client';

/** How often the metadata feed is asked; a page follows the workflow within this and one fetch. */
const POLL_MS = 2_000;

/** The version of each engagement this tab holds the content of. */
const held = new Map<string, number>();

/** Notes the version a read returned, so the feed reporting that same version fetches nothing again. */
export function holdVersion(id: string, version: number): void {
  held.set(id, Math.max(version, held.get(id) ?? 0));
}

/**
 * Keeps open pages live without auditing a read every few seconds: the tab polls the metadata-only,
 * unaudited /v1/engagement-changes (ids, versions, stages), and only when a version it holds changed
 * does it refetch that engagement's content (which the API audits) and the list.
 */
export function useLiveEngagements(enabled: boolean): void {
  const queries = useQueryClient();
  const cursor = useRef<string | undefined>(undefined);
  useQuery({
    queryKey: ['engagement-changes'],
    enabled,
    refetchInterval: POLL_MS,
    gcTime: 0,
    queryFn: async () => {
      const changes = await answer(api.GET('/v1/engagement-changes', { params: { query: cursor.current ? { since: cursor.current } : {} } }));
      cursor.current = changes.cursor;
      const moved = changes.items.filter((item) => (held.get(item.id) ?? 0) < item.version);
      await Promise.all(moved.map((item) => queries.invalidateQueries({ queryKey: ['engagement', item.id] })));
      if (moved.length > 0) {
        await queries.invalidateQueries({ queryKey: ['engagements'] });
      }
      return changes.cursor;
    },
  });
}
