import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../../activities/activities.module';
import { AppConfig, ConfigModule } from '../../libs/config';
import { PersistenceModule } from '../../libs/persistence/persistence.module';
import { SecurityModule } from '../../libs/security/security.module';

@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig) {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule, SecurityModule, ActivitiesModule],
    };
  }
}
