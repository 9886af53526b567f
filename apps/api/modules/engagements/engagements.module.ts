import { Module } from '@nestjs/common';
import { EngagementAccess } from './engagement-access.service';
import { EngagementQueries } from './engagement-queries.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';

@Module({
  controllers: [EngagementsController],
  providers: [EngagementsService, EngagementQueries, EngagementAccess],
  exports: [EngagementAccess],
})
export class EngagementsModule {}
