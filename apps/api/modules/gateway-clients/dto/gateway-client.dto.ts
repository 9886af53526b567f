import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { GatewayClientEntity } from '#persistence';

import { Text } from '../../../common/dto-decorators';

export class CreateGatewayClientDto {
  @Text(200, 'What the gateway is, for the people who manage it')
  name!: string;
}

export enum GatewayClientStatus {
  Active = 'ACTIVE',
  /** Rotated: still admitted until retiresAt, so the gateway can switch to the new secret. */
  Retiring = 'RETIRING',
  Retired = 'RETIRED',
  Revoked = 'REVOKED',
}

export class GatewayClientDto {
  @ApiProperty() clientId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() org!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ enum: GatewayClientStatus, enumName: 'GatewayClientStatus' }) status!: GatewayClientStatus;
  @ApiPropertyOptional({ description: 'The client this one was rotated from' }) replaces?: string;
  @ApiPropertyOptional({ format: 'date-time' }) retiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) revokedAt?: string;
}

export class GatewayClientListDto {
  @ApiProperty({ type: [GatewayClientDto] }) items!: GatewayClientDto[];
}

/** A new client, with its secret: shown this once, kept nowhere here. */
export class GatewayCredentialsDto extends GatewayClientDto {
  @ApiProperty({ description: 'Shown once; the identity provider keeps it, this API does not' }) clientSecret!: string;
  @ApiProperty({ description: "Where the gateway gets its tokens with client credentials (the identity provider's token endpoint)" })
  tokenEndpoint!: string;
}

export function toGatewayClient(c: GatewayClientEntity, now = Date.now()): GatewayClientDto {
  const status = c.revokedAt
    ? GatewayClientStatus.Revoked
    : c.retiresAt
      ? c.retiresAt.getTime() <= now
        ? GatewayClientStatus.Retired
        : GatewayClientStatus.Retiring
      : GatewayClientStatus.Active;
  return {
    clientId: c.clientId,
    name: c.name,
    org: c.org,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    status,
    ...(c.replaces ? { replaces: c.replaces } : {}),
    ...(c.retiresAt ? { retiresAt: c.retiresAt.toISOString() } : {}),
    ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString() } : {}),
  };
}
