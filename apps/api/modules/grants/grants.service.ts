import { Injectable } from '@nestjs/common';
import { AppConfig } from '#config';
import { grantWorkflowInputOf, publishTermsUpdate, revokeGrantsUpdate } from '#contracts';
import {
  Actor,
  DomainErrorCode,
  DomainRuleError,
  effectiveGrantStatus,
  EngagementStage,
  grantEnded,
  GrantStatus,
  mayRevokeGrant,
  VerificationStatus,
} from '#domain';
import { EngagementRepository, GrantRepository, GrantWithContext, PartnerTermsEntity, Tx, PartnerTermsRepository } from '#persistence';
import { grantScope, grantView, GrantView } from '#security';
import { AuthErrorCode, AuthException, ResourceException } from '../../common/api-errors';
import type { CommandContext } from '../../common/command-context.decorator';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { UUID_PATTERN } from '../../common/dto-decorators';
import { EngagementCommands } from '../../temporal/engagement-commands.service';
import { GrantCommands } from '../../temporal/grant-commands.service';
import { EngagementAccess } from '../engagements/engagement-access.service';
import {
  AcceptGrantDto,
  BulkRevocationDto,
  BulkRevokeDto,
  GrantDto,
  GrantListDto,
  ListGrantsQuery,
  PublishTermsDto,
  RevokeGrantDto,
  TermsDto,
  toGrant,
  toTerms,
} from './dto/grant.dto';

function isIdCursor(value: unknown): value is { id: string } {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && UUID_PATTERN.test(id);
}

/** The status a caller sees: stored, with expiry and suspension (terms or registry) applied now. */
export function statusOf(grant: GrantWithContext, now = Date.now()): GrantStatus {
  return effectiveGrantStatus(
    {
      status: grant.status as GrantStatus,
      acceptBy: grant.acceptBy.getTime(),
      expiresAt: grant.expiresAt?.getTime() ?? null,
      acceptedTermsVersion: grant.acceptedTermsVersion,
      currentTermsVersion: grant.currentTermsVersion,
      partnerVerified: grant.partnerStatus === String(VerificationStatus.Verified),
    },
    now,
  );
}

/** Partner terms and grants: what partners accept, hold and lose. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly access: EngagementAccess,
    private readonly engagementCommands: EngagementCommands,
    private readonly grantCommands: GrantCommands,
    private readonly engagements: EngagementRepository,
    private readonly grants: GrantRepository,
    private readonly terms: PartnerTermsRepository,
    private readonly config: AppConfig,
  ) {}

  async publishTerms(ctx: CommandContext, engagementId: string, dto: PublishTermsDto): Promise<TermsDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    await this.engagementCommands.send(
      engagementId,
      publishTermsUpdate,
      { actor: ctx.actor, version: dto.version, text: dto.text, accessEndpoint: dto.accessEndpoint },
      ctx.commandId,
      roster.engagement.stage as EngagementStage,
    );
    return toTerms(await this.requiredTerms(engagementId, dto.version), false);
  }

  async currentTerms(actor: Actor, engagementId: string): Promise<TermsDto> {
    const { roster } = await this.access.requireVisible(actor, engagementId);
    const version = roster.engagement.currentTermsVersion;
    if (version === null) {
      throw new ResourceException('partner terms');
    }
    return toTerms(await this.requiredTerms(engagementId, version), true);
  }

  async list(actor: Actor, query: ListGrantsQuery): Promise<GrantListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : undefined;
    const { rows, total } = await this.grants.list(grantScope(actor), query.engagementId, query.limit + 1, after);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const now = Date.now();
    return {
      items: page.map((g) => toGrant(g, statusOf(g, now), this.termsRef(g), grantView(actor, g))),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ id: last.id }) : null,
      total,
    };
  }

  async detail(actor: Actor, id: string): Promise<GrantDto> {
    const { grant, view } = await this.visible(actor, id);
    const terms = grant.currentTermsVersion === null ? null : await this.terms.find(grant.engagementId, grant.currentTermsVersion);
    return toGrant(grant, statusOf(grant), terms, view);
  }

  /** The partner accepts the exact terms in force: version and hash. Anything else is stale. */
  async accept(ctx: CommandContext, id: string, dto: AcceptGrantDto): Promise<GrantDto> {
    const { grant, view } = await this.visible(ctx.actor, id);
    if (view !== GrantView.Partner) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the partner named in the grant accepts it');
    }
    if (grant.currentTermsVersion === null || grant.currentTermsHash === null) {
      throw new DomainRuleError(DomainErrorCode.StaleTerms, 'the developer has not published partner terms yet');
    }
    if (dto.termsVersion !== grant.currentTermsVersion || dto.termsHash !== grant.currentTermsHash) {
      throw new DomainRuleError(DomainErrorCode.StaleTerms, `the terms in force are version ${grant.currentTermsVersion}`, {
        currentTermsVersion: grant.currentTermsVersion,
      });
    }
    this.requireOpen(grant);
    await this.grantCommands.accept(grantWorkflowInputOf(grant, this.config.dayMs), { actor: ctx.actor, termsVersion: dto.termsVersion }, ctx.commandId);
    return this.detail(ctx.actor, id);
  }

  async revoke(ctx: CommandContext, id: string, dto: RevokeGrantDto): Promise<GrantDto> {
    const { grant } = await this.visible(ctx.actor, id);
    if (!mayRevokeGrant(ctx.actor, grant.developerOrg)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'grants are revoked by the developer organization or a program administrator');
    }
    this.requireOpen(grant);
    await this.grantCommands.revoke(grantWorkflowInputOf(grant, this.config.dayMs), { actor: ctx.actor, reason: dto.reason }, ctx.commandId);
    return this.detail(ctx.actor, id);
  }

  /** Revokes every open grant of the engagement (or of one sector in it) in one step. */
  async revokeAll(ctx: CommandContext, engagementId: string, dto: BulkRevokeDto): Promise<BulkRevocationDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    const result = await this.engagementCommands.send(
      engagementId,
      revokeGrantsUpdate,
      { actor: ctx.actor, sector: dto.sector, reason: dto.reason },
      ctx.commandId,
      roster.engagement.stage as EngagementStage,
    );
    const at = await this.engagements.timelineAt(engagementId, result.version);
    return { engagementId, revoked: at ? await this.grants.countEndedAt(engagementId, at) : 0 };
  }

  /**
   * The grant as the caller may see it; for anyone else it does not exist. Inside a transaction,
   * pass it: a second connection taken while holding one can starve the pool under load.
   */
  async visible(actor: Actor, id: string, tx?: Tx): Promise<{ grant: GrantWithContext; view: GrantView }> {
    const grant = await this.grants.findWithContext(id, tx);
    const view = grant ? grantView(actor, grant) : GrantView.None;
    if (!grant || view === GrantView.None) {
      throw new ResourceException('grant');
    }
    return { grant, view };
  }

  private requireOpen(grant: GrantWithContext): void {
    const status = statusOf(grant);
    if (grantEnded(status)) {
      throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${status}`, { grantStatus: status });
    }
  }

  private termsRef(grant: GrantWithContext): Pick<PartnerTermsEntity, 'version' | 'hash'> | null {
    return grant.currentTermsVersion && grant.currentTermsHash ? { version: grant.currentTermsVersion, hash: grant.currentTermsHash } : null;
  }

  private async requiredTerms(engagementId: string, version: string): Promise<PartnerTermsEntity> {
    const terms = await this.terms.find(engagementId, version);
    if (!terms) {
      throw new ResourceException('partner terms');
    }
    return terms;
  }
}
