import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { DisposalService } from './disposal.service';
import { EngagementChangesController } from './engagement-changes.controller';
import { EngagementQueriesService } from './engagement-queries.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';
import { LegacyPlaintextSealer } from './legacy-plaintext-sealer.service';

/** Designation inquiries, their review and determination, and the pre-release window. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [EngagementsController, EngagementChangesController],
  providers: [EngagementsService, EngagementQueriesService, DisposalService, LegacyPlaintextSealer],
  exports: [EngagementQueriesService],
})
export class EngagementsModule {}
