import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { EngagementRepository, EngagementRoster, Tx } from '#persistence';
import { EngagementView } from '#security';

import { ResourceException } from '../errors/api-errors';
import { rosterView } from './access-facts';

export type VisibleView = Exclude<EngagementView, EngagementView.None>;

export interface Visible<T extends EngagementRoster> {
  readonly roster: T;
  readonly view: VisibleView;
}

/** Need-to-know, row by row: an engagement the caller may not see does not exist for them. */
@Injectable()
export class EngagementAccessService {
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
