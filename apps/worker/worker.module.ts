import { DynamicModule, Module } from '@nestjs/common';

import { ActivitiesModule } from '#activities';
import { AppConfig, ConfigModule } from '#config';
import { SecurityModule } from '#security';

/** The worker's application context: the configuration and the activities it hosts (the payload codec for the worker). */
@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), SecurityModule, ActivitiesModule],
    };
  }
}
