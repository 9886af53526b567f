import { get } from './api';
import type { Caller } from './stack';

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
  const until = Date.now() + waitMs;
  for (;;) {
    const items = (await get<{ items: InboxItem[] }>('/v1/notifications?limit=100', who.token)).body.items;
    const found = items.filter((n) => n.kind === kind && n.link === link);
    if (found.length > 0 || Date.now() > until) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
