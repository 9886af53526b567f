import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

import { GrantEndReason, GrantStatus, PartnerSector } from '#domain';
import type { GrantWithContext, PartnerTermsEntity } from '#persistence';
import { GrantView } from '#security';

import { SectorField, Text } from '../../../common/dto-decorators';
import { PageQuery } from '../../../common/pagination';

export class AcceptGrantDto {
  @ApiProperty({ pattern: '^[A-Za-z0-9._-]{1,50}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'termsVersion must be a terms version' })
  termsVersion!: string;

  @ApiProperty({ pattern: '^[a-f0-9]{64}$' })
  @IsString()
  @Matches(/^[a-f0-9]{64}$/, { message: 'termsHash must be the 64 hex digits of the terms SHA-256' })
  termsHash!: string;
}

export class RevokeGrantDto {
  @Text(500)
  reason!: string;
}

export class BulkRevokeDto {
  @SectorField(false, "Only this sector's grants")
  sector?: PartnerSector;

  @Text(500)
  reason!: string;
}

export class ListGrantsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'engagementId must be a UUID' })
  engagementId?: string;
}

export class GrantPartnerDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Its name in the partner registry' }) name!: string;
}

export class ModelDto {
  @ApiProperty() name!: string;
  @ApiProperty() version!: string;
}

export class TermsRefDto {
  @ApiProperty() version!: string;
  @ApiProperty() hash!: string;
}

export class GrantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ type: GrantPartnerDto }) partner!: GrantPartnerDto;
  @ApiProperty({ enum: GrantStatus, enumName: 'GrantStatus', description: 'SUSPENDED while the accepted terms are not the ones in force' })
  status!: GrantStatus;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @ApiProperty() durationDays!: number;
  @ApiProperty({ format: 'date-time' }) acceptBy!: string;
  @ApiPropertyOptional() acceptedTermsVersion?: string;
  @ApiPropertyOptional({ format: 'date-time' }) activatedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) expiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) endedAt?: string;
  @ApiPropertyOptional({ enum: GrantEndReason, enumName: 'GrantEndReason' }) endReason?: GrantEndReason;
  @ApiProperty({ type: ModelDto }) model!: ModelDto;
  @ApiProperty({ type: TermsRefDto, nullable: true, description: 'The terms currently in force' }) terms!: TermsRefDto | null;
  @ApiPropertyOptional({ description: 'For the partner: the text of the terms in force, to read before accepting' }) termsText?: string;
}

export class GrantListDto {
  @ApiProperty({ type: [GrantDto] }) items!: GrantDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many grants the list holds in all' }) total!: number;
}

export class BulkRevocationDto {
  @ApiProperty({ format: 'uuid' }) engagementId!: string;
  @ApiProperty({ description: 'How many grants this revoked' }) revoked!: number;
}

export function toGrant(
  g: GrantWithContext,
  status: GrantStatus,
  terms: (Pick<PartnerTermsEntity, 'version' | 'hash'> & { text?: string }) | null,
  view: GrantView,
): GrantDto {
  return {
    id: g.id,
    engagementId: g.engagementId,
    partner: { id: g.partnerId, name: g.partnerName },
    status,
    scopes: g.scopes,
    durationDays: g.durationDays,
    acceptBy: g.acceptBy.toISOString(),
    acceptedTermsVersion: g.acceptedTermsVersion ?? undefined,
    activatedAt: g.activatedAt?.toISOString(),
    expiresAt: g.expiresAt?.toISOString(),
    endedAt: g.endedAt?.toISOString(),
    endReason: g.endReason ?? undefined,
    model: { name: g.modelName, version: g.modelVersion },
    terms: terms ? { version: terms.version, hash: terms.hash } : null,
    ...(view === GrantView.Partner && terms?.text !== undefined ? { termsText: terms.text } : {}),
  };
}
