import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { TemporalModule } from '../../temporal/temporal.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

/** Whether the API's dependencies answer. */
@Module({ imports: [PersistenceModule, TemporalModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
