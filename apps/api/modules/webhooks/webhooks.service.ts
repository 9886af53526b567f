import { randomBytes, randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { Actor, EVERY_KIND, MAX_WEBHOOKS_PER_ORGANIZATION, webhookUrlProblem } from '#domain';
import { AuditRepository, Tx, UnitOfWork, WebhookEndpointRow, WebhookRepository } from '#persistence';
import { FieldCipher, webhookSecretAt } from '#security';

import { decodeCursor, keysetPage, PageQuery } from '../../common/pagination';
import { RequestErrorCode, RequestException, ResourceException, WebhookErrorCode, WebhookException } from '../../errors/api-errors';
import { WebhookDeliveriesService } from '../../temporal/webhook-deliveries.service';
import {
  CreateWebhookDto,
  toWebhook,
  toWebhookDelivery,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookDto,
  WebhookListDto,
  WebhookWithSecretDto,
} from './dto/webhook.dto';

interface DeliveryCursor {
  readonly at: string;
  readonly id: string;
}

const isDeliveryCursor = (value: unknown): value is DeliveryCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as DeliveryCursor).at === 'string' &&
  Number.isFinite(Date.parse((value as DeliveryCursor).at)) &&
  typeof (value as DeliveryCursor).id === 'string' &&
  /^[0-9a-f-]{36}$/.test((value as DeliveryCursor).id);

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
const newSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * An organization's webhook endpoints: registered with the kinds they want, their secret shown once and
 * rotated with an overlap, turned on again after failing, deleted; and their delivery log, any entry of
 * which can be resent. Another organization's endpoint does not exist for the caller (404). Every change is audited.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly cipher: FieldCipher,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly deliveriesStarter: WebhookDeliveriesService,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor): Promise<WebhookListDto> {
    return { items: (await this.webhooks.endpointsOf(actor.org)).map((row) => toWebhook(row)) };
  }

  async get(actor: Actor, id: string): Promise<WebhookDto> {
    return toWebhook(await this.own(actor, id));
  }

  async create(actor: Actor, dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    const problem = webhookUrlProblem(dto.url, { allowLoopbackHttp: this.config.webhooks.allowLoopbackHttp });
    if (problem !== undefined) {
      throw new RequestException(RequestErrorCode.ValidationFailed, `url ${problem}`, { errors: [{ field: 'url', message: problem }] });
    }
    // `*` asks for everything: it stands alone.
    const kinds = dto.kinds.includes(EVERY_KIND) ? [EVERY_KIND] : [...dto.kinds].sort();
    const id = randomUUID();
    const secret = newSecret();
    const row = await this.unitOfWork.run(async (tx) => {
      if ((await this.webhooks.lockedEndpointsOf(tx, actor.org)).length >= MAX_WEBHOOKS_PER_ORGANIZATION) {
        throw new WebhookException(
          WebhookErrorCode.LimitReached,
          `an organization may have at most ${MAX_WEBHOOKS_PER_ORGANIZATION} webhook endpoints; delete one first`,
        );
      }
      await this.webhooks.insertEndpoint(tx, {
        id,
        org: actor.org,
        url: dto.url,
        kinds,
        secretSealed: this.cipher.seal(secret, webhookSecretAt(id)),
        createdBy: actor.sub,
        createdAt: new Date(),
      });
      // The origin only: a receiver's path or query may itself be a credential.
      await this.record(tx, actor, 'webhook.created', id, { origin: new URL(dto.url).origin, kinds });
      return (await this.webhooks.endpoint(id, tx))!;
    });
    return { ...toWebhook(row), secret };
  }

  /** A new secret; the old one still signs beside it for WEBHOOK_SECRET_OVERLAP, so the receiver can switch. */
  async rotateSecret(actor: Actor, id: string): Promise<WebhookWithSecretDto> {
    await this.own(actor, id);
    const secret = newSecret();
    const until = new Date(Date.now() + this.config.webhooks.secretOverlapMs);
    const row = await this.unitOfWork.run(async (tx) => {
      await this.webhooks.rotateSecret(tx, id, this.cipher.seal(secret, webhookSecretAt(id)), until);
      await this.record(tx, actor, 'webhook.secret_rotated', id, { previousSecretUntil: until.toISOString() });
      return (await this.webhooks.endpoint(id, tx))!;
    });
    return { ...toWebhook(row), secret };
  }

  /** Turns a turned-off endpoint on again; deliveries from here on go to it (the failed ones can be resent). */
  async enable(actor: Actor, id: string): Promise<WebhookDto> {
    await this.own(actor, id);
    const row = await this.unitOfWork.run(async (tx) => {
      if (await this.webhooks.enable(tx, id)) {
        await this.record(tx, actor, 'webhook.enabled', id, {});
      }
      return (await this.webhooks.endpoint(id, tx))!;
    });
    return toWebhook(row);
  }

  async remove(actor: Actor, id: string): Promise<WebhookDto> {
    const row = await this.own(actor, id);
    await this.unitOfWork.run(async (tx) => {
      await this.webhooks.remove(tx, id, new Date());
      await this.record(tx, actor, 'webhook.deleted', id, {});
    });
    return toWebhook(row, true);
  }

  async deliveries(actor: Actor, id: string, query: PageQuery): Promise<WebhookDeliveryListDto> {
    await this.own(actor, id);
    const before = query.cursor ? decodeCursor(query.cursor, isDeliveryCursor) : undefined;
    const rows = await this.webhooks.deliveries(id, query.limit + 1, before ? { createdAt: new Date(before.at), id: before.id } : undefined);
    return keysetPage(rows, query.limit, toWebhookDelivery, (last) => ({ at: last.createdAt.toISOString(), id: last.id }));
  }

  /** Sends a delivery again, now, with the same `webhook-id`, whatever became of it before. */
  async resend(actor: Actor, id: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    const endpoint = await this.own(actor, id);
    const delivery = await this.webhooks.delivery(deliveryId);
    if (!delivery || delivery.endpointId !== endpoint.id) {
      throw new ResourceException('webhook delivery');
    }
    if (endpoint.disabledAt !== null) {
      throw new WebhookException(WebhookErrorCode.EndpointDisabled, 'the endpoint is turned off: turn it on again (POST …/enable) before resending to it');
    }
    await this.unitOfWork.run(async (tx) => {
      await this.webhooks.reopen(tx, deliveryId);
      await this.record(tx, actor, 'webhook.delivery_resent', id, { deliveryId });
    });
    await this.deliveriesStarter.resend(deliveryId);
    await this.webhooks.markStarted(deliveryId);
    return toWebhookDelivery((await this.webhooks.delivery(deliveryId))!);
  }

  /** The caller's organization's endpoint, or 404 whether it is another's or none at all. */
  private async own(actor: Actor, id: string): Promise<WebhookEndpointRow> {
    const row = await this.webhooks.endpoint(id);
    if (!row || row.org !== actor.org) {
      throw new ResourceException('webhook');
    }
    return row;
  }

  private async record(tx: Tx, actor: Actor, action: string, id: string, details: Record<string, unknown>): Promise<void> {
    await this.audit.append(tx, [
      {
        actorSub: actor.sub,
        actorRoles: [...actor.roles],
        action,
        engagementId: null,
        subjectType: 'webhook',
        subjectId: id,
        outcome: 'ACCEPTED',
        details: { org: actor.org, ...details },
      },
    ]);
  }
}
