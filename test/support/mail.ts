import { stack } from './stack';

/** A message as Mailpit caught it. */
export interface CaughtMail {
  readonly id: string;
  readonly subject: string;
  readonly to: string[];
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
}

interface Summary {
  readonly ID: string;
  readonly MessageID: string;
  readonly Subject: string;
  readonly To: { readonly Address: string }[];
}

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${stack().mailUrl}/api/v1${path}`);
  if (!response.ok) {
    throw new Error(`Mailpit ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** Every message whose subject holds `text`, as Mailpit caught it, once `until` holds of them (or 30 s have passed). */
export async function mailAbout(text: string, until: (mails: readonly CaughtMail[]) => boolean = (mails) => mails.length > 0): Promise<CaughtMail[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await json<{ messages: Summary[] }>(`/search?query=${encodeURIComponent(`subject:"${text}"`)}&limit=500`);
    const mails = await Promise.all(
      found.messages.map(async (summary) => {
        const message = await json<{ Text: string; HTML: string }>(`/message/${summary.ID}`);
        return {
          id: summary.ID,
          subject: summary.Subject,
          to: summary.To.map((to) => to.Address),
          text: message.Text,
          html: message.HTML,
          messageId: summary.MessageID,
        };
      }),
    );
    if (until(mails) || Date.now() > deadline) {
      return mails;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
