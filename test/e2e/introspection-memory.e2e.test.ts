import { post } from '../support/api';
import { act, activeGrants, Cast, cast, introspect, inWindow, reviewerToken } from '../support/scenario';
import { asOwner } from '../support/stack';
import { until } from '../support/until';

const LISTENER = 'frontier-access-listen';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function grantToken(c: Cast): Promise<{ grantId: string; partnerId: string; token: string }> {
  const { grants, partners } = await activeGrants(c, 1);
  const issued = await post<{ token: string }>(`/v1/grants/${grants[0]}/access-tokens`, partners[0]!.token, {});
  expect(issued.status).toBe(201);
  return { grantId: grants[0]!, partnerId: partners[0]!.org, token: issued.body.token };
}

async function active(token: string, c: Cast): Promise<unknown> {
  const answer = await introspect(token, c.developer);
  expect(answer.status).toBe(200);
  return answer.body['active'];
}

/** The introspection audit events of one token: every answer given, active or not. */
async function introspectionsAudited(jti: string): Promise<number> {
  return asOwner(async (db) => {
    const rows = await db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'access_token.introspected' AND subject_id = $1`, [jti]);
    return Number(rows.rows[0]!.n);
  });
}

const jtiOf = (token: string): string => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;

/**
 * Introspection answers from memory what it read of a token's record and the access behind it, so a
 * gateway asking about the same tokens again and again costs no reads. The memory is dropped by
 * PostgreSQL's own notices (triggers on the tables behind access), so an ending is seen at the next
 * introspection however it was made; when the notices are lost, everything is read again.
 */
describe('introspection from memory', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('a revoked grant’s token is inactive at the first introspection after the revoke answered, and every answer is audited', async () => {
    const { grantId, token } = await grantToken(c);
    expect(await active(token, c)).toBe(true);
    expect(await active(token, c)).toBe(true);
    expect((await post(`/v1/grants/${grantId}/revoke`, c.developer.token, { reason: 'contract ended' })).status).toBe(200);
    expect(await active(token, c)).toBe(false);
    expect(await introspectionsAudited(jtiOf(token))).toBe(3);
  });

  it('a reviewer’s token is inactive at the first introspection after the window was ended early', async () => {
    const id = await inWindow(c);
    const { token } = await reviewerToken(id, c.reviewer);
    expect(await active(token, c)).toBe(true);
    await act(`/v1/engagements/${id}/access-window/end`, c.developer, undefined);
    expect(await active(token, c)).toBe(false);
  });

  it('a change made outside the API (an operator’s SQL) is seen within moments: the triggers announce it', async () => {
    const { partnerId, token } = await grantToken(c);
    expect(await active(token, c)).toBe(true);
    await asOwner((db) => db.query(`UPDATE partners SET status = 'SUSPENDED' WHERE id = $1`, [partnerId]));
    // The notice reaches the API on its own connection, a few milliseconds after the commit: not before the next request, always.
    await until('the suspension is seen', async () => !(await active(token, c)), 2_000);
  });

  it('a change nobody announced is answered from memory until the notices are lost; then everything is read again', async () => {
    const { grantId, token } = await grantToken(c);
    expect(await active(token, c)).toBe(true);
    // As a replica applies changes: no triggers fire, so no notice is sent.
    await asOwner(async (db) => {
      await db.query(`SET session_replication_role = replica`);
      await db.query(`UPDATE grants SET status = 'REVOKED', ended_at = now() WHERE id = $1`, [grantId]);
    });
    expect(await active(token, c)).toBe(true);

    const ended = await asOwner((db) => db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [LISTENER]));
    expect(ended.rowCount).toBeGreaterThan(0);
    // However soon the API notices, it has forgotten what it kept, and reads the revocation.
    await sleep(500);
    expect(await active(token, c)).toBe(false);
    // And it listens again by itself.
    await sleep(1_500);
    const listening = await asOwner((db) => db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1`, [LISTENER]));
    expect(listening.rowCount).toBeGreaterThan(0);
  });
});
