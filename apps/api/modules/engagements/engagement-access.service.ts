import { Injectable } from '@nestjs/common';
import { Actor, EngagementStage } from '#domain';
import { EngagementRepository, EngagementRoster, Tx } from '#persistence';
import { engagementView, EngagementView, EngagementRoster as NeedToKnowRoster } from '#security';
import { ResourceException } from '../../common/api-errors';

export type VisibleView = Exclude<EngagementView, EngagementView.None>;

export interface Visible<T extends EngagementRoster> {
  readonly roster: T;
  readonly view: VisibleView;
}

/** The read model's roster as need-to-know rules take it. */
export function rosterFacts(roster: EngagementRoster): NeedToKnowRoster {
  return {
    developerOrg: roster.engagement.developerOrg,
    stage: roster.engagement.stage as EngagementStage,
    reviewers: roster.reviewers,
    attested: roster.attested,
    recommended: roster.engagement.recommendedAt !== null,
  };
}

/** How much of an engagement, as the read model holds it, a caller may see. */
export function rosterView(actor: Actor, roster: EngagementRoster): EngagementView {
  return engagementView(actor, rosterFacts(roster));
}

/** Need-to-know, row by row: an engagement the caller may not see does not exist for them. */
@Injectable()
export class EngagementAccess {
  constructor(private readonly engagements: EngagementRepository) {}

  async requireVisible(actor: Actor, id: string, tx?: Tx): Promise<Visible<EngagementRoster>> {
    return this.check(actor, await this.engagements.findRoster(id, tx));
  }

  check<T extends EngagementRoster>(actor: Actor, roster: T | null): Visible<T> {
    const view = roster === null ? EngagementView.None : rosterView(actor, roster);
    if (roster === null || view === EngagementView.None) {
      throw new ResourceException('engagement');
    }
    return { roster, view };
  }
}
