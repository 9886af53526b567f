import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { EngagementAccessService } from './engagement-access.service';
import { GatewayClientDirectoryService } from './gateway-client-directory.service';
import { GrantAccessService } from './grant-access.service';
import { OrganizationDirectoryService } from './organization-directory.service';
import { PeopleDirectoryService } from './people-directory.service';
import { ResourceVisibilityService } from './resource-visibility.service';

const ACCESS = [
  EngagementAccessService,
  GrantAccessService,
  ResourceVisibilityService,
  OrganizationDirectoryService,
  PeopleDirectoryService,
  GatewayClientDirectoryService,
];

/** Need-to-know, row by row: who may see which engagement and which grant, and what kind of organization a caller is of. */
@Module({ imports: [PersistenceModule], providers: [...ACCESS], exports: [...ACCESS] })
export class AccessModule {}
