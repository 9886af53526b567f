import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ActivityTemporalClient } from '../../activities/temporal-client';
import { EncryptionCodec, sealedClientOptions } from '../../libs/security';
import { ActivitiesModule } from '../../activities/activities.module';
import { AppConfig, ConfigModule } from '../../libs/config';
import { PersistenceModule } from '../../libs/persistence/persistence.module';
import { SecurityModule } from '../../libs/security/security.module';

/** The worker's own Temporal client (lazy), for activities that start and signal grant workflows. */
@Global()
@Module({
  providers: [
    {
      provide: ActivityTemporalClient,
      inject: [AppConfig, EncryptionCodec],
      useFactory: (config: AppConfig, codec: EncryptionCodec): ActivityTemporalClient => ({
        client: new Client({
          connection: Connection.lazy({ address: config.temporal.address }),
          namespace: config.temporal.namespace,
          ...sealedClientOptions(codec),
        }),
      }),
    },
  ],
  exports: [ActivityTemporalClient],
})
class WorkerTemporalModule implements OnApplicationShutdown {
  constructor(private readonly temporal: ActivityTemporalClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.client.connection.close();
  }
}

@Module({})
export class WorkerModule {
  static forRoot(config?: AppConfig) {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule, SecurityModule, WorkerTemporalModule, ActivitiesModule],
    };
  }
}
