import { Injectable } from '@nestjs/common';

import { Actor } from '#domain';
import { GrantRepository, GrantWithContext, Tx } from '#persistence';
import { GrantView, grantView } from '#security';

import { ResourceException } from '../errors/api-errors';

export interface VisibleGrant {
  readonly grant: GrantWithContext;
  readonly view: Exclude<GrantView, GrantView.None>;
}

/** Need-to-know for grants: a grant the caller may not see does not exist for them. */
@Injectable()
export class GrantAccessService {
  constructor(private readonly grants: GrantRepository) {}

  /**
   * The grant as the caller may see it. Inside a transaction, pass it: a second connection taken
   * while holding one can starve the pool under load.
   */
  async requireVisible(actor: Actor, id: string, tx?: Tx): Promise<VisibleGrant> {
    const grant = await this.grants.findWithContext(id, tx);
    const view = grant ? grantView(actor, grant) : GrantView.None;
    if (!grant || view === GrantView.None) {
      throw new ResourceException('grant');
    }
    return { grant, view };
  }
}
