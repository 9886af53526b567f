import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AccessModule } from '../../auth/access.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** The audit trail, for auditors: read page by page, and verified end to end. */
@Module({
  imports: [PersistenceModule, AccessModule],
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
