import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Tx } from './unit-of-work';

/** An organization's webhook endpoint, its secrets sealed (the service seals and opens them). */
export interface WebhookEndpointRow {
  readonly id: string;
  readonly org: string;
  readonly url: string;
  readonly kinds: readonly string[];
  readonly secretSealed: string;
  readonly previousSecretSealed: string | null;
  readonly previousUntil: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly lastSuccessAt: Date | null;
  readonly failingSince: Date | null;
  readonly disabledAt: Date | null;
  readonly disabledReason: string | null;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One notice's delivery to one endpoint, and what became of it. */
export interface WebhookDeliveryRow {
  readonly id: string;
  readonly endpointId: string;
  readonly noticeKey: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly createdAt: Date;
  readonly status: WebhookDeliveryStatus;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastAttemptAt: Date | null;
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
  readonly failedAt: Date | null;
}

/** A delivery about to be tried, with its endpoint as it stands now. */
export interface DeliveryToSend extends WebhookDeliveryRow {
  readonly endpoint: WebhookEndpointRow & { readonly deleted: boolean };
}

export interface NewWebhookDelivery {
  readonly endpointId: string;
  readonly noticeKey: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly createdAt: Date;
}

type EndpointRecord = {
  id: string;
  org: string;
  url: string;
  kinds: string[];
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_until: Date | null;
  created_by: string;
  created_at: Date;
  last_success_at: Date | null;
  failing_since: Date | null;
  disabled_at: Date | null;
  disabled_reason: string | null;
  deleted_at: Date | null;
};

type DeliveryRecord = {
  id: string;
  endpoint_id: string;
  notice_key: string;
  kind: string;
  payload: unknown;
  created_at: Date;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_attempt_at: Date | null;
  last_error: string | null;
  delivered_at: Date | null;
  failed_at: Date | null;
};

const ENDPOINT_COLUMNS = `id, org, url, kinds, secret_sealed, previous_secret_sealed, previous_until, created_by, created_at, last_success_at,
  failing_since, disabled_at, disabled_reason, deleted_at`;
const DELIVERY_COLUMNS = `id, endpoint_id, notice_key, kind, payload, created_at, status, attempts, last_status_code, last_attempt_at, last_error,
  delivered_at, failed_at`;

const endpointOf = (r: EndpointRecord): WebhookEndpointRow => ({
  id: r.id,
  org: r.org,
  url: r.url,
  kinds: r.kinds,
  secretSealed: r.secret_sealed,
  previousSecretSealed: r.previous_secret_sealed,
  previousUntil: r.previous_until,
  createdBy: r.created_by,
  createdAt: r.created_at,
  lastSuccessAt: r.last_success_at,
  failingSince: r.failing_since,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
});

const deliveryOf = (r: DeliveryRecord): WebhookDeliveryRow => ({
  id: r.id,
  endpointId: r.endpoint_id,
  noticeKey: r.notice_key,
  kind: r.kind,
  payload: r.payload,
  createdAt: r.created_at,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastAttemptAt: r.last_attempt_at,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
  failedAt: r.failed_at,
});

/** Webhook endpoints and their deliveries. */
@Injectable()
export class WebhookRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertEndpoint(tx: Tx, row: Pick<WebhookEndpointRow, 'id' | 'org' | 'url' | 'kinds' | 'secretSealed' | 'createdBy' | 'createdAt'>): Promise<void> {
    await tx.query('INSERT INTO webhook_endpoints (id, org, url, kinds, secret_sealed, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      row.id,
      row.org,
      row.url,
      row.kinds,
      row.secretSealed,
      row.createdBy,
      row.createdAt,
    ]);
  }

  /** An endpoint not deleted, whoever's it is (the caller checks the organization). */
  async endpoint(id: string, tx?: Tx): Promise<WebhookEndpointRow | undefined> {
    const rows: EndpointRecord[] = await (tx ?? this.dataSource).query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return rows[0] ? endpointOf(rows[0]) : undefined;
  }

  /** The organization's endpoints, holding its lock until the transaction ends: one registration at a time, so a limit holds. */
  async lockedEndpointsOf(tx: Tx, org: string): Promise<WebhookEndpointRow[]> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhooks:${org}`]);
    return this.endpointsOf(org, tx);
  }

  async endpointsOf(org: string, tx?: Tx): Promise<WebhookEndpointRow[]> {
    const rows: EndpointRecord[] = await (tx ?? this.dataSource).query(
      `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoints WHERE org = $1 AND deleted_at IS NULL ORDER BY created_at, id`,
      [org],
    );
    return rows.map(endpointOf);
  }

  /** Replaces the secret; the one it replaces still signs until `previousUntil`. */
  async rotateSecret(tx: Tx, id: string, secretSealed: string, previousUntil: Date): Promise<void> {
    await tx.query(
      `UPDATE webhook_endpoints SET previous_secret_sealed = secret_sealed, previous_until = $3, secret_sealed = $2 WHERE id = $1 AND deleted_at IS NULL`,
      [id, secretSealed, previousUntil],
    );
  }

  /** Turns a turned-off endpoint back on; false when it was on. */
  async enable(tx: Tx, id: string): Promise<boolean> {
    const rows = returned(
      await tx.query(
        `UPDATE webhook_endpoints SET disabled_at = NULL, disabled_reason = NULL, failing_since = NULL
          WHERE id = $1 AND deleted_at IS NULL AND disabled_at IS NOT NULL RETURNING id`,
        [id],
      ),
    );
    return rows.length > 0;
  }

  /** Deletes an endpoint: nothing more is queued or sent to it; its delivery log stays for the record. */
  async remove(tx: Tx, id: string, at: Date): Promise<void> {
    await tx.query('UPDATE webhook_endpoints SET deleted_at = $2 WHERE id = $1 AND deleted_at IS NULL', [id, at]);
  }

  /** The endpoints of these organizations that are on and want this kind. */
  async wanting(tx: Tx, orgs: readonly string[], kind: string): Promise<{ id: string; org: string }[]> {
    if (orgs.length === 0) {
      return [];
    }
    return tx.query(
      `SELECT id, org FROM webhook_endpoints
        WHERE org = ANY($1::text[]) AND deleted_at IS NULL AND disabled_at IS NULL AND (kinds @> ARRAY['*'] OR kinds @> ARRAY[$2::text])
        ORDER BY id`,
      [orgs, kind],
    );
  }

  /** Queues deliveries, each once per notice and endpoint; how many were new. */
  async queue(tx: Tx, deliveries: readonly NewWebhookDelivery[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < deliveries.length; i += 1_000) {
      const batch = deliveries.slice(i, i + 1_000);
      const values = batch.map((_, j) => `(${Array.from({ length: 6 }, (__, k) => `$${j * 6 + k + 1}`).join(', ')})`).join(', ');
      const rows: unknown[] = await tx.query(
        `INSERT INTO webhook_deliveries (id, endpoint_id, notice_key, kind, payload, created_at) VALUES ${values}
         ON CONFLICT (endpoint_id, notice_key) DO NOTHING RETURNING id`,
        batch.flatMap((d) => [randomUUID(), d.endpointId, d.noticeKey, d.kind, JSON.stringify(d.payload), d.createdAt]),
      );
      added += rows.length;
    }
    return added;
  }

  /**
   * Runs `start` on deliveries not yet handed to Temporal, oldest first, each locked until the
   * transaction ends (another worker skips them), and marks them handed over once it returns.
   */
  async startQueued(limit: number, start: (ids: readonly string[]) => Promise<void>): Promise<number> {
    return this.dataSource.transaction('READ COMMITTED', async (tx) => {
      const rows: { id: string }[] = await tx.query(
        'SELECT id FROM webhook_deliveries WHERE NOT started ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [limit],
      );
      if (rows.length === 0) {
        return 0;
      }
      const ids = rows.map((row) => row.id);
      await start(ids);
      await tx.query('UPDATE webhook_deliveries SET started = true WHERE id = ANY($1::uuid[])', [ids]);
      return ids.length;
    });
  }

  async delivery(id: string, tx?: Tx): Promise<WebhookDeliveryRow | undefined> {
    const rows: DeliveryRecord[] = await (tx ?? this.dataSource).query(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE id = $1`, [id]);
    return rows[0] ? deliveryOf(rows[0]) : undefined;
  }

  /** A delivery with its endpoint as it stands now (deleted or not), in one read: each try makes it. */
  async toSend(id: string): Promise<DeliveryToSend | undefined> {
    const endpointColumns = ENDPOINT_COLUMNS.split(',').map((column) => `e.${column.trim()} AS "e_${column.trim()}"`);
    const deliveryColumns = DELIVERY_COLUMNS.split(',').map((column) => `d.${column.trim()}`);
    const [row] = await this.dataSource.query<(DeliveryRecord & Record<`e_${keyof EndpointRecord}`, unknown>)[]>(
      `SELECT ${[...deliveryColumns, ...endpointColumns].join(', ')}
         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.id = $1`,
      [id],
    );
    if (!row) {
      return undefined;
    }
    const endpoint = Object.fromEntries(Object.entries(row).flatMap(([key, value]) => (key.startsWith('e_') ? [[key.slice(2), value]] : []))) as EndpointRecord;
    return { ...deliveryOf(row), endpoint: { ...endpointOf(endpoint), deleted: endpoint.deleted_at !== null } };
  }

  /**
   * Records one try: its status code (none when the receiver was not reached), and whether it was
   * delivered. The endpoint remembers its last success, and since when it has been failing.
   */
  async recordAttempt(
    id: string,
    attempt: { readonly at: Date; readonly statusCode: number | null; readonly delivered: boolean; readonly error: string | null },
  ) {
    await this.dataSource.transaction('READ COMMITTED', async (tx) => {
      const rows = returned<{ endpoint_id: string }>(
        await tx.query(
          `UPDATE webhook_deliveries
            SET attempts = attempts + 1, last_attempt_at = $2, last_status_code = $3, last_error = $4,
                status = CASE WHEN $5 THEN 'DELIVERED' ELSE status END,
                delivered_at = CASE WHEN $5 THEN $2 ELSE delivered_at END,
                failed_at = CASE WHEN $5 THEN NULL ELSE failed_at END
          WHERE id = $1 RETURNING endpoint_id`,
          [id, attempt.at, attempt.statusCode, attempt.error?.slice(0, 500) ?? null, attempt.delivered],
        ),
      );
      const endpointId = rows[0]?.endpoint_id;
      if (endpointId === undefined) {
        return;
      }
      await tx.query(
        attempt.delivered
          ? 'UPDATE webhook_endpoints SET last_success_at = $2, failing_since = NULL WHERE id = $1'
          : 'UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2) WHERE id = $1',
        [endpointId, attempt.at],
      );
    });
  }

  /**
   * Marks a delivery failed. With `disableFor` (a delivery retried for as long as deliveries are retried,
   * failing throughout), its endpoint is turned off too, for that reason, unless some delivery reached it
   * since this one was made. Says whose endpoint was turned off, if one was.
   */
  async giveUp(
    tx: Tx,
    id: string,
    at: Date,
    disableFor: string | undefined,
  ): Promise<{ readonly disabled?: { readonly endpointId: string; readonly org: string } }> {
    const rows = returned<{ endpoint_id: string; created_at: Date }>(
      await tx.query(`UPDATE webhook_deliveries SET status = 'FAILED', failed_at = $2 WHERE id = $1 AND status = 'PENDING' RETURNING endpoint_id, created_at`, [
        id,
        at,
      ]),
    );
    const failed = rows[0];
    if (!failed || disableFor === undefined) {
      return {};
    }
    const disabled = returned<{ org: string }>(
      await tx.query(
        `UPDATE webhook_endpoints SET disabled_at = $2, disabled_reason = $3
          WHERE id = $1 AND disabled_at IS NULL AND deleted_at IS NULL AND (last_success_at IS NULL OR last_success_at < $4)
          RETURNING org`,
        [failed.endpoint_id, at, disableFor, failed.created_at],
      ),
    );
    return disabled[0] ? { disabled: { endpointId: failed.endpoint_id, org: disabled[0].org } } : {};
  }

  /**
   * Puts a delivery back to be tried again (by hand), whatever became of it, and queued to be handed to
   * Temporal: whoever starts it first (the API at once, or the worker's dispatcher) marks it started.
   */
  async reopen(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE webhook_deliveries SET status = 'PENDING', failed_at = NULL, started = false WHERE id = $1`, [id]);
  }

  async markStarted(id: string): Promise<void> {
    await this.dataSource.query('UPDATE webhook_deliveries SET started = true WHERE id = $1', [id]);
  }

  /** An endpoint's deliveries, newest first, keyset-paginated. */
  async deliveries(endpointId: string, limit: number, before?: { readonly createdAt: Date; readonly id: string }): Promise<WebhookDeliveryRow[]> {
    const rows: DeliveryRecord[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
        WHERE endpoint_id = $1 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      [endpointId, limit, before?.createdAt ?? null, before?.id ?? null],
    );
    return rows.map(deliveryOf);
  }
}

/** The rows an UPDATE … RETURNING gave back: TypeORM's driver answers [rows, count] for an UPDATE. */
function returned<T>(result: unknown[]): T[] {
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}
