import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { AppConfig } from '../../../../libs/config';
import { ACCESS_TOKEN_TYPE, AccessTokenClaims, REVIEWER_SCOPES, TokenUse } from '../../../../libs/contracts';
import { Actor, EngagementStage, reviewerAccessRefusal } from '../../../../libs/domain';
import { AccessTokenEntity, AccessTokenRepository, AuditRepository, EngagementEntity, EngagementRepository, Tx, UnitOfWork } from '../../../../libs/persistence';
import { ACCESS_TOKEN_ALG } from '../../../../libs/security';
import type { CommandContext } from '../../common/command-context.decorator';
import { EngagementAccess } from '../engagements/engagement-access.service';
import { uuidFor } from '../engagements/engagements.service';
import { AccessTokenDto } from './dto/tokens.dto';
import { SigningKeys } from './signing-keys.service';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** Facts for the access rules, from the read model. */
export function reviewerAccessFacts(engagement: EngagementEntity, reviewers: readonly string[], attested: readonly string[]) {
  return {
    stage: engagement.stage as EngagementStage,
    windowClosesAt: engagement.windowClosesAt?.getTime() ?? null,
    windowEndedAt: engagement.windowEndedAt?.getTime() ?? null,
    reviewers,
    attested,
  };
}

/**
 * Issues pre-release access tokens to reviewers. Each issuance records the token's id (never the
 * token) and its audit event in one transaction. A repeat with the same Idempotency-Key gets the
 * same token id and claims back, signed again, rather than a second token.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly config: AppConfig,
    private readonly access: EngagementAccess,
    private readonly engagements: EngagementRepository,
    private readonly tokens: AccessTokenRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly signingKeys: SigningKeys,
  ) {}

  async issueReviewerToken(ctx: CommandContext, engagementId: string): Promise<AccessTokenDto> {
    const now = Date.now();
    return this.unitOfWork.run(async (tx) => {
      const { roster } = this.access.check(ctx.actor, await this.engagements.findRoster(engagementId, tx));
      const engagement = roster.engagement;
      const jti = ctx.idempotent ? uuidFor(ctx.commandId, 'access-token') : randomUUID();
      const earlier = ctx.idempotent ? await this.tokens.find(jti, tx) : null;
      const refusal = reviewerAccessRefusal(reviewerAccessFacts(engagement, roster.reviewers, roster.attested), ctx.actor.sub, now);
      if (refusal) {
        throw refusal;
      }
      const record = earlier ?? (await this.record(tx, ctx.actor, engagement, jti, now));
      return this.sign(record, engagement);
    });
  }

  private async record(tx: Tx, actor: Actor, engagement: EngagementEntity, jti: string, now: number): Promise<AccessTokenEntity> {
    const { kid } = await this.signingKeys.current();
    // Short-lived, and never outliving the window it belongs to.
    const expiresAt = Math.min(now + this.config.tokens.ttlMs, engagement.windowClosesAt?.getTime() ?? now);
    const record: AccessTokenEntity = {
      jti,
      engagementId: engagement.id,
      kind: TokenUse.PreReleaseReview,
      subjectSub: actor.sub,
      subjectOrg: actor.org,
      scope: REVIEWER_SCOPES,
      kid,
      issuedAt: new Date(seconds(now) * 1000),
      expiresAt: new Date(seconds(expiresAt) * 1000),
    };
    if (!(await this.tokens.insertOnce(tx, record))) {
      // A concurrent repeat of the same command recorded it first: answer with that one.
      const first = await this.tokens.find(jti, tx);
      if (first) {
        return first;
      }
    }
    await this.audit.append(tx, [
      {
        actorSub: actor.sub,
        actorRoles: actor.roles,
        action: 'access_token.issued',
        engagementId: engagement.id,
        subjectType: 'access_token',
        subjectId: jti,
        outcome: 'ISSUED',
        details: { jti, kid, tokenUse: record.kind, reviewer: actor.sub, scope: record.scope, expiresAt: record.expiresAt.toISOString() },
      },
    ]);
    return record;
  }

  private async sign(record: AccessTokenEntity, engagement: EngagementEntity): Promise<AccessTokenDto> {
    const { kid, key } = await this.signingKeys.current();
    const claims: AccessTokenClaims = {
      token_use: TokenUse.PreReleaseReview,
      scope: record.scope,
      org: record.subjectOrg,
      engagement_id: engagement.id,
      artifact_digest: engagement.windowArtifactDigest ?? '',
    };
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.config.tokens.issuer)
      .setSubject(record.subjectSub)
      .setAudience(engagement.windowAccessEndpoint ?? '')
      .setJti(record.jti)
      .setIssuedAt(seconds(record.issuedAt.getTime()))
      .setNotBefore(seconds(record.issuedAt.getTime()))
      .setExpirationTime(seconds(record.expiresAt.getTime()))
      .sign(key);
    return { token, tokenType: 'Bearer', expiresAt: record.expiresAt.toISOString(), scope: record.scope };
  }
}
