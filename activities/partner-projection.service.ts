import { Injectable } from '@nestjs/common';

import type { EventContent } from '#contracts';
import { EngagementEvent, GrantEndReason, MAX_NOMINATION_PARTNERS, NominationStatus } from '#domain';
import {
  AccessEndings,
  EndingActor,
  EngagementKeys,
  EngagementRepository,
  GrantRepository,
  NominationRepository,
  PartnerTermsRepository,
  Tx,
} from '#persistence';
import { contentDigest, type JsonValue, SEALED_AT } from '#security';

type PartnerEvent = Extract<
  EngagementEvent,
  {
    type:
      | 'PARTNERS_NOMINATED'
      | 'NOMINATION_APPROVED'
      | 'NOMINATION_DECLINED'
      | 'NOMINATION_EXPIRED'
      | 'TERMS_PUBLISHED'
      | 'GRANTS_REVOKED'
      | 'GRANTS_LAPSED'
      | 'GRANTS_EXPIRED';
  }
>;

/** Who made an engagement event happen, for the audit events of the grants it ends. */
export type EventActor = EndingActor;

/** The trusted-partner part of the engagement read model: nominations, grants and terms. */
@Injectable()
export class PartnerProjectionService {
  constructor(
    private readonly engagements: EngagementRepository,
    private readonly nominations: NominationRepository,
    private readonly grants: GrantRepository,
    private readonly terms: PartnerTermsRepository,
    private readonly endings: AccessEndings,
    private readonly keys: EngagementKeys,
  ) {}

  /** Writes a partner event; returns what its audit event should say. */
  async project(tx: Tx, engagementId: string, at: Date, event: PartnerEvent, content: EventContent, actor: EventActor): Promise<{ [key: string]: JsonValue }> {
    switch (event.type) {
      case 'PARTNERS_NOMINATED': {
        const nomination = required(content.nomination, 'a nomination arrived without its selection');
        await this.nominations.insert(tx, {
          id: event.nominationId,
          engagementId,
          side: event.side,
          nominatedBy: event.actorSub,
          nominatedAt: at,
          answerBy: new Date(event.deadline),
          status: NominationStatus.Pending,
          durationDays: nomination.durationDays,
          accessEndsAt: nomination.accessEndsAt === undefined ? null : new Date(nomination.accessEndsAt),
          scopes: [...nomination.scopes],
          filter: nomination.filter ? { ...nomination.filter } : null,
          partnerCount: 0,
        });
        const partnerCount = nomination.partnerIds
          ? await this.nominations.addListedPartners(tx, event.nominationId, nomination.partnerIds)
          : await this.nominations.addFilteredPartners(tx, event.nominationId, nomination.filter ?? {}, MAX_NOMINATION_PARTNERS);
        await this.nominations.setPartnerCount(tx, event.nominationId, partnerCount);
        return {
          nominationId: event.nominationId,
          side: event.side,
          deadline: new Date(event.deadline).toISOString(),
          partnerCount,
          durationDays: nomination.durationDays,
          ...(nomination.accessEndsAt === undefined ? {} : { accessEndsAt: new Date(nomination.accessEndsAt).toISOString() }),
          scopes: [...nomination.scopes],
          answerBy: new Date(event.deadline).toISOString(),
          ...(nomination.filter ? { filter: { ...nomination.filter } } : {}),
        };
      }
      case 'NOMINATION_APPROVED': {
        const nomination = await this.nominations.find(engagementId, event.nominationId);
        // An approval decided by workflow code from before the event carried its deadline sent it as content.
        const acceptBy = event.acceptBy ?? required(content.acceptBy, 'an approval arrived without an acceptance deadline');
        if (!nomination) {
          throw new Error(`nomination ${event.nominationId} is not in the read model`);
        }
        await this.nominations.decide(tx, event.nominationId, NominationStatus.Approved, event.actorSub, at);
        const grantsCreated = await this.grants.createFromNomination(tx, {
          nominationId: event.nominationId,
          engagementId,
          durationDays: nomination.durationDays,
          accessEndsAt: nomination.accessEndsAt,
          scopes: nomination.scopes,
          acceptBy: new Date(acceptBy),
          now: at,
        });
        return { nominationId: event.nominationId, grantsCreated, acceptBy: new Date(acceptBy).toISOString() };
      }
      case 'NOMINATION_DECLINED':
        await this.nominations.decide(tx, event.nominationId, NominationStatus.Declined, event.actorSub, at);
        return { nominationId: event.nominationId };
      case 'NOMINATION_EXPIRED':
        await this.nominations.decide(tx, event.nominationId, NominationStatus.Expired, 'system', at);
        return { nominationId: event.nominationId };
      case 'TERMS_PUBLISHED': {
        const terms = required(content.terms, 'terms arrived without their text');
        const hash = contentDigest(terms.text);
        const cipher = await this.keys.sealerFor(engagementId, tx);
        await this.terms.insert(tx, {
          engagementId,
          version: event.version,
          textSealed: cipher.seal(terms.text, SEALED_AT.termsText(engagementId, event.version)),
          hash,
          publishedBy: event.actorSub,
          publishedAt: at,
        });
        await this.engagements.update(tx, engagementId, {
          currentTermsVersion: event.version,
          ...(terms.accessEndpoint ? { partnerAccessEndpointSealed: cipher.seal(terms.accessEndpoint, SEALED_AT.partnerAccessEndpoint(engagementId)) } : {}),
        });
        return { version: event.version, hash, ...(terms.accessEndpoint ? { accessEndpointDigest: contentDigest(terms.accessEndpoint) } : {}) };
      }
      case 'GRANTS_LAPSED': {
        const lapsed = await this.grants.lapseUnaccepted(tx, event.nominationId, at);
        await this.endings.auditEach(tx, engagementId, lapsed, 'grant.lapsed', 'LAPSED', at, actor, {
          endReason: GrantEndReason.NotAccepted,
          nominationId: event.nominationId,
        });
        return { nominationId: event.nominationId, lapsed: lapsed.length };
      }
      case 'GRANTS_EXPIRED': {
        const expired = await this.grants.expireShared(tx, event.nominationId, at);
        await this.endings.auditEach(tx, engagementId, expired, 'grant.expired', 'EXPIRED', at, actor, {
          endReason: GrantEndReason.Expired,
          nominationId: event.nominationId,
        });
        return { nominationId: event.nominationId, expired: expired.length };
      }
      case 'GRANTS_REVOKED': {
        const revocation = required(content.revocation, 'a revocation arrived without its reason');
        // The reason itself is sealed on the timeline entry; the trail says only its digest.
        const reasonDigest = contentDigest(revocation.reason);
        const revoked = await this.endings.endAll(tx, engagementId, revocation.sector ?? null, GrantEndReason.Revoked, at, actor, { reasonDigest });
        return { revoked, reasonDigest, ...(revocation.sector ? { sector: revocation.sector } : {}) };
      }
    }
  }

  /** Withdrawal and closure end every grant and cancel what is pending, in the same transaction. */
  endEverything(tx: Tx, engagementId: string, reason: GrantEndReason, at: Date, actor: EventActor): Promise<{ grantsEnded: number }> {
    return this.endings.endEverything(tx, engagementId, reason, at, actor);
  }
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) {
    throw new Error(message);
  }
  return value;
}
