import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AppConfig, ConfigModule } from '#config';
import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';
import { AuthModule } from './auth/auth.module';
import { IdempotencyPurger } from './common/idempotency-purger.service';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { ProblemFilter } from './common/problem.filter';
import { createValidationPipe } from './common/validation';
import { AuditModule } from './modules/audit/audit.module';
import { EngagementsModule } from './modules/engagements/engagements.module';
import { FindingsModule } from './modules/findings/findings.module';
import { TokensModule } from './modules/tokens/tokens.module';
import { PartnersModule } from './modules/partners/partners.module';
import { GrantsModule } from './modules/grants/grants.module';
import { HealthModule } from './modules/health/health.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { TemporalModule } from './temporal/temporal.module';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        SecurityModule,
        TemporalModule,
        AuthModule,
        MetricsModule,
        HealthModule,
        EngagementsModule,
        AuditModule,
        FindingsModule,
        TokensModule,
        PartnersModule,
        GrantsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        IdempotencyPurger,
      ],
    };
  }
}
