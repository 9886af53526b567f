import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What ended, in one developer organization's engagements, so that tokens of it stop working at its gateways. */
export interface Revocations {
  /** Grants that ended: every partner token naming one is void. */
  readonly grants: string[];
  /** Engagements whose pre-release window ended: every reviewer token naming one is void. */
  readonly windows: string[];
  /** Tokens, not expired yet, whose holder's access ended on its own: a reviewer unassigned or recused, a person disabled. */
  readonly jtis: string[];
}

/** The revocation feed's questions: each an index range over when things ended. */
@Injectable()
export class RevocationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What ended in `developerOrg`'s engagements after `since`, as of the database's `now` (returned with it). */
  async since(developerOrg: string, since: Date): Promise<Revocations & { now: Date }> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const clock: { now: Date }[] = await tx.query(`SELECT now() AS now`);
      const now = clock[0]!.now;
      const grants: { id: string }[] = await tx.query(
        `SELECT g.id FROM grants g JOIN engagements e ON e.id = g.engagement_id
          WHERE g.ended_at > $2 AND e.developer_org = $1 ORDER BY g.id`,
        [developerOrg, since],
      );
      const windows: { id: string }[] = await tx.query(`SELECT id FROM engagements WHERE window_ended_at > $2 AND developer_org = $1 ORDER BY id`, [
        developerOrg,
        since,
      ]);
      const jtis: { jti: string }[] = await tx.query(
        `SELECT t.jti FROM engagement_reviewers r
           JOIN engagements e ON e.id = r.engagement_id AND e.developer_org = $1
           JOIN access_tokens t ON t.engagement_id = r.engagement_id AND t.subject_sub = r.reviewer_sub AND t.grant_id IS NULL AND t.expires_at > $3
          WHERE r.ended_at > $2
         UNION
         SELECT t.jti FROM people p
           JOIN access_tokens t ON t.subject_sub = p.sub AND t.expires_at > $3
           JOIN engagements e ON e.id = t.engagement_id AND e.developer_org = $1
          WHERE p.disabled_at > $2
         ORDER BY 1`,
        [developerOrg, since, now],
      );
      return { now, grants: grants.map((r) => r.id), windows: windows.map((r) => r.id), jtis: jtis.map((r) => r.jti) };
    });
  }
}
