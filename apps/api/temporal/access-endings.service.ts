import { Injectable } from '@nestjs/common';

import {
  AccessEnding,
  decideAccessEnding,
  DomainErrorCode,
  DomainRuleError,
  EngagementCommandType,
  GrantEndReason,
  GrantStatus,
  WindowEndReason,
} from '#domain';
import {
  AccessEndings,
  AuditRepository,
  EngagementEntity,
  EngagementKeys,
  EngagementRepository,
  GrantRepository,
  GrantWithContext,
  Tx,
  UnitOfWork,
} from '#persistence';
import { contentDigest, JsonValue, SEALED_AT, sealedAt } from '#security';

import type { CommandContext } from '../common/command-context.decorator';
import { ResourceException } from '../errors/api-errors';

/** Said in the audit event of an ending recorded without the workflow, so an auditor sees which path it took. */
const WITHOUT_WORKFLOW = { workflow: 'NOT_RUNNING' } as const;

/**
 * Withdrawal and revocation when the workflow behind them is not running (terminated, or reset out of
 * step): decided on the record by the same rules, and written to it with the same rows and audit events
 * the workflow's projection writes. Tokens follow at once: the change drops what introspection kept of them.
 * The engagement's next version is claimed as a receipt, so a workflow brought back later cannot write
 * over the ending.
 */
@Injectable()
export class AccessEndingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly engagements: EngagementRepository,
    private readonly grants: GrantRepository,
    private readonly endings: AccessEndings,
    private readonly audit: AuditRepository,
    private readonly keys: EngagementKeys,
  ) {}

  /** The developer withdraws: every grant ends, pending nominations are cancelled, an open window ends. */
  async withdraw(ctx: CommandContext, engagementId: string, reason: string | undefined): Promise<void> {
    await this.onRecord(ctx, engagementId, EngagementCommandType.Withdraw, async (tx, row, at) => {
      const { grantsEnded } = await this.endings.endEverything(tx, engagementId, GrantEndReason.EngagementWithdrawn, at, ctx.actor);
      await this.engagements.update(tx, engagementId, {
        withdrawnAt: at,
        withdrawalReasonSealed: (await this.keys.sealerFor(engagementId, tx)).sealOptional(reason, sealedAt('engagements', 'withdrawal_reason', engagementId)),
        overdue: false,
        ...(row.windowOpenedAt !== null && row.windowEndedAt === null ? { windowEndedAt: at, windowEndReason: WindowEndReason.Withdrawn } : {}),
      });
      return { type: 'WITHDRAWN', details: { stageAtWithdrawal: row.stage, grantsEnded } };
    });
  }

  /** Every open grant of the engagement (or of one sector) is revoked; returns how many. */
  async revokeGrants(ctx: CommandContext, engagementId: string, sector: string | undefined, reason: string): Promise<number> {
    let revoked = 0;
    await this.onRecord(ctx, engagementId, EngagementCommandType.RevokeGrants, async (tx, _row, at) => {
      const reasonDigest = contentDigest(reason);
      revoked = await this.endings.endAll(tx, engagementId, sector ?? null, GrantEndReason.Revoked, at, ctx.actor, { reasonDigest });
      return { type: 'GRANTS_REVOKED', details: { revoked, reasonDigest, ...(sector ? { sector } : {}) }, note: reason };
    });
    return revoked;
  }

  /** One grant is revoked; one that has ended already is refused as the workflow would refuse it. */
  async revokeGrant(ctx: CommandContext, grant: GrantWithContext, reason: string | undefined): Promise<void> {
    const at = new Date();
    await this.unitOfWork.run(async (tx) => {
      const note = await this.keys.sealOptional(grant.engagementId, tx, reason, SEALED_AT.grantEndNote(grant.id));
      if (!(await this.grants.end(tx, grant.id, GrantStatus.Revoked, GrantEndReason.Revoked, at, note))) {
        throw new DomainRuleError(DomainErrorCode.GrantNotUsable, 'the grant has ended');
      }
      await this.audit.append(tx, [
        {
          actorSub: ctx.actor.sub,
          actorRoles: ctx.actor.roles,
          action: 'grant.revoked',
          engagementId: grant.engagementId,
          subjectType: 'grant',
          subjectId: grant.id,
          outcome: GrantStatus.Revoked,
          occurredAt: at,
          details: {
            partnerId: grant.partnerId,
            endReason: GrantEndReason.Revoked,
            ...(reason ? { reasonDigest: contentDigest(reason) } : {}),
            commandId: ctx.commandId,
            ...WITHOUT_WORKFLOW,
          },
        },
      ]);
    });
  }

  /**
   * One ending of access on the locked engagement row: decided on the record, at its next version
   * (claimed as that version's receipt), with its timeline entry and its audit event.
   */
  private async onRecord(
    ctx: CommandContext,
    engagementId: string,
    command: AccessEnding,
    write: (tx: Tx, row: EngagementEntity, at: Date) => Promise<{ type: 'WITHDRAWN' | 'GRANTS_REVOKED'; details: { [key: string]: JsonValue }; note?: string }>,
  ): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const row = (await this.engagements.lock(tx, engagementId)) ?? this.notFound();
      const toStage = decideAccessEnding(row, command, ctx.actor);
      const version = row.version + 1;
      const at = new Date();
      await this.audit.claimReceipt(tx, `engagement:${engagementId}:v${version}`, ctx.commandId);
      const { type, details, note } = await write(tx, row, at);
      await this.engagements.update(tx, engagementId, { stage: toStage, version, updatedAt: at });
      await this.engagements.appendTimeline(tx, {
        engagementId,
        version,
        eventType: type,
        fromStage: row.stage,
        toStage,
        actorSub: ctx.actor.sub,
        occurredAt: at,
        noteSealed: note ? (await this.keys.sealerFor(engagementId, tx)).seal(note, SEALED_AT.timelineNote(engagementId, version)) : null,
      });
      await this.audit.append(tx, [
        {
          actorSub: ctx.actor.sub,
          actorRoles: ctx.actor.roles,
          action: `engagement.${type.toLowerCase()}`,
          engagementId,
          subjectType: 'engagement',
          subjectId: engagementId,
          outcome: 'ACCEPTED',
          occurredAt: at,
          details: { ...details, fromStage: row.stage, toStage, version, commandId: ctx.commandId, ...WITHOUT_WORKFLOW },
        },
      ]);
    });
  }

  private notFound(): never {
    throw new ResourceException('engagement');
  }
}
