import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

import { AppConfig } from '#config';
import { webhookDeliveryStart } from '#contracts';

import { DependencyErrorCode, DependencyException } from '../errors/api-errors';

/** Starts a webhook delivery's workflow afresh (a resend by hand): a run under way is replaced, so it is tried at once. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async resend(deliveryId: string): Promise<void> {
    const { retryForMs, maxIntervalMs } = this.config.webhooks;
    try {
      await this.client.workflow.start('webhookDeliveryWorkflow', webhookDeliveryStart({ deliveryId, retryForMs, maxIntervalMs }, true));
    } catch {
      // The delivery is queued in the record all the same: the worker hands it over once Temporal answers.
      throw new DependencyException(
        DependencyErrorCode.TemporalUnavailable,
        'the workflow service cannot be reached; the delivery is queued and goes out once it is back',
      );
    }
  }
}
