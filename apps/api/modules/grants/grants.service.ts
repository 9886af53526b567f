import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { CommandResult, grantWorkflowInputOf, revokeGrantsUpdate } from '#contracts';
import { Actor, DomainErrorCode, DomainRuleError, grantEnded, mayRevokeGrant } from '#domain';
import { EngagementKeys, EngagementRepository, GrantRepository, GrantWithContext, PartnerTermsEntity, PartnerTermsRepository } from '#persistence';
import { grantScope, GrantView, grantView, termsTextOf } from '#security';

import { grantStatus } from '../../auth/access-facts';
import { GrantAccessService } from '../../auth/grant-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { UUID_PATTERN } from '../../common/dto-decorators';
import { decodeCursor, keysetPage } from '../../common/pagination';
import { AuthErrorCode, AuthException } from '../../errors/api-errors';
import { AccessEndingsService } from '../../temporal/access-endings.service';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { GrantCommandsService } from '../../temporal/grant-commands.service';
import { WorkflowNotRunningException } from '../../temporal/update-sender.service';
import { AcceptGrantDto, BulkRevocationDto, BulkRevokeDto, GrantDto, GrantListDto, ListGrantsQuery, RevokeGrantDto, toGrant } from './dto/grant.dto';

function isIdCursor(value: unknown): value is { id: string } {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && UUID_PATTERN.test(id);
}

/** Grants: what partners accept, hold and lose. */
@Injectable()
export class GrantsService {
  constructor(
    private readonly access: GrantAccessService,
    private readonly engagementCommands: EngagementCommandsService,
    private readonly grantCommands: GrantCommandsService,
    private readonly engagements: EngagementRepository,
    private readonly grants: GrantRepository,
    private readonly terms: PartnerTermsRepository,
    private readonly config: AppConfig,
    private readonly endings: AccessEndingsService,
    private readonly keys: EngagementKeys,
  ) {}

  async list(actor: Actor, query: ListGrantsQuery): Promise<GrantListDto> {
    const after = query.cursor ? decodeCursor(query.cursor, isIdCursor).id : undefined;
    const { rows, total } = await this.grants.list(grantScope(actor), query.engagementId, query.limit + 1, after);
    const now = Date.now();
    return {
      ...keysetPage(
        rows,
        query.limit,
        (g) => toGrant(g, grantStatus(g, now), this.termsRef(g), grantView(actor, g)),
        (last) => ({ id: last.id }),
      ),
      total,
    };
  }

  async detail(actor: Actor, id: string): Promise<GrantDto> {
    const { grant, view } = await this.access.requireVisible(actor, id);
    const terms = grant.currentTermsVersion === null ? null : await this.terms.find(grant.engagementId, grant.currentTermsVersion);
    // The partner reads the text it is asked to accept; the others see which terms are in force.
    const text = terms && view === GrantView.Partner ? termsTextOf(await this.keys.readerFor(grant.engagementId), terms) : undefined;
    return toGrant(grant, grantStatus(grant), terms && { version: terms.version, hash: terms.hash, text }, view);
  }

  /** The partner accepts the exact terms in force: version and hash. Anything else is stale. */
  async accept(ctx: CommandContext, id: string, dto: AcceptGrantDto): Promise<GrantDto> {
    const { grant, view } = await this.access.requireVisible(ctx.actor, id);
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
    const { grant } = await this.access.requireVisible(ctx.actor, id);
    if (!mayRevokeGrant(ctx.actor, grant.developerOrg)) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'grants are revoked by the developer organization or a program administrator');
    }
    this.requireOpen(grant);
    try {
      await this.grantCommands.revoke(grantWorkflowInputOf(grant, this.config.dayMs), { actor: ctx.actor, reason: dto.reason }, ctx.commandId);
    } catch (error) {
      if (!(error instanceof WorkflowNotRunningException)) {
        throw error;
      }
      // Revocation never depends on the grant's workflow being alive.
      await this.endings.revokeGrant(ctx, grant, dto.reason);
    }
    return this.detail(ctx.actor, id);
  }

  /** Revokes every open grant of the engagement (or of one sector in it) in one step. */
  async revokeAll(ctx: CommandContext, engagementId: string, dto: BulkRevokeDto): Promise<BulkRevocationDto> {
    let result: CommandResult;
    try {
      result = await this.engagementCommands.sendAs(ctx, engagementId, revokeGrantsUpdate, { actor: ctx.actor, sector: dto.sector, reason: dto.reason });
    } catch (error) {
      if (!(error instanceof WorkflowNotRunningException)) {
        throw error;
      }
      return { engagementId, revoked: await this.endings.revokeGrants(ctx, engagementId, dto.sector, dto.reason) };
    }
    const at = await this.engagements.timelineAt(engagementId, result.version);
    return { engagementId, revoked: at ? await this.grants.countEndedAt(engagementId, at) : 0 };
  }

  private requireOpen(grant: GrantWithContext): void {
    const status = grantStatus(grant);
    if (grantEnded(status)) {
      throw new DomainRuleError(DomainErrorCode.GrantNotUsable, `the grant is ${status}`, { grantStatus: status });
    }
  }

  private termsRef(grant: GrantWithContext): Pick<PartnerTermsEntity, 'version' | 'hash'> | null {
    return grant.currentTermsVersion && grant.currentTermsHash ? { version: grant.currentTermsVersion, hash: grant.currentTermsHash } : null;
  }
}
