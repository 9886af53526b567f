import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';

import { AppConfig, temporalConnectionOptions } from '#config';
import { PersistenceModule } from '#persistence';
import { EncryptionCodec, sealedClientOptions, SecurityModule } from '#security';

import { AccessModule } from '../auth/access.module';
import { MetricsModule } from '../metrics/metrics.module';
import { AccessEndingsService } from './access-endings.service';
import { EngagementCommandsService } from './engagement-commands.service';
import { EngagementHistoriesService } from './engagement-histories.service';
import { FindingCommandsService } from './finding-commands.service';
import { GrantCommandsService } from './grant-commands.service';
import { InquiryRequestCommandsService } from './inquiry-request-commands.service';
import { TemporalProbeService } from './temporal-probe.service';
import { UpdateSenderService } from './update-sender.service';
import { WebhookDeliveriesService } from './webhook-deliveries.service';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

@Injectable()
class TemporalLifecycle implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/**
 * The API's Temporal client and the command path through it. The connection is lazy, so the API starts
 * (and reports an unhealthy dependency on /health) even while Temporal is down.
 */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, MetricsModule],
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => Connection.lazy({ ...temporalConnectionOptions(config.temporal), connectTimeout: 3_000 }),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, AppConfig, EncryptionCodec],
      useFactory: (connection: Connection, config: AppConfig, codec: EncryptionCodec) =>
        new Client({ connection, namespace: config.temporal.namespace, ...sealedClientOptions(codec, { traced: config.tracing.endpoint !== undefined }) }),
    },
    TemporalLifecycle,
    UpdateSenderService,
    AccessEndingsService,
    EngagementCommandsService,
    GrantCommandsService,
    FindingCommandsService,
    InquiryRequestCommandsService,
    TemporalProbeService,
    WebhookDeliveriesService,
    EngagementHistoriesService,
  ],
  exports: [
    AccessEndingsService,
    EngagementCommandsService,
    GrantCommandsService,
    FindingCommandsService,
    InquiryRequestCommandsService,
    TemporalProbeService,
    WebhookDeliveriesService,
    EngagementHistoriesService,
  ],
})
export class TemporalModule {}
