import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { PartnerReportsService } from './partner-reports.service';
import { ClearinghouseReportsController, EngagementRemediationController, GrantRemediationController } from './remediation.controller';
import { RemediationService } from './remediation.service';

/** After findings: remediation notices to trusted partners, and the problems partners report. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule],
  controllers: [EngagementRemediationController, GrantRemediationController, ClearinghouseReportsController],
  providers: [RemediationService, PartnerReportsService],
})
export class RemediationModule {}
