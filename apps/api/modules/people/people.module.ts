import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

/** The directory of people, kept by program administrators. */
@Module({ imports: [PersistenceModule, AccessModule, TemporalModule], controllers: [PeopleController], providers: [PeopleService] })
export class PeopleModule {}
