import { randomUUID } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Webhook } from 'standardwebhooks';

import { Role } from '#domain';

import { get, post, request } from '../support/api';
import { chromiumForFile, expectAccessible, visits } from '../support/console';
import { mailAbout } from '../support/mail';
import { approvedGrants, Cast, cast, determined, inquiry, partnerRows, publishTerms, registerPartners, submitted } from '../support/scenario';
import { asOwner, Caller, caller, emailOf } from '../support/stack';

/** One request as the receiver took it: its headers, its raw body, and what it answered. */
interface Received {
  readonly id: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly answered: number;
}

/**
 * A webhook receiver, as an organization would run one, on a loopback port: it records every request, and
 * can be taken down (its port closed) and brought back on the same port, or made to answer an error.
 */
class Receiver {
  readonly received: Received[] = [];
  /** Answers 503 to the first N tries of each delivery, then 204. */
  failFirst = 0;
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/frontier`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const id = String(req.headers['webhook-id'] ?? '');
        const tries = this.received.filter((r) => r.id === id).length;
        const answered = tries < this.failFirst ? 503 : 204;
        this.received.push({ id, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Deliveries of one kind about one engagement, taken (2xx), once `count` have come or 30 s have passed. */
  async taken(kind: string, engagementId: string, count = 1, timeoutMs = 30_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter((r) => r.answered < 300 && about(r, kind, engagementId));
      if (found.length >= count || Date.now() > deadline) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

interface Payload {
  type: string;
  timestamp: string;
  data: { notice: string; engagementId?: string; reference?: string; subjectId?: string; dueAt?: string; url: string };
}

const payloadOf = (r: Received): Payload => JSON.parse(r.body) as Payload;
const about = (r: Received, kind: string, engagementId: string) => {
  const payload = payloadOf(r);
  return payload.type === kind && payload.data.engagementId === engagementId;
};

/** Verifies a request as a receiver must, with the `standardwebhooks` package; throws when it does not verify. */
const verified = (r: Received, secret: string): unknown =>
  new Webhook(secret).verify(r.body, {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  });

interface Endpoint {
  id: string;
  url: string;
  kinds: string[];
  status: string;
  secret: string;
  lastSuccessAt: string | null;
  failingSince: string | null;
  disabledAt: string | null;
  previousSecretUntil: string | null;
}

interface Delivery {
  id: string;
  notice: string;
  kind: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  deliveredAt: string | null;
}

async function register(who: Caller, url: string, kinds: string[] = ['*']): Promise<Endpoint> {
  const res = await post<Endpoint>('/v1/webhooks', who.token, { url, kinds });
  expect(res.status).toBe(201);
  return res.body;
}

const deliveriesOf = async (who: Caller, endpoint: Endpoint): Promise<Delivery[]> => {
  const res = await get<{ items: Delivery[] }>(`/v1/webhooks/${endpoint.id}/deliveries?limit=100`, who.token);
  expect(res.status).toBe(200);
  return res.body.items;
};

/** The endpoint's log entry for one notice kind, once `until` holds of it (or 40 s have passed). */
async function logged(who: Caller, endpoint: Endpoint, kind: string, until: (d: Delivery) => boolean): Promise<Delivery | undefined> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const entry = (await deliveriesOf(who, endpoint)).find((d) => d.kind === kind);
    if ((entry && until(entry)) || Date.now() > deadline) {
      return entry;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Webhooks, per organization: registered with the kinds wanted, signed to the Standard Webhooks
 * specification, retried by a Temporal workflow while the receiver is down (arriving later under the same
 * `webhook-id`), logged, resendable by hand, and turned off, with its owners told, when they keep failing.
 */
describe('webhooks', () => {
  const visit = visits(chromiumForFile());
  const receiver = new Receiver();
  let c: Cast;

  beforeAll(async () => {
    await receiver.up();
    c = await cast();
  });

  afterAll(() => receiver.down());

  it('an organization registers an endpoint and gets its signing secret once; every notice for it arrives signed, with ids and no confidential text', async () => {
    const endpoint = await register(c.developer, receiver.url);
    expect(endpoint).toEqual(expect.objectContaining({ url: receiver.url, kinds: ['*'], status: 'ACTIVE', previousSecretUntil: null }));
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await get<{ items: Record<string, unknown>[] }>('/v1/webhooks', c.developer.token);
    expect(listed.body.items.map((item) => item['id'])).toContain(endpoint.id);
    expect(JSON.stringify(listed.body)).not.toContain(endpoint.secret);

    const id = await submitted(c);
    const [delivery] = await receiver.taken('INQUIRY_RECEIVED', id);
    expect(delivery).toBeDefined();
    expect(verified(delivery!, endpoint.secret)).toEqual(payloadOf(delivery!));
    expect(() => verified(delivery!, `whsec_${Buffer.alloc(32, 7).toString('base64')}`)).toThrow();
    const payload = payloadOf(delivery!);
    expect(payload.data).toEqual(
      expect.objectContaining({
        engagementId: id,
        reference: `ENG-${id.slice(0, 8).toUpperCase()}`,
        url: expect.stringMatching(new RegExp(`/engagements/${id}$`)) as unknown,
      }),
    );
    for (const secret of Object.values(inquiry()).filter((value): value is string => typeof value === 'string')) {
      expect(delivery!.body).not.toContain(secret);
    }
    // The log says what happened to it; the send is audited with the endpoint's id.
    const entry = await logged(c.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.status === 'DELIVERED');
    expect(entry).toEqual(
      expect.objectContaining({ id: delivery!.headers['webhook-id'], status: 'DELIVERED', attempts: 1, lastStatusCode: 204, notice: payload.data.notice }),
    );
    const sent = await asOwner((db) =>
      db.query<{ details: { webhooks: string[] } }>(`SELECT details FROM audit_events WHERE action = 'notice.sent' AND subject_id = $1`, [payload.data.notice]),
    );
    expect(sent.rows[0]!.details.webhooks).toContain(endpoint.id);
  });

  it('an endpoint gets only the kinds it asked for, and only its own organization’s', async () => {
    const own = await cast();
    const picky = new Receiver();
    await picky.up();
    try {
      const endpoint = await register(own.developer, picky.url, ['DETERMINATION_MADE']);
      const id = await determined(own);
      const [made] = await picky.taken('DETERMINATION_MADE', id);
      expect(made).toBeDefined();
      expect(picky.received.map((r) => payloadOf(r).type)).toEqual(['DETERMINATION_MADE']);
      // Another organization's engagement reaches another organization's endpoints only.
      const other = await submitted(c);
      await receiver.taken('INQUIRY_RECEIVED', other);
      expect(picky.received.filter((r) => payloadOf(r).data.engagementId === other)).toEqual([]);
      expect((await deliveriesOf(own.developer, endpoint)).map((d) => d.kind)).toEqual(['DETERMINATION_MADE']);
    } finally {
      await picky.down();
    }
  });

  it('a receiver that is down, then failing, still receives each delivery, under one webhook-id, retried by Temporal', async () => {
    const own = await cast();
    const flaky = new Receiver();
    await flaky.up();
    const endpoint = await register(own.developer, flaky.url);
    await flaky.down();
    try {
      const id = await submitted(own);
      const waiting = await logged(own.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.attempts >= 1);
      expect(waiting).toEqual(expect.objectContaining({ status: 'PENDING', lastStatusCode: null, deliveredAt: null }));
      expect(waiting!.lastError).toMatch(/fetch failed|ECONNREFUSED/);
      expect((await get<Endpoint>(`/v1/webhooks/${endpoint.id}`, own.developer.token)).body.failingSince).not.toBeNull();
      // Back, but answering 503 to the first two tries that reach it.
      flaky.failFirst = 2;
      await flaky.up();
      const [taken] = await flaky.taken('INQUIRY_RECEIVED', id);
      expect(taken).toBeDefined();
      const tries = flaky.received.filter((r) => about(r, 'INQUIRY_RECEIVED', id));
      expect(tries.map((r) => r.answered)).toEqual([503, 503, 204]);
      expect(new Set(tries.map((r) => r.id))).toEqual(new Set([waiting!.id]));
      for (const attempt of tries) {
        expect(verified(attempt, endpoint.secret)).toEqual(payloadOf(taken!));
      }
      const done = await logged(own.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.status === 'DELIVERED');
      expect(done!.attempts).toBeGreaterThanOrEqual(4);
      expect(done!.lastStatusCode).toBe(204);
      const after = (await get<Endpoint>(`/v1/webhooks/${endpoint.id}`, own.developer.token)).body;
      expect(after.failingSince).toBeNull();
      expect(after.lastSuccessAt).not.toBeNull();
    } finally {
      await flaky.down();
    }
  });

  it('a secret rotates with an overlap: deliveries verify under the old secret and the new one until it ends', async () => {
    const own = await cast();
    const endpoint = await register(own.developer, receiver.url);
    const rotated = await post<Endpoint>(`/v1/webhooks/${endpoint.id}/rotate-secret`, own.developer.token);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previousSecretUntil!)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    const id = await submitted(own);
    const [delivery] = await receiver.taken('INQUIRY_RECEIVED', id);
    expect(String(delivery!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verified(delivery!, rotated.body.secret)).toBeDefined();
    expect(verified(delivery!, endpoint.secret)).toBeDefined();
    const audited = await asOwner((db) =>
      db.query<{ action: string }>(`SELECT action FROM audit_events WHERE subject_type = 'webhook' AND subject_id = $1 ORDER BY seq`, [endpoint.id]),
    );
    expect(audited.rows.map((row) => row.action)).toEqual(['webhook.created', 'webhook.secret_rotated']);
  });

  it('any delivery can be resent by hand: it arrives again under the same webhook-id', async () => {
    const own = await cast();
    const endpoint = await register(own.developer, receiver.url);
    const id = await submitted(own);
    const [first] = await receiver.taken('INQUIRY_RECEIVED', id);
    const entry = await logged(own.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.status === 'DELIVERED');
    const resent = await post<Delivery>(`/v1/webhooks/${endpoint.id}/deliveries/${entry!.id}/resend`, own.developer.token);
    expect(resent.status).toBe(202);
    const both = await receiver.taken('INQUIRY_RECEIVED', id, 2);
    expect(both.map((r) => r.id)).toEqual([first!.id, first!.id]);
    expect((await logged(own.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.attempts >= 2))!.status).toBe('DELIVERED');
  });

  it('a partner organization’s endpoint hears of the grant offered, pointing at the grant’s page', async () => {
    const id = await determined(c);
    const [row] = partnerRows(1, 'WATER_UTILITY', 'OR');
    await registerPartners(c, [row!]);
    const partner = await caller(Role.Partner, row!.id);
    await register(partner, receiver.url, ['GRANT_OFFERED']);
    await publishTerms(c, id);
    await approvedGrants(c, id, [row!.id]);
    const grants = await get<{ items: { id: string }[] }>('/v1/grants', partner.token);
    const offered = (await receiver.taken('GRANT_OFFERED', id, 1)).filter((r) => payloadOf(r).data.url.endsWith(`/grants/${grants.body.items[0]!.id}`));
    expect(offered).toHaveLength(1);
  });

  it('an endpoint that fails for as long as deliveries are retried is turned off, and its owners are told by inbox and mail', async () => {
    const own = await cast();
    const dead = new Receiver();
    await dead.up();
    const endpoint = await register(own.developer, dead.url, ['INQUIRY_RECEIVED']);
    await dead.down();
    await submitted(own);
    // The stack retries for 30 s (WEBHOOK_RETRY_FOR), not the default 3 days, so this is seen in seconds.
    const deadline = Date.now() + 70_000;
    let seen = (await get<Endpoint>(`/v1/webhooks/${endpoint.id}`, own.developer.token)).body;
    while (seen.status !== 'DISABLED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      seen = (await get<Endpoint>(`/v1/webhooks/${endpoint.id}`, own.developer.token)).body;
    }
    expect(seen).toEqual(expect.objectContaining({ status: 'DISABLED', disabledReason: expect.stringMatching(/failed/) as unknown }));
    expect((await deliveriesOf(own.developer, endpoint))[0]).toEqual(expect.objectContaining({ status: 'FAILED', lastStatusCode: null }));
    // Its owners (the organization's developers) are told; nobody else is.
    const told = async (who: Caller) => {
      const until = Date.now() + 20_000;
      for (;;) {
        const items = (await get<{ items: { kind: string; link: string; engagementId: string | null }[] }>('/v1/notifications?limit=100', who.token)).body
          .items;
        const found = items.filter((n) => n.kind === 'WEBHOOK_DISABLED');
        if (found.length > 0 || Date.now() > until) return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    expect(await told(own.developer)).toEqual([expect.objectContaining({ kind: 'WEBHOOK_DISABLED', link: '/webhooks', engagementId: null })]);
    expect(await told(c.developer)).toEqual([]);
    const mails = await mailAbout('kept failing and was turned off', (found) => found.some((m) => m.to.includes(emailOf(own.developer))));
    expect(mails.some((m) => m.to.includes(emailOf(own.developer)))).toBe(true);
    // Resending to it is refused until it is turned on again; then the missed delivery goes out.
    const entry = (await deliveriesOf(own.developer, endpoint))[0]!;
    const refused = await post<{ code: string }>(`/v1/webhooks/${endpoint.id}/deliveries/${entry.id}/resend`, own.developer.token);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('WEBHOOK_DISABLED');
    await dead.up();
    try {
      const enabled = await post<Endpoint>(`/v1/webhooks/${endpoint.id}/enable`, own.developer.token);
      expect(enabled.body.status).toBe('ACTIVE');
      expect((await post(`/v1/webhooks/${endpoint.id}/deliveries/${entry.id}/resend`, own.developer.token)).status).toBe(202);
      expect((await logged(own.developer, endpoint, 'INQUIRY_RECEIVED', (d) => d.status === 'DELIVERED'))!.status).toBe('DELIVERED');
      expect(dead.received.map((r) => r.id)).toEqual([entry.id]);
    } finally {
      await dead.down();
    }
  }, 150_000);

  it('a deleted endpoint gets nothing more', async () => {
    const own = await cast();
    const gone = new Receiver();
    await gone.up();
    try {
      const endpoint = await register(own.developer, gone.url);
      const deleted = await request<Endpoint>('DELETE', `/v1/webhooks/${endpoint.id}`, undefined, { token: own.developer.token });
      expect(deleted.status).toBe(200);
      expect(deleted.body.status).toBe('DELETED');
      const id = await submitted(own);
      await receiver.taken('INQUIRY_RECEIVED', id, 1, 3_000);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(gone.received).toEqual([]);
      expect((await get(`/v1/webhooks/${endpoint.id}`, own.developer.token)).status).toBe(404);
    } finally {
      await gone.down();
    }
  });

  it('in the console, a developer registers an endpoint, copies its secret once, and reads its delivery log', async () => {
    const own = await cast();
    let secret = '';
    await visit(own.developer, '/', async (page) => {
      await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await page.getByLabel('URL').fill(receiver.url);
      const kinds = page.getByRole('group', { name: 'Kinds to deliver' });
      // USWDS draws the box on the label; the input itself is hidden.
      await kinds.locator('label', { hasText: 'Every kind, now and later' }).click();
      await page.getByRole('button', { name: 'Register webhook' }).click();
      const shown = page.getByRole('status').filter({ hasText: 'copy it now' });
      secret = (await shown.locator('code').innerText()).trim();
      expect(secret).toMatch(/^whsec_/);
      await expectAccessible(page, 'webhooks');
      const id = await submitted(own);
      const [delivery] = await receiver.taken('INQUIRY_RECEIVED', id);
      expect(verified(delivery!, secret)).toBeDefined();
      await page.getByRole('button', { name: `Delivery log of ${receiver.url}` }).click();
      await page.getByRole('heading', { level: 2, name: `Deliveries to ${receiver.url}` }).waitFor();
      const entry = page.getByRole('row').filter({ hasText: String(delivery!.headers['webhook-id']) });
      for (let tries = 0; tries < 20 && !(await entry.innerText()).includes('Delivered'); tries += 1) {
        await page.reload();
        await page.getByRole('button', { name: `Delivery log of ${receiver.url}` }).click();
        await entry.waitFor();
      }
      expect(await entry.innerText()).toContain('Delivered');
      await expectAccessible(page, 'webhook-deliveries');
    });
    // The secret is not shown again anywhere.
    expect(JSON.stringify((await get('/v1/webhooks', own.developer.token)).body)).not.toContain(secret);
  });

  it('refuses what is not a webhook, and shows nobody another organization’s', async () => {
    const endpoint = await register(c.developer, receiver.url);
    for (const [url, why] of [
      ['http://hooks.example.com/x', /url/],
      ['https://user:pw@hooks.example.com/x', /url/],
      ['https://hooks.example.com/x#frag', /url/],
      ['not a url', /url/],
    ] as const) {
      const res = await post<{ code: string; errors: { field: string }[] }>('/v1/webhooks', c.developer.token, { url, kinds: ['*'] });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]!.field).toMatch(why);
    }
    const badKind = await post<{ errors: { field: string }[] }>('/v1/webhooks', c.developer.token, { url: receiver.url, kinds: ['EVERYTHING'] });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors[0]!.field).toMatch(/^kinds/);
    // Another organization's endpoint does not exist for the caller; a role that does not manage webhooks is refused.
    for (const path of [`/v1/webhooks/${endpoint.id}`, `/v1/webhooks/${endpoint.id}/deliveries`]) {
      expect((await get(path, c.otherDeveloper.token)).status).toBe(404);
    }
    expect((await post(`/v1/webhooks/${endpoint.id}/rotate-secret`, c.otherDeveloper.token)).status).toBe(404);
    expect((await post(`/v1/webhooks/${endpoint.id}/deliveries/${randomUUID()}/resend`, c.developer.token)).status).toBe(404);
    expect((await get('/v1/webhooks', c.reviewer.token)).status).toBe(403);
    expect((await get('/v1/webhooks', c.admin.token)).status).toBe(200);
  });
});
