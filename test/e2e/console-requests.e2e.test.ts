import { randomUUID } from 'node:crypto';

import { get, post } from '../support/api';
import { chromiumForFile, expectAccessible, visits } from '../support/console';
import { Cast, cast } from '../support/scenario';

/**
 * Government requests in the console (issue 16 §4): a program administrator sends one from the requests
 * page; the developer asked finds it in its own list, accepts it by submitting the inquiry (and lands on
 * that inquiry), or declines another after confirming.
 */
describe('government requests in the console', () => {
  const chromium = chromiumForFile();
  const as = visits(chromium);
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a program administrator sends a request, and the developer accepts it by submitting the inquiry', async () => {
    const model = `Atlas-${randomUUID().slice(0, 6)}`;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    let requestPath = '';
    await as(c.admin, '/requests', async (p) => {
      await p.getByRole('heading', { name: 'Government requests', level: 1 }).waitFor();
      await p.getByLabel(/^Developer organization/).fill(c.developer.org);
      await p.getByLabel(/^Model name/).fill(model);
      await p.getByLabel(/^Why the government asks/).fill('Reports of autonomous exploit chaining');
      await p.getByLabel(/^Answer due before/).fill(tomorrow);
      await expectAccessible(p, 'admin-new-request');
      await p.getByRole('button', { name: 'Send request' }).click();
      await p.getByRole('heading', { name: `Request about ${model}`, level: 1 }).waitFor();
      requestPath = new URL(p.url()).pathname;
      await p.getByRole('heading', { name: 'Waiting for an answer', level: 2 }).waitFor();
    });
    expect(requestPath).toMatch(/^\/requests\/[0-9a-f-]{36}$/);

    await as(c.developer, '/', async (p) => {
      await p.getByRole('link', { name: 'Requests', exact: true }).click();
      await p.getByRole('heading', { name: 'Government requests', level: 1 }).waitFor();
      await p.getByRole('link', { name: model }).click();
      await p.getByRole('heading', { name: `Request about ${model}`, level: 1 }).waitFor();
      await p.getByText('Reports of autonomous exploit chaining').waitFor();
      await expectAccessible(p, 'developer-request');
      await p.getByLabel(/^Model version/).fill('7.0-rc1');
      await p.getByLabel(/^Capability summary/).fill('Autonomous vulnerability discovery');
      await p.getByLabel(/^Security contact email/).fill('safety@atlas.example');
      await p.getByRole('button', { name: 'Accept and submit inquiry' }).click();
      await p.waitForURL(/\/engagements\/[0-9a-f-]{36}$/);
      await p.getByRole('heading', { name: new RegExp(model), level: 1 }).waitFor();
    });
    const accepted = await get<{ status: string; engagementId: string | null }>(`/v1${requestPath}`, c.admin.token);
    expect(accepted.body.status).toBe('ACCEPTED');
    expect(accepted.body.engagementId).not.toBeNull();
  });

  it('the developer declines a request after confirming', async () => {
    const model = `Borealis-${randomUUID().slice(0, 6)}`;
    const opened = await post<{ id: string }>('/v1/requests', c.admin.token, {
      developerOrg: c.developer.org,
      modelName: model,
      note: 'A second request',
      respondBy: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await as(c.colleague, `/requests/${opened.body.id}`, async (p) => {
      await p.getByRole('heading', { name: `Request about ${model}`, level: 1 }).waitFor();
      await p.getByRole('button', { name: 'Decline request' }).click();
      const dialog = p.getByRole('dialog', { name: 'Decline the request?' });
      await dialog.getByRole('button', { name: 'Yes, decline' }).click();
      await p.getByRole('heading', { name: 'Declined', level: 2 }).waitFor();
      expect(await p.getByRole('button', { name: 'Accept and submit inquiry' }).count()).toBe(0);
    });
    expect((await get<{ status: string; declinedBy: string }>(`/v1/requests/${opened.body.id}`, c.admin.token)).body).toMatchObject({
      status: 'DECLINED',
      declinedBy: 'DEVELOPER',
    });
  });
});
