import { Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '#config';
import { SecurityModule } from '#security';

import { AccessStateChanges } from './access-state-changes';
import { AuditCheckpointLog } from './audit-checkpoint-log';
import { auditPrivilegeProblems } from './audit-privileges';
import { createDataSource } from './data-source';
import {
  AccessEndings,
  AccessTokenRepository,
  AuditGroupCommit,
  AuditRepository,
  BrowserSessionRepository,
  ConsultationRepository,
  EngagementDisposals,
  EngagementKeys,
  EngagementRepository,
  FindingRepository,
  GatewayClientRepository,
  GrantRepository,
  IdempotencyRepository,
  InquiryRequestRepository,
  LegacyPlaintext,
  NominationRepository,
  NoticeRepository,
  NotificationRepository,
  OrganizationRepository,
  PartnerRepository,
  PartnerTermsRepository,
  PeopleRepository,
  RemediationRepository,
  RevocationRepository,
  SigningKeyRepository,
  StatisticsRepository,
  UnitOfWork,
  WebhookRepository,
} from './repositories';

const REPOSITORIES = [
  AccessEndings,
  AccessTokenRepository,
  AuditGroupCommit,
  AuditRepository,
  BrowserSessionRepository,
  ConsultationRepository,
  EngagementDisposals,
  EngagementKeys,
  EngagementRepository,
  FindingRepository,
  RemediationRepository,
  RevocationRepository,
  GatewayClientRepository,
  GrantRepository,
  IdempotencyRepository,
  InquiryRequestRepository,
  LegacyPlaintext,
  NominationRepository,
  NoticeRepository,
  NotificationRepository,
  OrganizationRepository,
  PartnerRepository,
  PartnerTermsRepository,
  PeopleRepository,
  SigningKeyRepository,
  StatisticsRepository,
  UnitOfWork,
  WebhookRepository,
];

/**
 * The audit trail is append-only only if this process's login cannot change it. Production refuses to
 * start otherwise; elsewhere (a developer's own PostgreSQL as a superuser, say) it warns.
 */
async function requireAppendOnlyAudit(dataSource: DataSource, config: AppConfig): Promise<void> {
  const problems = await auditPrivilegeProblems(dataSource);
  if (problems.length === 0) {
    return;
  }
  const message = `DATABASE_URL could rewrite the audit trail: ${problems.join('; ')}. Use a login that is only a member of frontier_app, and migrate with MIGRATIONS_DATABASE_URL.`;
  if (config.env === 'production') {
    await dataSource.destroy();
    throw new Error(message);
  }
  new Logger('Persistence').warn(message);
}

/** The database connection and the repositories: the only things that touch TypeORM. */
@Module({
  imports: [SecurityModule],
  providers: [
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const dataSource = await createDataSource({ url: config.database.url, applicationName: 'frontier-access' }).initialize();
        await requireAppendOnlyAudit(dataSource, config);
        return dataSource;
      },
    },
    ...REPOSITORIES,
    AccessStateChanges,
    { provide: AuditCheckpointLog, inject: [AppConfig], useFactory: (config: AppConfig) => new AuditCheckpointLog(config.auditCheckpoints.file) },
  ],
  exports: [DataSource, ...REPOSITORIES, AccessStateChanges, AuditCheckpointLog],
})
export class PersistenceModule {}
