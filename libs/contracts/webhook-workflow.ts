import { TASK_QUEUE } from './task-queues';

export function webhookDeliveryWorkflowId(deliveryId: string): string {
  return `webhook-delivery-${deliveryId}`;
}

export interface WebhookDeliveryInput {
  readonly deliveryId: string;
  /** How long the delivery is retried before it fails (WEBHOOK_RETRY_FOR). */
  readonly retryForMs: number;
  /** The longest wait between two tries (WEBHOOK_RETRY_MAX_INTERVAL). */
  readonly maxIntervalMs: number;
}

/**
 * How a delivery's workflow is started: by the worker handing queued deliveries over (once; a second
 * hand-over joins the run), or by a person resending it, which starts it afresh at once.
 */
export function webhookDeliveryStart(input: WebhookDeliveryInput, resend = false) {
  return {
    workflowId: webhookDeliveryWorkflowId(input.deliveryId),
    taskQueue: TASK_QUEUE,
    args: [input] as [WebhookDeliveryInput],
    workflowIdConflictPolicy: resend ? 'TERMINATE_EXISTING' : 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE',
  } as const;
}

/** Why a delivery stopped being tried. */
export enum WebhookGiveUpReason {
  /** Every try failed for as long as deliveries are retried. */
  Exhausted = 'EXHAUSTED',
  /** The endpoint was turned off or deleted meanwhile. */
  EndpointOff = 'ENDPOINT_OFF',
}

/** The failure type of a delivery whose endpoint is off or gone: not retried. */
export const WEBHOOK_ENDPOINT_OFF = 'WebhookEndpointOff';

export interface WebhookActivities {
  /** One try: delivered (a 2xx), or a retryable failure saying what the receiver answered. */
  deliverWebhook(input: { readonly deliveryId: string }): Promise<void>;
  /** Marks the delivery failed; an exhausted one turns its endpoint off (and its owners are told) unless another got through meanwhile. */
  giveUpWebhook(input: { readonly deliveryId: string; readonly reason: WebhookGiveUpReason }): Promise<void>;
}
