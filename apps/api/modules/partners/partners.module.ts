import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';

/** The trusted-partner registry, kept by program administrators. */
@Module({ imports: [PersistenceModule, SecurityModule], controllers: [PartnersController], providers: [PartnersService] })
export class PartnersModule {}
