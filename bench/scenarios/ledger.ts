import { Client as PgClient } from 'pg';

import { people } from '../engagement';
import { Bench, must, ScenarioResult } from '../harness';

interface LedgerCounts {
  /** State changes audited with the command that made them (`details.commandId`). */
  readonly audited: number;
  /** Activity receipts: proof that a workflow's write committed. */
  readonly receipts: number;
  /** Versions of one engagement or grant audited more than once. */
  readonly doubled: number;
  /** Audited changes without their receipt, or whose receipt names another command. */
  readonly unreceipted: number;
  /**
   * Receipts with no event: a grant workflow confirming an end that a bulk revocation or the engagement's
   * end had already written and audited (per grant) in PostgreSQL.
   */
  readonly confirmations: number;
  /** Receipts with no event that are not such a confirmation: a change written but never audited. */
  readonly unaudited: number;
  readonly grantsExpired: number;
  /** Grants EXPIRED without exactly one `grant.expired` event, or with one (or more) without being EXPIRED. */
  readonly expiryMismatches: number;
  readonly grantsActive: number;
}

/**
 * Every engagement and grant change the run made, counted from the database: each audited change
 * (`<kind>:<id>:v<version>`, with its command) has exactly one activity receipt naming the same command,
 * and every receipt is either audited or confirms a grant's end audited in bulk; as the fault tests hold
 * for a few, here for everything the run wrote.
 */
async function ledgerCounts(ownerUrl: string): Promise<LedgerCounts> {
  const db = new PgClient({ connectionString: ownerUrl });
  await db.connect();
  try {
    const [row] = (
      await db.query<Record<keyof LedgerCounts, string>>(
        `WITH e AS (SELECT subject_type || ':' || subject_id || ':v' || (details->>'version') AS key, details->>'commandId' AS command_id
                      FROM audit_events
                     WHERE subject_type IN ('engagement', 'grant') AND details ? 'commandId' AND details ? 'version'),
              r AS (SELECT key, command_id, split_part(key, ':', 1) AS kind, split_part(key, ':', 2) AS subject,
                           substring(key from ':v([0-9]+)$')::int AS version
                      FROM activity_receipts WHERE key ~ '^(engagement|grant):[^:]+:v[0-9]+$'),
              rl AS (SELECT r.*, max(version) OVER (PARTITION BY kind, subject) AS last_version FROM r),
              once AS (SELECT key, min(command_id) AS command_id, count(*) AS n FROM e GROUP BY key),
              bare AS (SELECT rl.* FROM rl LEFT JOIN once USING (key) WHERE once.key IS NULL),
              bulk_ended AS (SELECT DISTINCT subject_id FROM audit_events
                              WHERE subject_type = 'grant' AND action IN ('grant.expired', 'grant.revoked', 'grant.lapsed') AND details->>'bulk' = 'true'),
              -- A bare receipt is a confirmation only when it is its grant's last, the grant has ended, and that end
              -- was audited in bulk on the grant itself.
              confirmed AS (
                SELECT bare.key FROM bare
                  JOIN grants g ON bare.kind = 'grant' AND g.id::text = bare.subject AND g.status IN ('EXPIRED', 'REVOKED', 'LAPSED')
                  JOIN bulk_ended b ON b.subject_id = bare.subject
                 WHERE bare.version = bare.last_version),
              expiries AS (SELECT subject_id, count(*) AS n FROM audit_events WHERE action = 'grant.expired' GROUP BY subject_id)
         SELECT (SELECT count(*) FROM e) AS audited,
                (SELECT count(*) FROM r) AS receipts,
                (SELECT count(*) FROM once WHERE n > 1) AS doubled,
                (SELECT count(*) FROM once LEFT JOIN r USING (key) WHERE r.command_id IS DISTINCT FROM once.command_id) AS unreceipted,
                (SELECT count(*) FROM confirmed) AS confirmations,
                (SELECT count(*) FROM bare) - (SELECT count(*) FROM confirmed) AS unaudited,
                (SELECT count(*) FROM grants WHERE status = 'EXPIRED') AS "grantsExpired",
                (SELECT count(*) FROM grants g FULL JOIN expiries x ON x.subject_id = g.id::text
                  WHERE CASE WHEN g.status = 'EXPIRED' THEN coalesce(x.n, 0) <> 1 ELSE coalesce(x.n, 0) > 0 END) AS "expiryMismatches",
                (SELECT count(*) FROM grants WHERE status = 'ACTIVE') AS "grantsActive"`,
      )
    ).rows;
    return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as unknown as LedgerCounts;
  } finally {
    await db.end();
  }
}

/**
 * Run after the scenarios that change state, and above all with `--apis 2 --workers 2`: every state
 * change audited once against its receipt, every expired grant's expiry audited once, and the hash
 * chain verified through the API.
 */
export async function ledger(bench: Bench): Promise<ScenarioResult> {
  const who = await people(bench);
  const counts = await ledgerCounts(bench.stack.ownerDatabaseUrl);
  const verified = await must<{ ok: boolean; checked: number }>(bench.stack.apiUrl, 'GET', '/v1/audit/verify', who.auditor);
  const once = counts.doubled === 0 && counts.unreceipted === 0 && counts.unaudited === 0;
  return {
    scenario: 'every change once',
    figures: {
      ...counts,
      chainChecked: verified.checked,
      apis: bench.stack.apiUrls.length,
      workers: [...bench.stack.processes.keys()].filter((name) => name.startsWith('worker')).length,
    },
    baseline: {},
    ratios: {},
    targets: [
      {
        name: 'audit events equal activity receipts, one each',
        ok: once,
        detail: `${counts.audited} audited changes, ${counts.receipts} receipts (${counts.confirmations} confirming ends audited in bulk), ${counts.doubled} doubled, ${counts.unreceipted} without their receipt, ${counts.unaudited} never audited`,
      },
      {
        name: 'every expired grant audited as expired once, and no other',
        ok: counts.expiryMismatches === 0,
        detail: `${counts.grantsExpired} expired grants, ${counts.expiryMismatches} without exactly one grant.expired event or with one while not expired`,
      },
      { name: 'the audit chain verifies', ok: verified.ok, detail: `${verified.checked} events checked` },
    ],
    notes: ['counted over everything the run wrote, before and after any --apis/--workers processes joined'],
  };
}
