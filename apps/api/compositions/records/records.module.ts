import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { EngagementsModule } from '../../modules/engagements/engagements.module';
import { FindingsModule } from '../../modules/findings/findings.module';
import { GrantsModule } from '../../modules/grants/grants.module';
import { RecordsController } from './records.controller';
import { RecordsService } from './records.service';

/** An engagement's record exported for retention, signed with the record keys, which it also publishes. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, EngagementsModule, FindingsModule, GrantsModule],
  controllers: [RecordsController],
  providers: [RecordsService],
})
export class RecordsModule {}
