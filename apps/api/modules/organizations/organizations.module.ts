import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AccessModule } from '../../auth/access.module';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

/** The registry of organizations and their kinds. */
@Module({ imports: [PersistenceModule, AccessModule], controllers: [OrganizationsController], providers: [OrganizationsService] })
export class OrganizationsModule {}
