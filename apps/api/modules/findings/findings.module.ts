import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { ClearinghouseController } from './clearinghouse.controller';
import { ClearinghouseService } from './clearinghouse.service';
import { CsafController } from './csaf.controller';
import { CsafExportService } from './csaf-export.service';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

/** Findings from the pre-release window: their life, the clearinghouse's side of them, and their CSAF exports. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [FindingsController, ClearinghouseController, CsafController],
  providers: [FindingsService, ClearinghouseService, CsafExportService],
  exports: [FindingsService],
})
export class FindingsModule {}
