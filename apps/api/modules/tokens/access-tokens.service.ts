import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';

import { AppConfig } from '#config';
import { ACCESS_TOKEN_TYPE, AccessTokenClaims, REVIEWER_SCOPES, TokenUse } from '#contracts';
import { Actor, DomainErrorCode, DomainRuleError, GrantStatus, reviewerAccessRefusal } from '#domain';
import { AccessTokenEntity, AccessTokenRepository, AuditRepository, EngagementKeys, EngagementRepository, Tx, UnitOfWork } from '#persistence';
import { ACCESS_TOKEN_ALG, GrantView, partnerEndpointOf, windowEndpointOf } from '#security';

import { grantStatus, reviewerAccessFacts } from '../../auth/access-facts';
import { EngagementAccessService } from '../../auth/engagement-access.service';
import { GrantAccessService } from '../../auth/grant-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException } from '../../errors/api-errors';
import { AccessTokenDto } from './dto/tokens.dto';
import { Signer, SigningKeysService } from './signing-keys.service';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** What a token grants, decided (and checked) inside the issuing transaction. */
interface TokenPlan {
  readonly kind: TokenUse;
  readonly engagementId: string;
  readonly grantId: string | null;
  readonly scope: string;
  readonly audience: string;
  readonly artifactDigest: string | null;
  /** The token never outlives what it grants access under (the window, or the grant). */
  readonly notAfter: number;
}

/**
 * Issues access tokens for the developer's model gateway: to reviewers during the window, and to
 * partners under an active grant. Each issuance records the token's id (never the token) and its
 * audit event in one transaction; the token is signed after that commits. A repeat with the same
 * Idempotency-Key gets the same token id and claims back, signed again, while it lives.
 */
@Injectable()
export class AccessTokensService {
  constructor(
    private readonly keys: EngagementKeys,
    private readonly config: AppConfig,
    private readonly engagementAccess: EngagementAccessService,
    private readonly grantAccess: GrantAccessService,
    private readonly engagements: EngagementRepository,
    private readonly tokens: AccessTokenRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly signingKeys: SigningKeysService,
  ) {}

  issueReviewerToken(ctx: CommandContext, engagementId: string): Promise<AccessTokenDto> {
    return this.issue(ctx, `reviewer:${engagementId}`, async (tx, now) => {
      const { roster } = this.engagementAccess.check(ctx.actor, await this.engagements.findRoster(engagementId, tx));
      const refusal = reviewerAccessRefusal(reviewerAccessFacts(roster.engagement, roster.reviewers, roster.attested), ctx.actor.sub, now);
      if (refusal) {
        throw refusal;
      }
      const e = roster.engagement;
      return {
        kind: TokenUse.PreReleaseReview,
        engagementId,
        grantId: null,
        scope: REVIEWER_SCOPES,
        audience: windowEndpointOf(await this.keys.readerFor(engagementId, tx), e) ?? '',
        artifactDigest: e.windowArtifactDigest,
        notAfter: e.windowClosesAt?.getTime() ?? now,
      };
    });
  }

  issuePartnerToken(ctx: CommandContext, grantId: string): Promise<AccessTokenDto> {
    return this.issue(ctx, `partner:${grantId}`, async (tx, now) => {
      const { grant, view } = await this.grantAccess.requireVisible(ctx.actor, grantId, tx);
      if (view !== GrantView.Partner) {
        throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the partner holding the grant gets its tokens');
      }
      const status = grantStatus(grant, now);
      if (status !== GrantStatus.Active) {
        throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${status}`, { grantStatus: status });
      }
      const audience = partnerEndpointOf(await this.keys.readerFor(grant.engagementId, tx), grant.engagementId, grant.accessEndpointSealed);
      if (audience === undefined) {
        throw new DomainRuleError(DomainErrorCode.GrantNotUsable, 'the developer has not named a gateway for partners yet', { grantStatus: status });
      }
      return {
        kind: TokenUse.PartnerAccess,
        engagementId: grant.engagementId,
        grantId,
        scope: grant.scopes.join(' '),
        audience,
        artifactDigest: grant.artifactDigest,
        notAfter: grant.expiresAt?.getTime() ?? now,
      };
    });
  }

  private async issue(ctx: CommandContext, subject: string, plan: (tx: Tx, now: number) => Promise<TokenPlan>): Promise<AccessTokenDto> {
    // The key is read before the transaction, and the token signed after it commits: the
    // transaction holds one connection and the audit chain's lock only for its own writes.
    const signer = await this.signingKeys.current();
    const now = Date.now();
    const { record, granted } = await this.unitOfWork.run(async (tx) => {
      const granted = await plan(tx, now);
      const jti = ctx.newId(`access-token:${subject}`);
      const earlier = ctx.idempotent ? await this.tokens.find(jti, tx) : null;
      const reusable = earlier !== null && earlier.expiresAt.getTime() > now;
      return { record: reusable ? earlier : await this.record(tx, ctx.actor, granted, earlier ? randomUUID() : jti, now, signer.kid), granted };
    });
    return this.sign(record, granted, signer);
  }

  private async record(tx: Tx, actor: Actor, plan: TokenPlan, jti: string, now: number, kid: string): Promise<AccessTokenEntity> {
    const expiresAt = Math.min(now + this.config.tokens.ttlMs, plan.notAfter);
    const record: AccessTokenEntity = {
      jti,
      engagementId: plan.engagementId,
      kind: plan.kind,
      grantId: plan.grantId,
      subjectSub: actor.sub,
      subjectOrg: actor.org,
      scope: plan.scope,
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
        engagementId: plan.engagementId,
        subjectType: 'access_token',
        subjectId: jti,
        outcome: 'ISSUED',
        details: {
          jti,
          kid,
          tokenUse: plan.kind,
          holder: actor.sub,
          org: actor.org,
          scope: plan.scope,
          expiresAt: record.expiresAt.toISOString(),
          ...(plan.grantId ? { grantId: plan.grantId } : {}),
        },
      },
    ]);
    return record;
  }

  private async sign(record: AccessTokenEntity, plan: TokenPlan, { kid, key }: Signer): Promise<AccessTokenDto> {
    const claims: AccessTokenClaims = {
      token_use: plan.kind,
      scope: record.scope,
      org: record.subjectOrg,
      engagement_id: record.engagementId,
      ...(plan.artifactDigest ? { artifact_digest: plan.artifactDigest } : {}),
      ...(record.grantId ? { grant_id: record.grantId } : {}),
    };
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid, typ: ACCESS_TOKEN_TYPE })
      .setIssuer(this.config.tokens.issuer)
      .setSubject(record.subjectSub)
      .setAudience(plan.audience)
      .setJti(record.jti)
      .setIssuedAt(seconds(record.issuedAt.getTime()))
      .setExpirationTime(seconds(record.expiresAt.getTime()))
      .sign(key);
    return { token, tokenType: 'Bearer', expiresAt: record.expiresAt.toISOString(), scope: record.scope };
  }
}
