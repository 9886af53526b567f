import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';

import { AppConfig, ConfigModule } from '#config';
import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AuthModule } from './auth/auth.module';
import { AccessSettledInterceptor } from './common/access-settled.interceptor';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { IdempotencyPurgerService } from './common/idempotency-purger.service';
import { createValidationPipe } from './common/validation';
import { RecordsModule } from './compositions/records/records.module';
import { ProblemFilter } from './errors/problem.filter';
import { MetricsModule } from './metrics/metrics.module';
import { AuditModule } from './modules/audit/audit.module';
import { ConsultationsModule } from './modules/consultations/consultations.module';
import { EngagementsModule } from './modules/engagements/engagements.module';
import { FindingsModule } from './modules/findings/findings.module';
import { GatewayClientsModule } from './modules/gateway-clients/gateway-clients.module';
import { GrantsModule } from './modules/grants/grants.module';
import { HealthModule } from './modules/health/health.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PartnersModule } from './modules/partners/partners.module';
import { PeopleModule } from './modules/people/people.module';
import { RemediationModule } from './modules/remediation/remediation.module';
import { InquiryRequestsModule } from './modules/requests/inquiry-requests.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { TokensModule } from './modules/tokens/tokens.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

/**
 * The API. Configuration is the one global module; every other module imports what it uses. The
 * request pipeline, in order: authentication (middleware, before any body is read; app.factory.ts),
 * permission and visibility (the global guard), idempotency (interceptor), validation (the global
 * pipe), the route; and problem+json for anything thrown on the way (the global filter).
 */
@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        SecurityModule,
        MetricsModule,
        AuthModule,
        HealthModule,
        EngagementsModule,
        AuditModule,
        FindingsModule,
        RemediationModule,
        StatisticsModule,
        InquiryRequestsModule,
        ConsultationsModule,
        RecordsModule,
        TokensModule,
        OrganizationsModule,
        PeopleModule,
        GatewayClientsModule,
        NotificationsModule,
        WebhooksModule,
        PartnersModule,
        GrantsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: AccessSettledInterceptor },
        IdempotencyPurgerService,
      ],
    };
  }
}
