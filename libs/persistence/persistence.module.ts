import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { createDataSource } from './data-source';
import {
  AuditRepository,
  EngagementRepository,
  IdempotencyRepository,
  NotificationRepository,
  UnitOfWork,
} from './repositories';

const REPOSITORIES = [AuditRepository, EngagementRepository, IdempotencyRepository, NotificationRepository, UnitOfWork];

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const dataSource = createDataSource({ url: config.database.url, applicationName: 'frontier-access' });
        return dataSource.initialize();
      },
    },
    ...REPOSITORIES,
  ],
  exports: [DataSource, ...REPOSITORIES],
})
export class PersistenceModule {}
