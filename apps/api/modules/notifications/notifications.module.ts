import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';

import { AuthModule } from '../../auth/auth.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Each person's inbox of notices (libs/domain/notices.ts), which the worker fills from the audit log. */
@Module({ imports: [PersistenceModule, AuthModule], controllers: [NotificationsController], providers: [NotificationsService] })
export class NotificationsModule {}
