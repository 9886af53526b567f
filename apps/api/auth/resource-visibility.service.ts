import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';

import { UUID_PATTERN } from '../common/dto-decorators';
import type { ScopedRecord } from './auth.decorators';
import { EngagementAccessService } from './engagement-access.service';
import { GrantAccessService } from './grant-access.service';

/**
 * Whether a caller whose role a route does not admit may at least see the record the route names.
 * If they may not, it does not exist for them (404) rather than being forbidden (403): a record's
 * existence is itself need-to-know.
 */
@Injectable()
export class ResourceVisibilityService {
  constructor(
    private readonly engagements: EngagementAccessService,
    private readonly grants: GrantAccessService,
  ) {}

  /** Throws 404 when `id` names a record the caller may not see; returns when it names none, or one they may. */
  async requireVisible(actor: Actor, record: ScopedRecord, id: string | undefined): Promise<void> {
    if (id === undefined || !UUID_PATTERN.test(id)) {
      return;
    }
    if (record === 'engagement') {
      await this.engagements.requireVisible(actor, id);
    } else {
      await this.grants.requireVisible(actor, id);
    }
  }
}
