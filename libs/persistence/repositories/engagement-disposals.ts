import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DisposalReason, endedAt } from '#domain';
import type { JsonValue } from '#security';

import { EngagementEntity } from '../entities';
import type { EndingActor } from './access-endings';
import { AuditRepository } from './audit.repository';
import { EngagementRepository } from './engagement.repository';
import { EngagementKeys } from './engagement-keys';
import { Tx, UnitOfWork } from './unit-of-work';

/** Who disposes of an engagement's content, why, and under which command. */
export interface Disposal {
  readonly actor: EndingActor;
  readonly reason: DisposalReason;
  readonly commandId: string;
  /** Throws if the rules do not allow the disposal of this engagement now: it is decided on the locked row. */
  readonly decide: (engagement: EngagementEntity, at: Date) => void;
  /** What else its audit event should say (never confidential text). */
  readonly details?: { readonly [key: string]: JsonValue };
}

/**
 * Disposal of an engagement's confidential content: in one transaction, on the locked engagement row,
 * its data key is destroyed, the engagement says when and why, its timeline gains the step at its next
 * version (claimed as that version's receipt, so no late writer follows), and the audit event commits
 * with it. Metadata, digests and the audit chain stay.
 */
@Injectable()
export class EngagementDisposals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly engagements: EngagementRepository,
    private readonly keys: EngagementKeys,
    private readonly audit: AuditRepository,
  ) {}

  /** Disposes of the engagement's content; returns false if there is no such engagement. */
  async dispose(engagementId: string, disposal: Disposal): Promise<boolean> {
    return this.unitOfWork.run(async (tx) => {
      const row = await this.engagements.lock(tx, engagementId);
      if (!row) {
        return false;
      }
      const at = new Date();
      disposal.decide(row, at);
      await this.write(tx, row, at, disposal);
      return true;
    });
  }

  /** Disposed engagements whose workflow histories are still to be deleted from Temporal. */
  async historiesPending(limit: number): Promise<string[]> {
    const rows: { engagement_id: string }[] = await this.dataSource.query(
      `SELECT engagement_id FROM engagement_keys WHERE disposed_at IS NOT NULL AND histories_deleted_at IS NULL ORDER BY disposed_at LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.engagement_id);
  }

  /** The disposed engagement's workflow histories are gone from Temporal. */
  async historiesDeleted(engagementId: string): Promise<void> {
    await this.dataSource.query(`UPDATE engagement_keys SET histories_deleted_at = now() WHERE engagement_id = $1 AND histories_deleted_at IS NULL`, [
      engagementId,
    ]);
  }

  /** Whether the engagement's data key was destroyed. */
  async isDisposed(engagementId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM engagement_keys WHERE engagement_id = $1 AND disposed_at IS NOT NULL`, [engagementId]);
    return rows.length > 0;
  }

  /** The findings and grants whose workflows belong to the engagement. */
  async workflowsOf(engagementId: string): Promise<{ findingIds: string[]; grantIds: string[] }> {
    const findings: { id: string }[] = await this.dataSource.query(`SELECT id FROM findings WHERE engagement_id = $1`, [engagementId]);
    const grants: { id: string }[] = await this.dataSource.query(`SELECT id FROM grants WHERE engagement_id = $1`, [engagementId]);
    return { findingIds: findings.map((f) => f.id), grantIds: grants.map((g) => g.id) };
  }

  private async write(tx: Tx, row: EngagementEntity, at: Date, { actor, reason, commandId, details = {} }: Disposal): Promise<void> {
    const version = row.version + 1;
    await this.audit.claimReceipt(tx, `engagement:${row.id}:v${version}`, commandId);
    await this.keys.destroy(tx, row.id, at);
    await this.engagements.update(tx, row.id, { disposedAt: at, disposalReason: reason, disposedBy: actor.sub, version, updatedAt: at });
    await this.engagements.appendTimeline(tx, {
      engagementId: row.id,
      version,
      eventType: 'DISPOSED',
      fromStage: row.stage,
      toStage: row.stage,
      actorSub: actor.sub,
      occurredAt: at,
      noteSealed: null,
    });
    await this.audit.append(tx, [
      {
        actorSub: actor.sub,
        actorRoles: actor.roles,
        action: 'engagement.disposed',
        engagementId: row.id,
        subjectType: 'engagement',
        subjectId: row.id,
        outcome: reason,
        occurredAt: at,
        details: { reason, stage: row.stage, endedAt: endedAt(row)?.toISOString() ?? null, version, commandId, ...details },
      },
    ]);
  }
}
