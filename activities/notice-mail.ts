import { engagementReference, NoticeKind, NOTICES } from '#domain';

/** What a mailed notice may say: email is not a confidential channel, so only these. */
export interface NoticeMailFacts {
  readonly kind: NoticeKind;
  /** Null for a notice about the recipient's organization (a webhook turned off). */
  readonly engagementId: string | null;
  readonly dueAt: Date | null;
  /** The console page, as a path. */
  readonly link: string;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const escape = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A notice as mail, plain text and HTML: the kind, the engagement's short reference, the deadline and a
 * link to the console page. It is made from nothing else, so it cannot carry the model's name,
 * capability text, findings or rationale.
 */
export function renderNoticeMail(facts: NoticeMailFacts, consoleUrl: string): RenderedMail {
  const title = NOTICES[facts.kind]?.title ?? facts.kind;
  const reference = facts.engagementId === null ? undefined : engagementReference(facts.engagementId);
  const url = `${consoleUrl.replace(/\/$/, '')}${facts.link}`;
  const due = facts.dueAt ? `${facts.dueAt.toISOString().replace('.000Z', 'Z')} (UTC)` : undefined;
  const lines = [
    `${title}.`,
    '',
    ...(reference ? [`Engagement: ${reference}`] : []),
    ...(due ? [`Due: ${due}`] : []),
    '',
    `Sign in to read it: ${url}`,
    '',
    'This message says only what happened and where to look; the record itself is in the console, for those who may read it.',
  ];
  const html = [
    '<!doctype html><html><body>',
    `<p><strong>${escape(title)}.</strong></p>`,
    ...(reference || due
      ? [`<p>${[reference ? `Engagement: ${escape(reference)}` : '', due ? `Due: ${escape(due)}` : ''].filter(Boolean).join('<br>')}</p>`]
      : []),
    `<p><a href="${escape(url)}">Sign in to read it</a></p>`,
    '<p>This message says only what happened and where to look; the record itself is in the console, for those who may read it.</p>',
    '</body></html>',
  ].join('');
  return { subject: reference ? `[${reference}] ${title}` : title, text: lines.join('\n'), html };
}
