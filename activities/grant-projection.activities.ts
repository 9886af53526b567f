import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';

import { ActivityFailureType, EndGrantInput, GrantActivities, RecordAcceptanceInput, RecordedAcceptance } from '#contracts';
import { grantEnded, GrantStatus } from '#domain';
import { AuditRepository, EngagementKeys, GrantRepository, Tx, UnitOfWork } from '#persistence';
import { contentDigest, SEALED_AT } from '#security';

import { failFastOnPermanentErrors } from './activity-failures';

const ACTIONS: Partial<Record<GrantStatus, string>> = {
  [GrantStatus.Expired]: 'grant.expired',
  [GrantStatus.Revoked]: 'grant.revoked',
  [GrantStatus.Lapsed]: 'grant.lapsed',
};

/** The grant workflow's writes: each with its audit event, once per grant version. */
@Injectable()
export class GrantProjectionActivities implements GrantActivities {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly grants: GrantRepository,
    private readonly audit: AuditRepository,
    private readonly keys: EngagementKeys,
  ) {}

  async recordGrantAcceptance({ state, actor, commandId }: RecordAcceptanceInput): Promise<RecordedAcceptance> {
    const { activatedAt, expiresAt, acceptedTermsVersion: termsVersion } = state;
    if (activatedAt === undefined || expiresAt === undefined || termsVersion === undefined) {
      throw new Error('an acceptance arrived for a grant that is not active');
    }
    const at = new Date();
    return this.transaction(async (tx): Promise<RecordedAcceptance> => {
      if (!(await this.audit.claimReceipt(tx, `grant:${state.grantId}:v${state.version}`, commandId))) {
        // Written by an earlier attempt of this same command: answer with what it wrote.
        const written = await this.grants.find(state.grantId, tx);
        if (!written?.activatedAt || !written.expiresAt) {
          throw new Error(`grant ${state.grantId} has a receipt for its acceptance but no activation`);
        }
        return { activatedAt: written.activatedAt.getTime(), expiresAt: written.expiresAt.getTime() };
      }
      const recorded = await this.grants.recordAcceptance(tx, state.grantId, {
        termsVersion,
        at,
        activatedAt: new Date(activatedAt),
        expiresAt: new Date(expiresAt),
      });
      if (!recorded) {
        // It lapsed or was revoked in the read model (in bulk) while this acceptance was on its way.
        throw ApplicationFailure.nonRetryable('the grant ended before its acceptance could be recorded', ActivityFailureType.GrantClosed);
      }
      await this.audit.append(tx, [
        {
          actorSub: actor.sub,
          actorRoles: actor.roles,
          action: 'grant.accepted',
          engagementId: state.engagementId,
          subjectType: 'grant',
          subjectId: state.grantId,
          outcome: 'ACTIVE',
          occurredAt: at,
          details: {
            partnerId: state.partnerId,
            termsVersion,
            expiresAt: new Date(expiresAt).toISOString(),
            version: state.version,
            commandId,
          },
        },
      ]);
      return { activatedAt, expiresAt };
    });
  }

  /**
   * Ends the grant and reads it back: the activity succeeds only once the read model says the grant
   * has ended, so Temporal retries it until revocation is confirmed.
   */
  async endGrant({ state, actorSub, actorRoles, reason, commandId }: EndGrantInput): Promise<void> {
    const action = ACTIONS[state.status];
    if (!action || state.endedAt === undefined || state.endReason === undefined) {
      throw new Error(`a grant end arrived with status ${state.status}`);
    }
    await this.transaction(async (tx) => {
      if (!(await this.audit.claimReceipt(tx, `grant:${state.grantId}:v${state.version}`, commandId))) {
        return;
      }
      // Most ends carry no note: only then is the engagement's key looked up.
      const note = await this.keys.sealOptional(state.engagementId, tx, reason, SEALED_AT.grantEndNote(state.grantId));
      if (!(await this.grants.end(tx, state.grantId, state.status, state.endReason!, new Date(state.endedAt!), note))) {
        // Already ended in the read model by a bulk revocation or the engagement's end, which was audited then.
        return;
      }
      await this.audit.append(tx, [
        {
          actorSub,
          actorRoles,
          action,
          engagementId: state.engagementId,
          subjectType: 'grant',
          subjectId: state.grantId,
          outcome: state.status,
          occurredAt: new Date(state.endedAt!),
          details: {
            partnerId: state.partnerId,
            endReason: state.endReason!,
            ...(reason ? { reasonDigest: contentDigest(reason) } : {}),
            version: state.version,
            commandId,
          },
        },
      ]);
    });
    const after = await this.grants.find(state.grantId);
    if (!after || !grantEnded(after.status)) {
      throw new Error(`grant ${state.grantId} does not yet read back as ended`);
    }
  }

  private transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return failFastOnPermanentErrors(() => this.unitOfWork.run(work));
  }
}
