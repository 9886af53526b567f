import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AccessModule } from '../../auth/access.module';
import { AuthModule } from '../../auth/auth.module';
import { GatewayClientsController } from './gateway-clients.controller';
import { GatewayClientsService } from './gateway-clients.service';

/** Developers' gateway clients: machine credentials at the identity provider. */
@Module({ imports: [PersistenceModule, AccessModule, AuthModule], controllers: [GatewayClientsController], providers: [GatewayClientsService] })
export class GatewayClientsModule {}
