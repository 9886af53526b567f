import { Injectable } from '@nestjs/common';

import { publishTermsUpdate } from '#contracts';
import { Actor } from '#domain';
import { EngagementKeys, PartnerTermsEntity, PartnerTermsRepository } from '#persistence';
import { termsTextOf } from '#security';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { ResourceException } from '../../errors/api-errors';
import { EngagementCommandsService } from '../../temporal/engagement-commands.service';
import { PublishTermsDto, TermsDto, toTerms } from './dto/partner-terms.dto';

/** The terms a developer publishes for its trusted partners: a new version lapses every earlier acceptance. */
@Injectable()
export class PartnerTermsService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly commands: EngagementCommandsService,
    private readonly terms: PartnerTermsRepository,
    private readonly keys: EngagementKeys,
  ) {}

  async publish(ctx: CommandContext, engagementId: string, dto: PublishTermsDto): Promise<TermsDto> {
    await this.commands.sendAs(ctx, engagementId, publishTermsUpdate, {
      actor: ctx.actor,
      version: dto.version,
      text: dto.text,
      accessEndpoint: dto.accessEndpoint,
    });
    return toTerms(await this.required(engagementId, dto.version));
  }

  async current(actor: Actor, engagementId: string): Promise<TermsDto> {
    const { roster } = await this.access.requireVisible(actor, engagementId);
    const version = roster.engagement.currentTermsVersion;
    if (version === null) {
      throw new ResourceException('partner terms');
    }
    const terms = await this.required(engagementId, version);
    return toTerms(terms, termsTextOf(await this.keys.readerFor(engagementId), terms));
  }

  private async required(engagementId: string, version: string): Promise<PartnerTermsEntity> {
    const terms = await this.terms.find(engagementId, version);
    if (!terms) {
      throw new ResourceException('partner terms');
    }
    return terms;
  }
}
