import { Injectable } from '@nestjs/common';

import type { JsonValue } from '#security';

import { AuditRepository } from './audit.repository';
import { GrantRepository } from './grant.repository';
import { NominationRepository } from './nomination.repository';
import { Tx } from './unit-of-work';

/** Who made access end, for the audit events of the grants it ended. */
export interface EndingActor {
  readonly sub: string;
  readonly roles: readonly string[];
}

/**
 * Ending partners' access in the read model, with an audit event per grant, in the caller's
 * transaction. The engagement's projection does it for withdrawal, closure and bulk revocation; the
 * API does the same when the engagement's workflow is not running, so ending access never waits on it.
 */
@Injectable()
export class AccessEndings {
  constructor(
    private readonly grants: GrantRepository,
    private readonly nominations: NominationRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Withdrawal and closure end every grant and cancel what is pending. */
  async endEverything(tx: Tx, engagementId: string, reason: string, at: Date, actor: EndingActor): Promise<{ grantsEnded: number }> {
    const grantsEnded = await this.endAll(tx, engagementId, null, reason, at, actor);
    await this.nominations.cancelPending(tx, engagementId, at);
    return { grantsEnded };
  }

  /**
   * Ends the open grants (of one sector, or all) in one statement and gives each its own audit event:
   * a grant's trail shows how it ended even when thousands ended together.
   */
  async endAll(
    tx: Tx,
    engagementId: string,
    sector: string | null,
    reason: string,
    at: Date,
    actor: EndingActor,
    details: { [key: string]: JsonValue } = {},
  ): Promise<number> {
    const ended = await this.grants.endAll(tx, engagementId, sector, reason, at);
    await this.auditEach(tx, engagementId, ended, 'grant.revoked', 'REVOKED', at, actor, { endReason: reason, ...details });
    return ended.length;
  }

  /** One audit event per grant a bulk step ended, in the step's transaction. */
  async auditEach(
    tx: Tx,
    engagementId: string,
    grants: readonly { readonly id: string; readonly partnerId: string }[],
    action: string,
    outcome: string,
    at: Date,
    actor: EndingActor,
    details: { [key: string]: JsonValue },
  ): Promise<void> {
    await this.audit.append(
      tx,
      grants.map((grant) => ({
        actorSub: actor.sub,
        actorRoles: actor.roles,
        action,
        engagementId,
        subjectType: 'grant',
        subjectId: grant.id,
        outcome,
        occurredAt: at,
        details: { partnerId: grant.partnerId, bulk: true, ...details },
      })),
    );
  }
}
