import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

/** Findings from the pre-release window and the developer's answers to them. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [FindingsController],
  providers: [FindingsService],
})
export class FindingsModule {}
