import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';

import { EVERY_KIND, NoticeKind, WEBHOOK_KINDS } from '#domain';
import type { WebhookDeliveryRow, WebhookDeliveryStatus, WebhookEndpointRow } from '#persistence';

/**
 * A webhook URL's shape, as the document states it: https to a host name (its last label begins with a
 * letter), or plain http to this machine's loopback address, which only production refuses; a port, a
 * path and a query may follow, never credentials or a fragment.
 */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const PORT = '(?::(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}))?';
/** Printable ASCII but `#`: the same characters in JavaScript and in the fuzzer's Python regular expressions. */
const REST = '(?:[/?][!-"$-~]*)?';
export const WEBHOOK_URL_PATTERN = `^(?:https://(?:${LABEL}\\.)*[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\]))${PORT}${REST}$`;

export class CreateWebhookDto {
  @ApiProperty({
    description:
      'Where deliveries go: https, or plain http to a loopback address outside production (local receivers and tests). No user name, password or fragment.',
    example: 'https://hooks.example.com/frontier-access',
    maxLength: 2000,
    pattern: WEBHOOK_URL_PATTERN,
  })
  @IsString()
  @MaxLength(2000)
  @Matches(new RegExp(WEBHOOK_URL_PATTERN), {
    message: 'url must be https://host/path (or http:// to a loopback address outside production), without credentials or a fragment',
  })
  url!: string;

  @ApiProperty({
    description: 'The notice kinds to deliver; ["*"] for every kind, now and later',
    type: 'array',
    items: { type: 'string', enum: WEBHOOK_KINDS as string[] },
    minItems: 1,
    maxItems: WEBHOOK_KINDS.length,
    uniqueItems: true,
    example: [EVERY_KIND],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_KINDS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_KINDS, { each: true, message: `each of kinds must be "*" or a notice kind (${Object.values(NoticeKind).join(', ')})` })
  kinds!: string[];
}

export enum WebhookStatus {
  Active = 'ACTIVE',
  /** Turned off after failing for as long as deliveries are retried; turn it on again when the receiver is fixed. */
  Disabled = 'DISABLED',
  Deleted = 'DELETED',
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: WEBHOOK_KINDS as string[] } }) kinds!: string[];
  @ApiProperty({ enum: WebhookStatus, enumName: 'WebhookStatus' }) status!: WebhookStatus;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSuccessAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Since when every try has failed; null: the last one got through' })
  failingSince!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) disabledReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the secret a rotation replaced still signs beside the new one' })
  previousSecretUntil!: string | null;
}

export class WebhookListDto {
  @ApiProperty({ type: [WebhookDto] }) items!: WebhookDto[];
}

/** An endpoint with its signing secret: shown this once. */
export class WebhookWithSecretDto extends WebhookDto {
  @ApiProperty({
    description: 'The Standard Webhooks signing secret (whsec_…), shown once; verify each delivery with it',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  })
  secret!: string;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'The `webhook-id` every try of this delivery carries' }) id!: string;
  @ApiProperty({ description: 'The notice it delivers' }) notice!: string;
  @ApiProperty({ enum: NoticeKind, enumName: 'NoticeKind' }) kind!: NoticeKind;
  @ApiProperty({ enum: ['PENDING', 'DELIVERED', 'FAILED'] }) status!: WebhookDeliveryStatus;
  @ApiProperty({ description: 'How many tries so far' }) attempts!: number;
  @ApiProperty({ type: Number, nullable: true, description: "The last try's HTTP status; null: the receiver was not reached" }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class WebhookDeliveryListDto {
  @ApiProperty({ type: [WebhookDeliveryDto], description: 'Newest first' }) items!: WebhookDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

const iso = (at: Date | null): string | null => at?.toISOString() ?? null;

export function toWebhook(row: WebhookEndpointRow, deleted = false, now = Date.now()): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    kinds: [...row.kinds],
    status: deleted ? WebhookStatus.Deleted : row.disabledAt ? WebhookStatus.Disabled : WebhookStatus.Active,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastSuccessAt: iso(row.lastSuccessAt),
    failingSince: iso(row.failingSince),
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    previousSecretUntil: row.previousUntil && row.previousUntil.getTime() > now ? row.previousUntil.toISOString() : null,
  };
}

export function toWebhookDelivery(row: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    notice: row.noticeKey,
    kind: row.kind as NoticeKind,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastAttemptAt: iso(row.lastAttemptAt),
    lastError: row.lastError,
    deliveredAt: iso(row.deliveredAt),
    failedAt: iso(row.failedAt),
    createdAt: row.createdAt.toISOString(),
  };
}
