import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { DisposalReason, requireEarlyDisposalAllowed } from '#domain';
import { EngagementDisposals, EngagementRepository } from '#persistence';

import { EngagementAccessService } from '../../auth/engagement-access.service';
import type { CommandContext } from '../../common/command-context.decorator';
import { AuthErrorCode, AuthException, ResourceException } from '../../errors/api-errors';
import { EngagementHistoriesService } from '../../temporal/engagement-histories.service';
import { EngagementSummaryDto, toEngagementSummary } from './dto/engagement.response';

/**
 * Early disposal at the developer's request: after a withdrawal, once the retention schedule's hold has
 * passed, the engagement's data key is destroyed (its confidential content with it), then its workflow
 * histories are deleted from Temporal. The retention schedule disposes of every other engagement itself.
 */
@Injectable()
export class DisposalService {
  constructor(
    private readonly access: EngagementAccessService,
    private readonly engagements: EngagementRepository,
    private readonly disposals: EngagementDisposals,
    private readonly histories: EngagementHistoriesService,
    private readonly config: AppConfig,
  ) {}

  async request(ctx: CommandContext, id: string): Promise<EngagementSummaryDto> {
    const { roster } = await this.access.requireVisible(ctx.actor, id);
    if (roster.engagement.developerOrg !== ctx.actor.org) {
      throw new AuthException(AuthErrorCode.RoleNotPermitted, 'only the developer organization asks for early disposal');
    }
    const disposed = await this.disposals.dispose(id, {
      actor: ctx.actor,
      reason: DisposalReason.DeveloperRequest,
      commandId: ctx.commandId,
      decide: (row, at) => requireEarlyDisposalAllowed(row, this.config.retention, at),
    });
    const after = disposed ? await this.engagements.findRoster(id) : null;
    if (!after) {
      throw new ResourceException('engagement');
    }
    await this.histories.forget(id);
    return toEngagementSummary(after.engagement);
  }
}
