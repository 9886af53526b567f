import { engagementReference, NoticeKind } from './notices';
import { Role } from './roles';

/** How many endpoints one organization may have. */
export const MAX_WEBHOOKS_PER_ORGANIZATION = 10;

/** A webhook's `kinds` that asks for every kind, now and later. */
export const EVERY_KIND = '*';

/** What a webhook may ask for: notice kinds, or `*` alone for all of them. */
export const WEBHOOK_KINDS: readonly string[] = [EVERY_KIND, ...Object.values(NoticeKind)];

/** Who manages an organization's webhooks: the people who act for it (not reviewers, authorities or auditors). */
export const WEBHOOK_MANAGERS: readonly Role[] = [Role.Developer, Role.Partner, Role.ProgramAdmin];

export function webhookWants(kinds: readonly string[], kind: NoticeKind): boolean {
  return kinds.includes(EVERY_KIND) || kinds.includes(kind);
}

/** The loopback names a local receiver listens on. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why a webhook URL is refused, or undefined. Deliveries go over HTTPS; plain http only to this
 * machine's loopback address, and only outside production (local receivers and tests). A URL carries
 * no credentials (the signature proves the sender) and no fragment.
 */
export function webhookUrlProblem(text: string, options: { readonly allowLoopbackHttp: boolean }): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL such as https://hooks.example.com/frontier';
  }
  if (url.username || url.password) {
    return 'must not carry a user name or password';
  }
  if (url.hash) {
    return 'must not carry a fragment (#…)';
  }
  if (url.protocol === 'https:') {
    return undefined;
  }
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) {
    return options.allowLoopbackHttp ? undefined : 'must use https (plain http to a loopback address is allowed outside production only)';
  }
  return 'must use https';
}

/** What a notice's webhook delivery says: ids, the kind and where to look, never confidential text. */
export interface WebhookNoticeFacts {
  readonly noticeKey: string;
  readonly kind: NoticeKind;
  readonly engagementId: string | null;
  readonly subjectId: string | null;
  readonly dueAt: Date | null;
  /** The console page, as a path. */
  readonly link: string;
  readonly createdAt: Date;
}

/** A delivery's body, in the Standard Webhooks shape: `type`, `timestamp`, `data`. */
export interface WebhookPayload {
  readonly type: NoticeKind;
  readonly timestamp: string;
  readonly data: {
    readonly notice: string;
    readonly engagementId?: string;
    readonly reference?: string;
    readonly subjectId?: string;
    readonly dueAt?: string;
    readonly url: string;
  };
}

export function webhookPayload(facts: WebhookNoticeFacts, consoleUrl: string): WebhookPayload {
  return {
    type: facts.kind,
    timestamp: facts.createdAt.toISOString(),
    data: {
      notice: facts.noticeKey,
      ...(facts.engagementId ? { engagementId: facts.engagementId, reference: engagementReference(facts.engagementId) } : {}),
      ...(facts.subjectId ? { subjectId: facts.subjectId } : {}),
      ...(facts.dueAt ? { dueAt: facts.dueAt.toISOString() } : {}),
      url: `${consoleUrl.replace(/\/$/, '')}${facts.link}`,
    },
  };
}

/** The secrets a delivery is signed with: the current one, and the one it replaced while the overlap lasts. */
export function signingSecrets(
  endpoint: { readonly secret: string; readonly previousSecret: string | null; readonly previousUntil: Date | null },
  now: number,
): string[] {
  return endpoint.previousSecret !== null && endpoint.previousUntil !== null && endpoint.previousUntil.getTime() > now
    ? [endpoint.secret, endpoint.previousSecret]
    : [endpoint.secret];
}
