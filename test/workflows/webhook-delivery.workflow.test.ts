import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { WebhookDeliveryInput, webhookDeliveryStart } from '#contracts';
import { DAY_MS, NoticeKind } from '#domain';
import { UnitOfWork, WebhookRepository } from '#persistence';
import { FieldCipher, webhookSecretAt } from '#security';
import type { webhookDeliveryWorkflow } from '#workflows';

import { asWorkflowTestsOwner } from '../support/stack';
import { startWorkflowEnv, WorkflowTestEnv } from '../support/workflow-env';

const HOUR_MS = 3_600_000;

/**
 * A webhook delivery's workflow on the time-skipping server, with the real activities and PostgreSQL:
 * retried with growing waits for the 3 days of WEBHOOK_RETRY_FOR's default, then failed, and its endpoint
 * turned off unless another delivery got through meanwhile.
 */
describe('a webhook delivery on the time-skipping server', () => {
  let t: WorkflowTestEnv;
  let webhooks: WebhookRepository;
  /** A receiver that answers every try 503 at once, as one that is failing would (a port of its own, so no other process answers instead). */
  let failing: Server;
  let failingUrl: string;

  beforeAll(async () => {
    failing = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/hook`;
    t = await startWorkflowEnv();
    webhooks = t.app.get(WebhookRepository);
  });

  afterAll(async () => {
    await t?.teardown();
    failing.closeAllConnections();
    await new Promise<void>((resolve) => failing.close(() => resolve()));
  });

  /** An endpoint of a new organization, at the failing receiver, with one delivery queued to it. */
  async function failingEndpoint(): Promise<{ org: string; endpointId: string; deliveryId: string }> {
    const org = `org-${randomUUID().slice(0, 8)}`;
    const endpointId = randomUUID();
    const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    await t.app.get(UnitOfWork).run(async (tx) => {
      await webhooks.insertEndpoint(tx, {
        id: endpointId,
        org,
        url: failingUrl,
        kinds: ['*'],
        secretSealed: t.app.get(FieldCipher).seal(secret, webhookSecretAt(endpointId)),
        createdBy: 'someone',
        createdAt: new Date(),
      });
      await webhooks.queue(tx, [
        { endpointId, noticeKey: `${randomUUID()}:${NoticeKind.GrantRevoked}`, kind: NoticeKind.GrantRevoked, payload: {}, createdAt: new Date() },
      ]);
    });
    const [delivery] = await webhooks.deliveries(endpointId, 1);
    return { org, endpointId, deliveryId: delivery!.id };
  }

  const run = async (deliveryId: string, retryForMs = 3 * DAY_MS) => {
    const input: WebhookDeliveryInput = { deliveryId, retryForMs, maxIntervalMs: HOUR_MS };
    const handle = await t.client.workflow.start<typeof webhookDeliveryWorkflow>('webhookDeliveryWorkflow', webhookDeliveryStart(input));
    // The server's clock runs on over the retries' waits (this client's result() would not skip it).
    await t.env.sleep(retryForMs + HOUR_MS);
    const result = await handle.result();
    const { startTime, closeTime } = await handle.describe();
    return { result, tookMs: closeTime!.getTime() - startTime.getTime() };
  };

  it('is retried for 3 days with waits up to an hour, then fails, and its endpoint is turned off and the turning-off audited', async () => {
    const { org, endpointId, deliveryId } = await failingEndpoint();
    const { result, tookMs } = await run(deliveryId);
    expect(result).toBe('FAILED');
    expect(tookMs).toBeGreaterThanOrEqual(3 * DAY_MS - HOUR_MS);
    expect(tookMs).toBeLessThanOrEqual(3 * DAY_MS + HOUR_MS);
    const delivery = await webhooks.delivery(deliveryId);
    expect(delivery).toEqual(expect.objectContaining({ status: 'FAILED', lastStatusCode: 503 }));
    // Waits double from a second to the hour: about 12 tries in the first hour, then one an hour.
    expect(delivery!.attempts).toBeGreaterThan(70);
    expect(delivery!.attempts).toBeLessThan(100);
    const endpoint = await webhooks.endpoint(endpointId);
    expect(endpoint!.disabledAt).not.toBeNull();
    expect(endpoint!.failingSince).not.toBeNull();
    const audited = await asWorkflowTestsOwner((db) =>
      db.query<{ details: { org: string; deliveryId: string } }>(`SELECT details FROM audit_events WHERE action = 'webhook.disabled' AND subject_id = $1`, [
        endpointId,
      ]),
    );
    expect(audited.rows.map((row) => row.details)).toEqual([{ org, deliveryId }]);
    // Some 80 real tries, each a refused connection and a write, between the server's skipped waits.
  }, 600_000);

  it('fails without turning its endpoint off when another delivery got through meanwhile', async () => {
    const { endpointId, deliveryId } = await failingEndpoint();
    // Another delivery to the same endpoint was taken after this one was made.
    await t.app
      .get(UnitOfWork)
      .run((tx) => webhooks.queue(tx, [{ endpointId, noticeKey: `${randomUUID()}:x`, kind: NoticeKind.GrantActive, payload: {}, createdAt: new Date() }]));
    const other = (await webhooks.deliveries(endpointId, 10)).find((d) => d.id !== deliveryId);
    await webhooks.recordAttempt(other!.id, { at: new Date(Date.now() + 1_000), statusCode: 200, delivered: true, error: null });
    // The rule, not the 3 days, is under test here: retried for two hours.
    expect((await run(deliveryId, 2 * HOUR_MS)).result).toBe('FAILED');
    expect((await webhooks.delivery(deliveryId))!.status).toBe('FAILED');
    expect((await webhooks.endpoint(endpointId))!.disabledAt).toBeNull();
  });

  it('stops at once, untried, when its endpoint was turned off or deleted meanwhile', async () => {
    const { endpointId, deliveryId } = await failingEndpoint();
    await t.app.get(UnitOfWork).run((tx) => webhooks.remove(tx, endpointId, new Date()));
    const { result, tookMs } = await run(deliveryId);
    expect(result).toBe('FAILED');
    expect(tookMs).toBeLessThan(HOUR_MS);
    expect((await webhooks.delivery(deliveryId))!).toEqual(expect.objectContaining({ status: 'FAILED', attempts: 0 }));
  });
});
