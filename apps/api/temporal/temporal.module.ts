import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '#config';
import { EncryptionCodec, sealedClientOptions } from '#security';
import { EngagementCommands } from './engagement-commands.service';
import { GrantCommands } from './grant-commands.service';
import { UpdateSender } from './update-sender.service';
import { TemporalProbe } from './temporal-probe.service';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

@Injectable()
class TemporalLifecycle implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * The API's Temporal client. The connection is lazy, so the API starts (and reports an unhealthy
 * dependency on /health) even while Temporal is down.
 */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Connection.lazy({ address: config.temporal.address, connectTimeout: 3_000 }),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, AppConfig, EncryptionCodec],
      useFactory: (connection: Connection, config: AppConfig, codec: EncryptionCodec) =>
        new Client({ connection, namespace: config.temporal.namespace, ...sealedClientOptions(codec) }),
    },
    TemporalLifecycle,
    UpdateSender,
    EngagementCommands,
    GrantCommands,
    TemporalProbe,
  ],
  exports: [Client, EngagementCommands, GrantCommands, TemporalProbe],
})
export class TemporalModule {}
