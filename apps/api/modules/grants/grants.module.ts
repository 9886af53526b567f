import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { BulkRevocationController } from './bulk-revocation.controller';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';
import { PartnerTermsController } from './partner-terms.controller';
import { PartnerTermsService } from './partner-terms.service';

/** Trusted partners: nominations, the terms partners accept, and the grants they hold. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [NominationsController, PartnerTermsController, GrantsController, BulkRevocationController],
  providers: [NominationsService, PartnerTermsService, GrantsService],
  exports: [NominationsService, GrantsService],
})
export class GrantsModule {}
