import { Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';

import { AppConfig, temporalConnectionOptions } from '#config';
import { EncryptionCodec, sealedClientOptions, SecurityModule } from '#security';

/**
 * The worker's own Temporal client, for the activities that start or signal grant workflows in
 * bulk. Provided under this class so activities do not depend on how it was built.
 */
export abstract class ActivityTemporalClient {
  abstract readonly client: Client;
}

/** Builds that client (its connection is lazy) and closes it when the worker stops. */
@Module({
  imports: [SecurityModule],
  providers: [
    {
      provide: ActivityTemporalClient,
      inject: [AppConfig, EncryptionCodec],
      useFactory: (config: AppConfig, codec: EncryptionCodec): ActivityTemporalClient => ({
        client: new Client({
          connection: Connection.lazy(temporalConnectionOptions(config.temporal)),
          namespace: config.temporal.namespace,
          ...sealedClientOptions(codec, { traced: config.tracing.endpoint !== undefined }),
        }),
      }),
    },
  ],
  exports: [ActivityTemporalClient],
})
export class ActivityTemporalModule implements OnApplicationShutdown {
  constructor(private readonly temporal: ActivityTemporalClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.temporal.client.connection.close();
  }
}
