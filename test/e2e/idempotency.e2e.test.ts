import { randomUUID } from 'node:crypto';

import type { EngagementDetailDto, EngagementListDto, EngagementSummaryDto } from '../../apps/api/modules/engagements/dto/engagement.response';
import { get, post } from '../support/api';
import { act, Cast, cast, inquiry, submitted } from '../support/scenario';
import { asOwner } from '../support/stack';

describe('Idempotency-Key: a repeated POST returns the first result and does nothing twice', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  async function countByModel(modelName: string): Promise<number> {
    const list = await get<EngagementListDto>('/v1/engagements?limit=100', c.developer.token);
    return list.body.items.filter((e) => e.modelName === modelName).length;
  }

  it('creating twice with one key makes one engagement and answers the same both times', async () => {
    const key = randomUUID();
    const body = inquiry({ modelName: `Once-${key}` });
    const first = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, body, { idempotencyKey: key });
    const second = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, body, { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await countByModel(`Once-${key}`)).toBe(1);
  });

  it('the same command sent 20 times at once takes effect exactly once', async () => {
    const key = randomUUID();
    const body = inquiry({ modelName: `Burst-${key}` });
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post<EngagementSummaryDto>('/v1/engagements', c.developer.token, body, { idempotencyKey: key })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await countByModel(`Burst-${key}`)).toBe(1);
    const audit = await get<{ items: { action: string }[] }>(`/v1/engagements/${answers[0]!.body.id}/audit`, c.auditor.token);
    expect(audit.body.items.filter((e) => e.action === 'engagement.submitted')).toHaveLength(1);
  });

  it('a repeated command on an engagement is applied once', async () => {
    const id = await submitted(c);
    const key = randomUUID();
    const first = await post(`/v1/engagements/${id}/reviewers`, c.admin.token, { reviewerIds: [c.reviewer.sub] }, { idempotencyKey: key });
    const again = await post(`/v1/engagements/${id}/reviewers`, c.admin.token, { reviewerIds: [c.reviewer.sub] }, { idempotencyKey: key });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const seen = await get<EngagementDetailDto>(`/v1/engagements/${id}`, c.developer.token);
    expect(seen.body.timeline.filter((t) => t.event === 'REVIEWERS_ASSIGNED')).toHaveLength(1);
  });

  it('reusing a key for a different request is refused, and the first result stands', async () => {
    const key = randomUUID();
    const first = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry({ modelName: 'First' }), { idempotencyKey: key });
    const other = await post('/v1/engagements', c.developer.token, inquiry({ modelName: 'Second' }), { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keys belong to their caller: two callers may use the same key independently', async () => {
    const key = randomUUID();
    const mine = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry(), { idempotencyKey: key });
    const theirs = await post<EngagementSummaryDto>('/v1/engagements', c.otherDeveloper.token, inquiry(), { idempotencyKey: key });
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.developerOrg).toBe(c.otherDeveloper.org);
  });

  it('a request that failed leaves its key free, so a corrected retry goes through', async () => {
    const key = randomUUID();
    const bad = await post('/v1/engagements', c.developer.token, inquiry({ contactEmail: 'not-an-email' }), { idempotencyKey: key });
    expect(bad.status).toBe(400);
    const good = await post('/v1/engagements', c.developer.token, inquiry(), { idempotencyKey: key });
    expect(good.status).toBe(201);
  });

  it('a refused command is not remembered as a success', async () => {
    const id = await submitted(c);
    await act(`/v1/engagements/${id}/withdraw`, c.developer, {});
    const key = randomUUID();
    const refused = await post(`/v1/engagements/${id}/withdraw`, c.developer.token, {}, { idempotencyKey: key });
    expect(refused.status).toBe(409);
    const again = await post(`/v1/engagements/${id}/withdraw`, c.developer.token, {}, { idempotencyKey: key });
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('a key left pending by a request that died is taken over once its lease runs out', async () => {
    const key = randomUUID();
    await asOwner((db) =>
      db.query(
        `INSERT INTO idempotency_records (caller_sub, idempotency_key, request_hash, state, created_at, expires_at)
         VALUES ($1, $2, $3, 'PENDING', now() - interval '5 minutes', now() + interval '1 day')`,
        [c.developer.sub, key, '0'.repeat(64)],
      ),
    );
    const res = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry(), { idempotencyKey: key });
    expect(res.status).toBe(201);
    const again = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry(), { idempotencyKey: key });
    expect(again.body.id).toBe(res.body.id);
  });

  it('an expired answer is forgotten', async () => {
    const key = randomUUID();
    const first = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry({ modelName: 'Expiring' }), { idempotencyKey: key });
    await asOwner((db) => db.query(`UPDATE idempotency_records SET expires_at = now() - interval '1 second' WHERE idempotency_key = $1`, [key]));
    // The engagement still exists and is found again: a repeat names the same engagement, not a new one.
    const later = await post<EngagementSummaryDto>('/v1/engagements', c.developer.token, inquiry({ modelName: 'Expiring' }), { idempotencyKey: key });
    expect(later.status).toBe(201);
    expect(later.body.id).toBe(first.body.id);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
  });

  it('a malformed key is a 400 naming the header', async () => {
    const res = await post('/v1/engagements', c.developer.token, inquiry(), { idempotencyKey: 'x'.repeat(201) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });
});
