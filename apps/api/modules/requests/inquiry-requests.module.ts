import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { InquiryRequestsController } from './inquiry-requests.controller';
import { InquiryRequestsService } from './inquiry-requests.service';

/** Government-initiated requests: opened by program administrators, answered (voluntarily) by the developer asked. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [InquiryRequestsController],
  providers: [InquiryRequestsService],
})
export class InquiryRequestsModule {}
