import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { PartnerDirectoryController } from './partner-directory.controller';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';

/** The trusted-partner registry, kept by program administrators. */
@Module({ imports: [PersistenceModule, SecurityModule], controllers: [PartnersController, PartnerDirectoryController], providers: [PartnersService] })
export class PartnersModule {}
