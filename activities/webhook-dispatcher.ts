import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

import { AppConfig } from '#config';
import { webhookDeliveryStart } from '#contracts';
import { WebhookRepository } from '#persistence';

import { PollingLoop } from './polling-loop';
import { ActivityTemporalClient } from './temporal-client';

/** Deliveries handed over per transaction. */
const BATCH = 100;

/**
 * Hands the webhook deliveries the notice maker queued (in the transaction that made their notice) to
 * Temporal, one workflow each, keyed by the delivery: handing one over twice joins the run under way.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly webhooks: WebhookRepository,
    private readonly temporal: ActivityTemporalClient,
  ) {
    this.loop = new PollingLoop('Webhooks', config.notices.pollMs, () => this.startAll());
  }

  onApplicationBootstrap(): void {
    if (this.config.notices.enabled) this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Starts the workflow of every delivery queued; how many. */
  async startAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const started = await this.webhooks.startQueued(BATCH, async (ids) => {
        await Promise.all(
          ids.map((deliveryId) =>
            this.temporal.client.workflow.start(
              'webhookDeliveryWorkflow',
              webhookDeliveryStart({ deliveryId, retryForMs: this.config.webhooks.retryForMs, maxIntervalMs: this.config.webhooks.maxIntervalMs }),
            ),
          ),
        );
      });
      total += started;
      if (started < BATCH || this.loop.isStopped) {
        return total;
      }
    }
  }
}
