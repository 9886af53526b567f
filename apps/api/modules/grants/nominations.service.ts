import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { approveNominationUpdate, declineNominationUpdate, nominateUpdate } from '#contracts';
import { Actor, MAX_NOMINATION_PARTNERS, requireMayNominate, VerificationStatus } from '#domain';
import { NominationRepository, PartnerRepository, PeopleRepository } from '#persistence';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { FieldError, RegistryErrorCode, RegistryException, RequestErrorCode, RequestException, ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { NominateDto, NominationDto, NominationListDto, peopleIn, toNomination } from './dto/nomination.dto';

function invalid(message: string, errors: FieldError[]): RequestException {
  return new RequestException(RequestErrorCode.ValidationFailed, message, { errors });
}

/**
 * Nominating trusted partners: one side (the developer, or a program administrator) nominates, the
 * other approves or declines; unanswered, a nomination is declined by its deadline.
 */
@Injectable()
export class NominationsService {
  constructor(
    private readonly config: AppConfig,
    private readonly access: EngagementAccessService,
    private readonly commands: EngagementCommandsService,
    private readonly nominations: NominationRepository,
    private readonly partners: PartnerRepository,
    private readonly people: PeopleRepository,
  ) {}

  async nominate(ctx: CommandContext, engagementId: string, dto: NominateDto): Promise<NominationDto> {
    // Need-to-know first: the registry is consulted only for a caller who may see the engagement, at a
    // stage that takes nominations, and who may nominate.
    const { roster } = await this.access.requireVisible(ctx.actor, engagementId);
    requireMayNominate(roster.engagement, ctx.actor);
    await this.validate(dto);
    const nominationId = ctx.newId('nomination');
    await this.commands.sendAs(ctx, engagementId, nominateUpdate, {
      actor: ctx.actor,
      nominationId,
      partnerIds: dto.partnerIds,
      filter: dto.filter ? { ...dto.filter } : undefined,
      durationDays: dto.durationDays,
      accessEndsAt: dto.accessEndsAt === undefined ? undefined : Date.parse(dto.accessEndsAt),
      scopes: dto.scopes,
      answerWithinMs: this.config.partners.answerWithinMs,
    });
    return this.read(engagementId, nominationId);
  }

  async decide(ctx: CommandContext, engagementId: string, nominationId: string, approve: boolean): Promise<NominationDto> {
    // Need-to-know first: whether the nomination exists is told only to a caller who may see the engagement.
    await this.access.requireVisible(ctx.actor, engagementId);
    await this.read(engagementId, nominationId);
    await this.commands.sendAs(ctx, engagementId, approve ? approveNominationUpdate : declineNominationUpdate, {
      actor: ctx.actor,
      nominationId,
      acceptWithinMs: this.config.partners.acceptWithinMs,
    });
    return this.read(engagementId, nominationId);
  }

  async list(actor: Actor, engagementId: string): Promise<NominationListDto> {
    await this.access.requireVisible(actor, engagementId);
    const rows = await this.nominations.listForEngagement(engagementId);
    const names = await this.people.namesOf(peopleIn(rows));
    return { items: rows.map((row) => toNomination(row, names)) };
  }

  /** A selection names partners by list or by filter; every listed partner must be known and VERIFIED. */
  private async validate(dto: NominateDto): Promise<void> {
    if ((dto.partnerIds === undefined) === (dto.filter === undefined)) {
      throw invalid('name the partners either by partnerIds or by filter, not both and not neither', [
        { field: 'partnerIds', message: 'give partnerIds or filter' },
      ]);
    }
    if (dto.durationDays > this.config.partners.maxGrantDays) {
      throw invalid(`durationDays is at most ${this.config.partners.maxGrantDays}`, [
        { field: 'durationDays', message: `must be at most ${this.config.partners.maxGrantDays} days` },
      ]);
    }
    if (dto.accessEndsAt !== undefined && Date.parse(dto.accessEndsAt) <= Date.now()) {
      throw new RequestException(RequestErrorCode.InstantPassed, 'accessEndsAt must be in the future', {
        errors: [{ field: 'accessEndsAt', message: 'must be a future instant' }],
      });
    }
    if (dto.filter) {
      const matching = await this.partners.countVerified(dto.filter);
      if (matching > MAX_NOMINATION_PARTNERS) {
        throw new RegistryException(
          RegistryErrorCode.NominationTooLarge,
          `the filter matches ${matching} verified partners; a nomination holds at most ${MAX_NOMINATION_PARTNERS}, so narrow it (by state, say)`,
          { errors: [{ field: 'filter', message: `matches ${matching} partners, more than ${MAX_NOMINATION_PARTNERS}` }] },
        );
      }
    }
    if (dto.partnerIds) {
      const statuses = await this.partners.statuses(dto.partnerIds);
      // Unknown, pending and suspended are told apart by nobody: a nominator learns only what it could
      // browse, which is the verified partners.
      const errors = dto.partnerIds.flatMap((id, index): FieldError[] =>
        statuses.get(id) === VerificationStatus.Verified ? [] : [{ field: `partnerIds[${index}]`, message: `${id} is not a verified partner in the registry` }],
      );
      if (errors.length > 0) {
        throw new RegistryException(RegistryErrorCode.PartnersNotNominable, `${errors.length} of the partners named cannot be nominated`, { errors });
      }
    }
  }

  private async read(engagementId: string, nominationId: string): Promise<NominationDto> {
    const nomination = await this.nominations.find(engagementId, nominationId);
    if (!nomination) {
      throw new ResourceException('nomination');
    }
    return toNomination(nomination, await this.people.namesOf(peopleIn([nomination])));
  }
}
