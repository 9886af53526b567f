import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createTransport } from 'nodemailer';

import { people } from '../engagement';
import { Bench, must, percentile, pool, round, ScenarioResult, sleep } from '../harness';

const TRANSITIONS = 1_000;
/** Inquiries in flight at once: a steady stream, not a burst. */
const CONCURRENCY = 4;
const P99_TARGET_MS = 5_000;

interface MailpitList {
  readonly total: number;
  readonly messages: { readonly Created: string; readonly To: { readonly Address: string }[] }[];
}

/**
 * How long after a transition its notice reaches people: the lag from an inquiry's command answered to its
 * mail accepted by the SMTP server (Mailpit's arrival time) and to its webhook delivered (the receiver's),
 * p50 and p99 over 1,000 inquiries. The baseline is each channel's own floor, measured in the same run:
 * a mail handed straight to the same SMTP server, and a POST straight to the same receiver.
 */
export async function noticeLag(bench: Bench): Promise<ScenarioResult> {
  const api = bench.stack.apiUrl;
  const mailUrl = bench.stack.mailUrl;
  const smtpUrl = bench.stack.appEnv['SMTP_URL'];
  if (!mailUrl || !smtpUrl) throw new Error('the notice-lag scenario needs the stack’s Mailpit');
  const who = await people(bench);

  const arrived = new Map<string, number>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = Date.now();
      const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { engagementId?: string } };
      const id = payload.data?.engagementId ?? String(req.headers['webhook-id']);
      if (!arrived.has(id)) arrived.set(id, at);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await must(api, 'POST', '/v1/webhooks', who.developer, { url: hook, kinds: ['INQUIRY_RECEIVED'] });
    await fetch(`${mailUrl}/api/v1/messages`, { method: 'DELETE' });

    // The floors: the same SMTP server and the same receiver, reached directly.
    const transport = createTransport(smtpUrl);
    const mailFloor = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const started = Date.now();
        await transport.sendMail({ from: 'bench@example.com', to: `floor-${i}@bench.example`, subject: 'floor', text: 'floor' });
        return Date.now() - started;
      },
    );
    transport.close();
    const hookFloor = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const started = Date.now();
        await fetch(hook, { method: 'POST', body: JSON.stringify({ data: { engagementId: `floor-${i}` } }) });
        return Date.now() - started;
      },
    );
    await fetch(`${mailUrl}/api/v1/messages`, { method: 'DELETE' });

    // The transitions: inquiries, each mailed to its own security contact and delivered to the developer's webhook.
    const answered = new Map<string, { id: string; at: number }>();
    await pool(
      Array.from({ length: TRANSITIONS }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const contact = `notice-${i}@bench.example`;
        const { id } = await must<{ id: string }>(api, 'POST', '/v1/engagements', who.developer, {
          modelName: `Bench notices ${i}`,
          modelVersion: '1.0',
          capabilitySummary: 'Benchmark model',
          contactEmail: contact,
        });
        answered.set(contact, { id, at: Date.now() });
      },
    );

    // Everything arrives; then the lags are read off each channel's own clock.
    const mailed = new Map<string, number>();
    for (const deadline = Date.now() + 300_000; Date.now() < deadline && (mailed.size < TRANSITIONS || arrived.size < TRANSITIONS);) {
      await sleep(1_000);
      const list = (await (await fetch(`${mailUrl}/api/v1/messages?limit=5000`)).json()) as MailpitList;
      for (const message of list.messages) {
        for (const to of message.To) {
          if (answered.has(to.Address) && !mailed.has(to.Address)) mailed.set(to.Address, Date.parse(message.Created));
        }
      }
      bench.log(`  notices: ${mailed.size} mailed, ${[...answered.values()].filter((a) => arrived.has(a.id)).length} webhooks of ${TRANSITIONS}`);
    }
    const mailLags: number[] = [];
    const hookLags: number[] = [];
    for (const [contact, { id, at }] of answered) {
      const mailAt = mailed.get(contact);
      if (mailAt !== undefined) mailLags.push(Math.max(0, mailAt - at));
      const hookAt = arrived.get(id);
      if (hookAt !== undefined) hookLags.push(Math.max(0, hookAt - at));
    }
    const figures = {
      mailP50Ms: round(percentile(mailLags, 50), 0),
      mailP99Ms: round(percentile(mailLags, 99), 0),
      webhookP50Ms: round(percentile(hookLags, 50), 0),
      webhookP99Ms: round(percentile(hookLags, 99), 0),
      mailed: mailLags.length,
      delivered: hookLags.length,
    };
    const baseline = {
      smtpP50Ms: round(percentile(mailFloor, 50), 1),
      smtpP99Ms: round(percentile(mailFloor, 99), 1),
      postP50Ms: round(percentile(hookFloor, 50), 1),
      postP99Ms: round(percentile(hookFloor, 99), 1),
    };
    return {
      scenario: 'notice-lag',
      figures,
      baseline,
      ratios: {
        mailP99: round(baseline.smtpP99Ms / Math.max(1, figures.mailP99Ms), 3),
        webhookP99: round(baseline.postP99Ms / Math.max(1, figures.webhookP99Ms), 3),
      },
      targets: [
        {
          name: 'every transition mailed and delivered',
          ok: figures.mailed === TRANSITIONS && figures.delivered === TRANSITIONS,
          detail: `${figures.mailed} and ${figures.delivered} of ${TRANSITIONS}`,
        },
        { name: `mail p99 under ${P99_TARGET_MS} ms`, ok: figures.mailP99Ms < P99_TARGET_MS, detail: `${figures.mailP99Ms} ms` },
        { name: `webhook p99 under ${P99_TARGET_MS} ms`, ok: figures.webhookP99Ms < P99_TARGET_MS, detail: `${figures.webhookP99Ms} ms` },
      ],
      notes: [
        `${TRANSITIONS} inquiries, ${CONCURRENCY} at a time; lag from the command's answer to Mailpit's arrival time (mail) and to the receiver's (webhook)`,
        'the notice maker and the mail sender poll every NOTICE_POLL (1 s), and a webhook is handed to Temporal by the dispatcher on the same beat: most of the lag is that wait',
      ],
    };
  } finally {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
