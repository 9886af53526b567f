import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditCheckpointsService } from './audit-checkpoints.service';
import { AuditExportService } from './audit-export.service';

/** The audit trail, for auditors: read page by page, anchored by signed checkpoints outside the database, and verified end to end. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule],
  controllers: [AuditController],
  providers: [AuditService, AuditCheckpointsService, AuditExportService],
})
export class AuditModule {}
