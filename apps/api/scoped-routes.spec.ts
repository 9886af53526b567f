import 'reflect-metadata';

import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';

import { SCOPED_TO } from './auth/auth.decorators';
import { AuthModule } from './auth/auth.module';
import { MetricsModule } from './metrics/metrics.module';
import { AuditModule } from './modules/audit/audit.module';
import { EngagementsModule } from './modules/engagements/engagements.module';
import { FindingsModule } from './modules/findings/findings.module';
import { GrantsModule } from './modules/grants/grants.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PartnersModule } from './modules/partners/partners.module';
import { RemediationModule } from './modules/remediation/remediation.module';
import { TokensModule } from './modules/tokens/tokens.module';

interface Route {
  readonly route: string;
  readonly scopedTo: unknown;
}

const join = (...parts: string[]): string =>
  parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');

/** Every route of every module the API mounts, with the record it declares itself scoped to. */
function routes(): Route[] {
  const modules: Type[] = [
    AuthModule,
    MetricsModule,
    HealthModule,
    EngagementsModule,
    AuditModule,
    FindingsModule,
    RemediationModule,
    TokensModule,
    PartnersModule,
    GrantsModule,
    OrganizationsModule,
  ];
  return modules.flatMap((module) =>
    ((Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) as Type[] | undefined) ?? []).flatMap((controller) => {
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
      const proto = controller.prototype as Record<string, unknown>;
      return Object.getOwnPropertyNames(proto)
        .filter((name) => name !== 'constructor')
        .map((name) => proto[name])
        .filter((handler): handler is object => typeof handler === 'function' && Reflect.hasMetadata(PATH_METADATA, handler))
        .map((handler) => ({
          route: `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod]} /${join(base, Reflect.getMetadata(PATH_METADATA, handler) as string)}`,
          scopedTo: (Reflect.getMetadata(SCOPED_TO, handler) ?? Reflect.getMetadata(SCOPED_TO, controller)) as unknown,
        }));
    }),
  );
}

/**
 * A route's need-to-know is declared on the route (or its controller) with @ScopedTo: a route naming an
 * engagement or a grant that forgot it would tell a caller without the role that the record exists (403
 * instead of 404). Read from the controllers themselves, so a new route is checked without a list to keep.
 */
describe('every route that names an engagement or a grant declares it', () => {
  const all = routes();

  it('finds the routes', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all.map((r) => r.route)).toContain('POST /v1/engagements/:id/findings/:findingId/response');
  });

  it.each(all.filter((r) => r.route.includes('/v1/engagements/:id')).map((r) => [r.route, r.scopedTo]))(
    '%s is scoped to its engagement',
    (_route, scopedTo) => {
      expect(scopedTo).toBe('engagement');
    },
  );

  it.each(all.filter((r) => r.route.includes('/v1/grants/:id')).map((r) => [r.route, r.scopedTo]))('%s is scoped to its grant', (_route, scopedTo) => {
    expect(scopedTo).toBe('grant');
  });

  it('no other route claims a scope it cannot check', () => {
    const others = all.filter((r) => !r.route.includes('/v1/engagements/:id') && !r.route.includes('/v1/grants/:id') && r.scopedTo !== undefined);
    // The engagement and grant lists are under a scoped controller but name no record: the guard finds no :id.
    expect(others.map((r) => r.route).sort()).toEqual(['GET /v1/engagements', 'GET /v1/grants', 'POST /v1/engagements']);
  });
});
