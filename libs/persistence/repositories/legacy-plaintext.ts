import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A plaintext column kept from before its value was sealed, with the sealed column that replaces it. */
interface LegacyColumn {
  readonly table: string;
  /** SQL for the row's id as the sealed location names it. */
  readonly id: string;
  readonly plaintext: string;
  readonly sealed: string;
  /** How a row is found again to write it back. */
  readonly where: string;
}

export type LegacyField = 'windowAccessEndpoint' | 'partnerAccessEndpoint' | 'termsText';

const LEGACY: Record<LegacyField, LegacyColumn> = {
  windowAccessEndpoint: {
    table: 'engagements',
    id: 'id::text',
    plaintext: 'window_access_endpoint',
    sealed: 'window_access_endpoint_sealed',
    where: 'id::text = $1',
  },
  partnerAccessEndpoint: {
    table: 'engagements',
    id: 'id::text',
    plaintext: 'partner_access_endpoint',
    sealed: 'partner_access_endpoint_sealed',
    where: 'id::text = $1',
  },
  termsText: {
    table: 'partner_terms',
    id: `engagement_id::text || ' ' || version`,
    plaintext: 'text',
    sealed: 'text_sealed',
    where: `engagement_id::text || ' ' || version = $1`,
  },
};

const BATCH = 500;

/**
 * Text that was kept in plaintext before it was sealed (migration 1795400000002): sealed with the
 * caller's cipher, written to its sealed column, and the plaintext emptied, a batch per transaction.
 */
@Injectable()
export class LegacyPlaintext {
  constructor(private readonly dataSource: DataSource) {}

  /** Seals every legacy value; returns how many of each. `seal` gets the field, the row's id and the text. */
  async sealAll(seal: (field: LegacyField, id: string, text: string) => string): Promise<Record<LegacyField, number>> {
    const counts = { windowAccessEndpoint: 0, partnerAccessEndpoint: 0, termsText: 0 };
    for (const field of Object.keys(LEGACY) as LegacyField[]) {
      const c = LEGACY[field];
      for (;;) {
        const sealed = await this.dataSource.transaction(async (tx) => {
          const rows: { id: string; text: string }[] = await tx.query(
            `SELECT ${c.id} AS id, ${c.plaintext} AS text FROM ${c.table} WHERE ${c.plaintext} IS NOT NULL LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          );
          for (const row of rows) {
            // A value already sealed (written anew since) wins over the old plaintext.
            await tx.query(`UPDATE ${c.table} SET ${c.sealed} = COALESCE(${c.sealed}, $2), ${c.plaintext} = NULL WHERE ${c.where}`, [
              row.id,
              seal(field, row.id, row.text),
            ]);
          }
          return rows.length;
        });
        counts[field] += sealed;
        if (sealed < BATCH) {
          break;
        }
      }
    }
    return counts;
  }
}
