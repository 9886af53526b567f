import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { EngagementAccessService } from './engagement-access.service';
import { GrantAccessService } from './grant-access.service';
import { ResourceVisibilityService } from './resource-visibility.service';

/** Need-to-know, row by row: who may see which engagement and which grant. */
@Module({
  imports: [PersistenceModule],
  providers: [EngagementAccessService, GrantAccessService, ResourceVisibilityService],
  exports: [EngagementAccessService, GrantAccessService, ResourceVisibilityService],
})
export class AccessModule {}
