import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AuthModule } from '../../auth/auth.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/** Organizations' webhook endpoints and their delivery logs; the worker makes and sends the deliveries. */
@Module({ imports: [PersistenceModule, SecurityModule, AuthModule, TemporalModule], controllers: [WebhooksController], providers: [WebhooksService] })
export class WebhooksModule {}
