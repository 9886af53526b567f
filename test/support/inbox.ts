import { get } from './api';
import type { Caller } from './stack';
import { until } from './until';

export interface InboxItem {
  readonly kind: string;
  readonly link: string;
  readonly dueAt: string | null;
}

/**
 * The caller's notices of one kind that open at `link`, waiting up to `waitMs` for the first: the notice maker
 * follows the audit log beside the commands, so a notice arrives a moment after what it is about.
 */
export async function inboxAt(who: Caller, kind: string, link: string, waitMs = 20_000): Promise<InboxItem[]> {
  const matching = async () =>
    (await get<{ items: InboxItem[] }>('/v1/notifications?limit=100', who.token)).body.items.filter((n) => n.kind === kind && n.link === link);
  // Waiting for none to come is a finding too: an empty list once the time is up, not a failure.
  return until(
    `a ${kind} notice at ${link}`,
    async () => {
      const found = await matching();
      return found.length > 0 ? found : undefined;
    },
    waitMs,
  ).catch(() => matching());
}
