import { createHash } from 'node:crypto';

import { decodeJwt } from 'jose';
import { DataSource } from 'typeorm';

import { parseKeyring } from '#config';
import { Role } from '#domain';
import { createDataSource, EngagementKeys, LegacyPlaintext } from '#persistence';
import { FieldCipher } from '#security';

import { LegacyPlaintextSealer } from '../../apps/api/modules/engagements/legacy-plaintext-sealer.service';
import { get, post, request } from '../support/api';
import { act, approvedGrants, ARTIFACT, Cast, cast, detail, determined, grantsOf, partnerRows, registerPartners, reviewerToken } from '../support/scenario';
import { asOwner, Caller, caller, stack } from '../support/stack';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every table a gateway, the terms or a reason could end up in, as the database's owner reads them. */
const TABLES = ['engagements', 'partner_terms', 'grants', 'engagement_timeline', 'audit_events', 'idempotency_records', 'notifications', 'nominations'];

async function leaks(marker: string): Promise<{ table: string; rows: number }[]> {
  return asOwner(async (db) => {
    const found: { table: string; rows: number }[] = [];
    for (const table of TABLES) {
      const dump = await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
      found.push({ table, rows: dump.rows.filter((r) => r.row.toLowerCase().includes(marker)).length });
    }
    return found;
  });
}

/**
 * The developer's gateways, the partner terms' text and the reasons for revoking grants are sealed at
 * rest like the other confidential text, and the audit trail names them by digest only. Those with a
 * need to know still read them, and tokens are still addressed to the gateways.
 */
describe('gateways, terms and revocation reasons are sealed', () => {
  let c: Cast;

  beforeAll(async () => {
    c = await cast();
  });

  it('no plaintext of them is in any table, the trail holds their digests, and readers and tokens still get them', async () => {
    const marker = `sealed-${Date.now()}`;
    const windowGateway = `https://${marker}.gateway.example/v1`;
    const partnerGateway = `https://${marker}-partners.gateway.example/v1`;
    const termsText = `${marker} terms: defensive use only.`;
    const id = await determined(c);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { accessEndpoint: windowGateway, artifactDigest: ARTIFACT });
    const terms = await request<{ version: string; hash: string }>(
      'PUT',
      `/v1/engagements/${id}/partner-terms`,
      { version: 'v1', text: termsText, accessEndpoint: partnerGateway },
      { token: c.developer.token },
    );
    expect(terms.status).toBe(200);
    const rows = partnerRows(3);
    await registerPartners(c, rows);
    await approvedGrants(
      c,
      id,
      rows.map((r) => r.id),
    );
    const partners: Caller[] = await Promise.all(rows.map((r) => caller(Role.Partner, r.id)));
    const grants = await Promise.all(partners.map(async (p) => (await grantsOf(p, id))[0]!.id));
    await act(`/v1/grants/${grants[0]}/accept`, partners[0]!, { termsVersion: terms.body.version, termsHash: terms.body.hash });

    // Those with a need to know read them; tokens are addressed to the gateways.
    expect((await detail(id, c.developer)).body.window?.accessEndpoint).toBe(windowGateway);
    expect((await get<{ text: string }>(`/v1/engagements/${id}/partner-terms`, c.developer.token)).body.text).toBe(termsText);
    expect((await get<{ termsText: string }>(`/v1/grants/${grants[0]}`, partners[0]!.token)).body.termsText).toBe(termsText);
    expect(decodeJwt((await reviewerToken(id, c.reviewer)).token).aud).toBe(windowGateway);
    const partnerToken = await post<{ token: string }>(`/v1/grants/${grants[0]}/access-tokens`, partners[0]!.token, {});
    expect(partnerToken.status).toBe(201);
    expect(decodeJwt(partnerToken.body.token).aud).toBe(partnerGateway);

    const oneReason = `${marker} partner left the program`;
    const allReason = `${marker} gateway compromised`;
    expect((await post(`/v1/grants/${grants[1]}/revoke`, c.developer.token, { reason: oneReason })).status).toBe(200);
    expect((await post(`/v1/engagements/${id}/grants/revoke`, c.developer.token, { reason: allReason })).status).toBe(200);

    expect((await leaks(marker)).filter((l) => l.rows > 0)).toEqual([]);
    const trail = await asOwner((db) =>
      db.query<{ action: string; subject_id: string; details: Record<string, unknown> }>(
        'SELECT action, subject_id, details FROM audit_events WHERE engagement_id = $1 ORDER BY seq',
        [id],
      ),
    );
    const detailsOf = (action: string, subject = id) => trail.rows.find((e) => e.action === action && e.subject_id === subject)?.details;
    expect(detailsOf('engagement.window_opened')).toEqual(expect.objectContaining({ accessEndpointDigest: sha256(windowGateway) }));
    expect(detailsOf('engagement.terms_published')).toEqual(expect.objectContaining({ hash: sha256(termsText), accessEndpointDigest: sha256(partnerGateway) }));
    expect(detailsOf('grant.revoked', grants[1])).toEqual(expect.objectContaining({ reasonDigest: sha256(oneReason) }));
    expect(detailsOf('engagement.grants_revoked')).toEqual(expect.objectContaining({ revoked: 2, reasonDigest: sha256(allReason) }));
    expect(detailsOf('grant.revoked', grants[2])).toEqual(expect.objectContaining({ reasonDigest: sha256(allReason) }));
  });

  /** Which key sealed the engagement's window gateway and terms text: the program's (v1) or the engagement's own (d1). */
  async function sealedPrefixes(id: string): Promise<{ window: string | undefined; terms: string | undefined }> {
    return asOwner(async (db) => {
      const window = await db.query<{ sealed: string }>('SELECT window_access_endpoint_sealed AS sealed FROM engagements WHERE id = $1', [id]);
      const terms = await db.query<{ sealed: string }>('SELECT text_sealed AS sealed FROM partner_terms WHERE engagement_id = $1', [id]);
      return { window: window.rows[0]?.sealed.split('.')[0], terms: terms.rows[0]?.sealed.split('.')[0] };
    });
  }

  it('what an earlier version kept in plaintext is sealed as the API starts, the plaintext emptied, and moved under the engagement key', async () => {
    const marker = `legacy-${Date.now()}`;
    const gateway = `https://${marker}.gateway.example/v1`;
    const id = await determined(c);
    await act(`/v1/engagements/${id}/access-window`, c.developer, { accessEndpoint: 'https://current.gateway.example/v1', artifactDigest: ARTIFACT });
    const published = await request('PUT', `/v1/engagements/${id}/partner-terms`, { version: 'v1', text: 'current terms' }, { token: c.developer.token });
    expect(published.status).toBe(200);
    // As an earlier version left them: plaintext, nothing sealed.
    await asOwner(async (db) => {
      await db.query('UPDATE engagements SET window_access_endpoint = $2, window_access_endpoint_sealed = NULL WHERE id = $1', [id, gateway]);
      await db.query('UPDATE partner_terms SET text = $2, text_sealed = NULL WHERE engagement_id = $1', [id, `${marker} terms`]);
    });

    const env = stack().appEnv;
    const dataSource: DataSource = await createDataSource({ url: env['DATABASE_URL']!, applicationName: 'sealer-test' }).initialize();
    try {
      const cipher = new FieldCipher(parseKeyring('F', env['FIELD_ENCRYPTION_KEYS']!, env['FIELD_ENCRYPTION_ACTIVE_KEY']!));
      const sealer = new LegacyPlaintextSealer(new LegacyPlaintext(dataSource), cipher, new EngagementKeys(dataSource, cipher));
      const counts = await sealer.sealAll();
      expect(counts.windowAccessEndpoint).toBeGreaterThanOrEqual(1);
      expect(counts.termsText).toBeGreaterThanOrEqual(1);
      // Sealed under the program's keys for now; as the API starts, moved under the engagement's own key.
      expect(await sealedPrefixes(id)).toEqual({ window: 'v1', terms: 'v1' });
      await sealer.onApplicationBootstrap();
      expect(await sealedPrefixes(id)).toEqual({ window: 'd1', terms: 'd1' });
    } finally {
      await dataSource.destroy();
    }
    expect((await leaks(marker)).filter((l) => l.rows > 0)).toEqual([]);
    expect((await detail(id, c.developer)).body.window?.accessEndpoint).toBe(gateway);
    expect((await get<{ text: string }>(`/v1/engagements/${id}/partner-terms`, c.developer.token)).body.text).toBe(`${marker} terms`);
  });
});
