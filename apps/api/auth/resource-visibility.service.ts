import { Injectable } from '@nestjs/common';
import { Actor } from '#domain';
import { EngagementRepository, GrantRepository } from '#persistence';
import { EngagementView, grantView, GrantView } from '#security';
import { ResourceException } from '../common/api-errors';
import { rosterView } from '../modules/engagements/engagement-access.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Routes whose `:id` names a record under need-to-know, by the route's own path. */
const SCOPED_ROUTES: readonly { readonly path: RegExp; readonly kind: 'engagement' | 'grant' }[] = [
  { path: /^\/v1\/engagements\/:id(\/|$)/, kind: 'engagement' },
  { path: /^\/v1\/grants\/:id(\/|$)/, kind: 'grant' },
];

/**
 * Whether a caller whose role a route does not admit may at least see the record the route names.
 * If they may not, it does not exist for them (404) rather than being forbidden (403): a record's
 * existence is itself need-to-know.
 */
@Injectable()
export class ResourceVisibility {
  constructor(
    private readonly engagements: EngagementRepository,
    private readonly grants: GrantRepository,
  ) {}

  /** Throws 404 when the route names a record the caller may not see; returns when it names none, or one they may. */
  async requireVisibleIfNamed(actor: Actor, routePath: string, id: string | undefined): Promise<void> {
    const scope = SCOPED_ROUTES.find((r) => r.path.test(routePath));
    if (!scope || id === undefined || !UUID.test(id)) {
      return;
    }
    if (!(await this.visible(actor, scope.kind, id))) {
      throw new ResourceException(scope.kind);
    }
  }

  private async visible(actor: Actor, kind: 'engagement' | 'grant', id: string): Promise<boolean> {
    if (kind === 'engagement') {
      const roster = await this.engagements.findRoster(id);
      return roster !== null && rosterView(actor, roster) !== EngagementView.None;
    }
    const grant = await this.grants.findWithContext(id);
    return grant !== null && grantView(actor, grant) !== GrantView.None;
  }
}
