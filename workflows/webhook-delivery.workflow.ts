import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';

import { WEBHOOK_ENDPOINT_OFF, type WebhookActivities, WebhookDeliveryInput, WebhookGiveUpReason } from '#contracts';

import { untilDone } from './activity-options';

const { giveUpWebhook } = proxyActivities<WebhookActivities>(untilDone());

/**
 * One notice's delivery to one webhook endpoint: tried at once, then again with waits that double up to
 * WEBHOOK_RETRY_MAX_INTERVAL, for WEBHOOK_RETRY_FOR in all. The retries live in Temporal, so a worker's
 * crash or restart loses none, and every try carries the same `webhook-id`.
 */
export async function webhookDeliveryWorkflow(input: WebhookDeliveryInput): Promise<'DELIVERED' | 'FAILED'> {
  const { deliverWebhook } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: input.retryForMs,
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: input.maxIntervalMs, nonRetryableErrorTypes: [WEBHOOK_ENDPOINT_OFF] },
  });
  try {
    await deliverWebhook({ deliveryId: input.deliveryId });
    return 'DELIVERED';
  } catch (error) {
    if (!(error instanceof ActivityFailure)) {
      throw error;
    }
    const off = error.cause instanceof ApplicationFailure && error.cause.type === WEBHOOK_ENDPOINT_OFF;
    await giveUpWebhook({ deliveryId: input.deliveryId, reason: off ? WebhookGiveUpReason.EndpointOff : WebhookGiveUpReason.Exhausted });
    return 'FAILED';
  }
}
