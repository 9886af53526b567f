import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { Webhook } from 'standardwebhooks';

import { AppConfig } from '#config';
import { WEBHOOK_ENDPOINT_OFF, WebhookActivities, WebhookGiveUpReason } from '#contracts';
import { signingSecrets } from '#domain';
import { AuditRepository, UnitOfWork, WebhookRepository } from '#persistence';
import { FieldCipher, webhookSecretAt } from '#security';

/** The failure type of a try the receiver did not take: retried. */
const NOT_DELIVERED = 'WebhookNotDelivered';

/**
 * Sends one webhook delivery, signed to the Standard Webhooks specification (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature`), and records each try: its status code, time and count.
 * While a rotated secret's overlap lasts, each delivery carries a signature under both secrets.
 */
@Injectable()
export class WebhookDeliveryActivities implements WebhookActivities {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly cipher: FieldCipher,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly config: AppConfig,
  ) {}

  async deliverWebhook({ deliveryId }: { readonly deliveryId: string }): Promise<void> {
    const delivery = await this.webhooks.toSend(deliveryId);
    if (!delivery) {
      throw ApplicationFailure.nonRetryable('there is no such delivery', WEBHOOK_ENDPOINT_OFF);
    }
    if (delivery.status === 'DELIVERED') {
      return;
    }
    const { endpoint } = delivery;
    if (endpoint.deleted || endpoint.disabledAt !== null) {
      throw ApplicationFailure.nonRetryable(`the endpoint was ${endpoint.deleted ? 'deleted' : 'turned off'}`, WEBHOOK_ENDPOINT_OFF);
    }
    const at = new Date();
    const secrets = signingSecrets(
      {
        secret: this.cipher.open(endpoint.secretSealed, webhookSecretAt(endpoint.id)),
        previousSecret: endpoint.previousSecretSealed === null ? null : this.cipher.open(endpoint.previousSecretSealed, webhookSecretAt(endpoint.id)),
        previousUntil: endpoint.previousUntil,
      },
      at.getTime(),
    );
    const body = JSON.stringify(delivery.payload);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'frontier-access-webhooks/1',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(delivery.id, at, body)).join(' '),
        },
        body,
        // A redirect is not followed: the signed request goes only where the organization said.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel();
    } catch (failure) {
      error = reasonOf(failure);
    }
    const delivered = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const problem = error ?? `the receiver answered ${statusCode ?? 'nothing'}`;
    await this.webhooks.recordAttempt(deliveryId, { at, statusCode, delivered, error: delivered ? null : problem });
    if (!delivered) {
      throw ApplicationFailure.retryable(problem, NOT_DELIVERED);
    }
  }

  async giveUpWebhook({ deliveryId, reason }: { readonly deliveryId: string; readonly reason: WebhookGiveUpReason }): Promise<void> {
    const disableFor = reason === WebhookGiveUpReason.Exhausted ? 'every try of a delivery failed for as long as deliveries are retried' : undefined;
    await this.unitOfWork.run(async (tx) => {
      const { disabled } = await this.webhooks.giveUp(tx, deliveryId, new Date(), disableFor);
      if (disabled) {
        // The endpoint's organization is told (notices.ts, WEBHOOK_DISABLED): its managers by inbox and mail.
        await this.audit.append(tx, [
          {
            actorSub: 'system',
            actorRoles: [],
            action: 'webhook.disabled',
            engagementId: null,
            subjectType: 'webhook',
            subjectId: disabled.endpointId,
            outcome: 'ACCEPTED',
            details: { org: disabled.org, deliveryId },
          },
        ]);
      }
    });
  }
}

/** What went wrong reaching the receiver, in a line (fetch hides the network error in `cause`). */
function reasonOf(failure: unknown): string {
  if (failure instanceof Error) {
    const cause = failure.cause instanceof Error ? `: ${failure.cause.message}` : '';
    return `${failure.name === 'TimeoutError' ? 'the receiver did not answer in time' : failure.message}${cause}`;
  }
  return String(failure);
}
