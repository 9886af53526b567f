import { Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ActivityTemporalClient, ActivitiesModule } from '#activities';
import { EncryptionCodec, sealedClientOptions, SecurityModule } from '#security';
import { AppConfig, ConfigModule } from '#config';
import { PersistenceModule } from '#persistence';

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
