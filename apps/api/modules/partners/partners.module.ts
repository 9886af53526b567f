import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { PartnerContactsService } from './partner-contacts.service';
import { PartnerDirectoryController } from './partner-directory.controller';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';

/** The trusted-partner registry, kept by program administrators; each partner's own people keep its contacts current. */
@Module({
  imports: [PersistenceModule, SecurityModule],
  controllers: [PartnersController, PartnerDirectoryController],
  providers: [PartnersService, PartnerContactsService],
})
export class PartnersModule {}
