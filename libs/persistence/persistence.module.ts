import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { createDataSource } from './data-source';
import {
  AccessTokenRepository,
  AuditGroupCommit,
  AuditRepository,
  EngagementRepository,
  FindingRepository,
  GrantRepository,
  IdempotencyRepository,
  NominationRepository,
  NotificationRepository,
  PartnerRepository,
  PartnerTermsRepository,
  SigningKeyRepository,
  UnitOfWork,
} from './repositories';

const REPOSITORIES = [
  AccessTokenRepository,
  AuditGroupCommit,
  AuditRepository,
  EngagementRepository,
  FindingRepository,
  GrantRepository,
  IdempotencyRepository,
  NominationRepository,
  NotificationRepository,
  PartnerRepository,
  PartnerTermsRepository,
  SigningKeyRepository,
  UnitOfWork,
];

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
