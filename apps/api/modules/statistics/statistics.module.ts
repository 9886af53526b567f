import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AccessModule } from '../../auth/access.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

/** Program statistics, small cells suppressed: for program administrators, auditors and oversight. */
@Module({ imports: [PersistenceModule, AccessModule], controllers: [StatisticsController], providers: [StatisticsService] })
export class StatisticsModule {}
