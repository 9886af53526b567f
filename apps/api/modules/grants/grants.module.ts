import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';
import { NominationsController } from './nominations.controller';
import { NominationsService } from './nominations.service';

@Module({
  imports: [EngagementsModule],
  controllers: [NominationsController, GrantsController],
  providers: [NominationsService, GrantsService],
  exports: [GrantsService],
})
export class GrantsModule {}
