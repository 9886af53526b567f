import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { BusinessMetrics } from './business-metrics';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** Infrastructure: Prometheus metrics of the HTTP layer, the command path and the program's business gauges, served on /metrics. */
@Module({
  imports: [PersistenceModule],
  controllers: [MetricsController],
  providers: [MetricsService, BusinessMetrics],
  exports: [MetricsService],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
